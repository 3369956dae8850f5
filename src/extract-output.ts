/**
 * The project's data interface: what `npm run extract` prints and
 * `/calls.json` serves. On its own, so that what reads it (the build report,
 * the accuracy scorer, `npm run add`) need not import the pipeline.
 */
import { articleFormat } from "./read/read-articles.ts";
import type { Article, ArticleStatus, CallRecord } from "./types.ts";

/** What the interface is made from: the pipeline's articles, calls and statuses. */
export interface ExtractInput {
  articles: readonly Article[];
  calls: readonly CallRecord[];
  statuses: readonly ArticleStatus[];
}

/** The project's data interface (`npm run extract`, `/calls.json`): keep it stable. */
export interface ExtractOutput {
  articles: {
    file: string;
    status: ArticleStatus["status"];
    /** The headline: front matter, the page's metadata, or the first line of the text; null when the file could not be read. */
    title: string | null;
    /** The outlet, from front matter or the page's metadata. */
    publisher: string | null;
    /** The article's address (http(s) only), from front matter or the page's metadata. */
    url: string | null;
    /** The publication date `YYYY-MM-DD`: front matter, the page's `datePublished` (in its own time zone) or the date line. */
    published: string | null;
    /** How the file is written: `text` (.txt), `markdown` (.md) or `html` (.html, .htm); null for a file that is not an article. */
    format: "text" | "markdown" | "html" | null;
    /** The language the text is in (ISO 639-1); null when it cannot be told or the file could not be read. */
    language: string | null;
    isCall: boolean;
    callId: string | null;
    date: string | null;
    participants: string[];
    initiator: string | null;
    topics: string[];
    quotes: { text: string; speaker: string | null }[];
    warnings: string[];
  }[];
  calls: {
    id: string;
    date: string;
    participants: string[];
    initiator: string | null;
    topics: string[];
    quotes: { text: string; speaker: string | null; sources: string[] }[];
    sources: string[];
  }[];
}

/** The archive as the data interface shows it: every article with its status, and every call. */
export function toExtractOutput(archive: ExtractInput): ExtractOutput {
  const byFile = new Map(archive.articles.map((a) => [a.file, a]));
  const callById = new Map(archive.calls.map((c) => [c.id, c]));
  return {
    articles: archive.statuses.map((status) => {
      const article = byFile.get(status.file);
      const call = status.callId ? callById.get(status.callId) : undefined;
      return {
        file: status.file,
        status: status.status,
        title: article?.title ?? null,
        publisher: article?.publisher ?? null,
        url: article?.url ?? null,
        published: article?.published ?? null,
        format: articleFormat(status.file),
        language: article?.language ?? null,
        isCall: article?.isCall ?? false,
        callId: status.callId,
        date: call?.date ?? article?.callDate.date ?? null,
        participants: article?.participants.map((p) => p.name) ?? [],
        initiator: article?.initiator ?? null,
        topics: article?.topics ?? [],
        quotes: article?.quotes.map((q) => ({ text: q.text, speaker: q.speaker })) ?? [],
        warnings: status.warnings.map(formatWarning(status.file)),
      };
    }),
    calls: archive.calls.map((call: CallRecord) => ({
      id: call.id,
      date: call.date,
      participants: call.participants.map((p) => p.name),
      initiator: call.initiator,
      topics: call.topics,
      quotes: call.quotes.map((q) => ({ text: q.text, speaker: q.speaker, sources: q.sources })),
      sources: call.sources.map((s) => s.file),
    })),
  };
}

/** "content/articles/x.txt:3: front matter is not valid YAML …" */
export function formatWarning(file: string) {
  return (warning: { message: string; line?: number }) => `${file}${warning.line ? `:${warning.line}` : ""}: ${warning.message}`;
}
