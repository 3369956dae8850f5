import path from "node:path";
import type { Consolidation, Unreadable } from "./consolidate/consolidate.ts";
import { consolidate } from "./consolidate/consolidate.ts";
import type { Reference } from "./data/load.ts";
import { DEFAULT_DATA_DIR, loadReference } from "./data/load.ts";
import type { Extractor } from "./extract/extract-article.ts";
import { createExtractor, extractArticle } from "./extract/extract-article.ts";
import { listArticleFiles, readArticle } from "./read/read-articles.ts";
import type { Article, ArticleStatus, CallRecord } from "./types.ts";

/** The folder articles are read from: `ARTICLES_DIR`, or `content/articles/`. */
export function articlesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ARTICLES_DIR ? path.resolve(env.ARTICLES_DIR) : path.resolve(import.meta.dirname, "../content/articles");
}

export interface PipelineOptions {
  /** Files or folders of articles. */
  inputs: readonly string[];
  dataDir?: string;
  /** Pass a compiled extractor to reuse it across runs. */
  extractor?: Extractor;
}

export interface Archive extends Consolidation {
  articles: Article[];
  reference: Reference;
}

/** read → extract → consolidate, for a set of files or folders. */
export function runPipeline(options: PipelineOptions): Archive {
  const extractor = options.extractor ?? createExtractor(loadReference(options.dataDir ?? DEFAULT_DATA_DIR));
  const knownTopics = new Set(extractor.reference.topics.map((t) => t.slug));
  const articles: Article[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of listArticleFiles(options.inputs)) {
    const source = readArticle(file, knownTopics, extractor.span.to);
    if (source.error) unreadable.push({ file, error: source.error, warnings: source.warnings });
    else articles.push(extractArticle(source, extractor));
  }
  const { calls, statuses } = consolidate(articles, unreadable, extractor.countries);
  return { articles, calls, statuses, reference: extractor.reference };
}

/** The project's data interface (`npm run extract`, `/calls.json`): keep it stable. */
export interface ExtractOutput {
  articles: {
    file: string;
    status: ArticleStatus["status"];
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

export function toExtractOutput(archive: Pick<Archive, "articles" | "calls" | "statuses">): ExtractOutput {
  const byFile = new Map(archive.articles.map((a) => [a.file, a]));
  const callById = new Map(archive.calls.map((c) => [c.id, c]));
  return {
    articles: archive.statuses.map((status) => {
      const article = byFile.get(status.file);
      const call = status.callId ? callById.get(status.callId) : undefined;
      return {
        file: status.file,
        status: status.status,
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
