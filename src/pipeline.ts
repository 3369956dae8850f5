import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ArticleCache, cacheEnabled, defaultCacheDir, fileStamp } from "./cache/article-cache.ts";
import { extractorFingerprint } from "./cache/fingerprint.ts";
import type { Consolidation, Unreadable } from "./consolidate/consolidate.ts";
import { consolidate } from "./consolidate/consolidate.ts";
import type { Reference } from "./data/load.ts";
import { DEFAULT_DATA_DIR, loadReference } from "./data/load.ts";
import type { Extractor } from "./extract/extract-article.ts";
import { createExtractor, extractArticle } from "./extract/extract-article.ts";
import { articleFormat, contentHashOf, listArticleFiles, parseArticle } from "./read/read-articles.ts";
import type { Article, ArticleStatus, CallRecord } from "./types.ts";
import type { CachedOutcome } from "./cache/article-cache.ts";

/** The folder articles are read from: `ARTICLES_DIR`, or `content/articles/`. */
export function articlesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ARTICLES_DIR ? path.resolve(env.ARTICLES_DIR) : defaultArticlesDir();
}

/** The project's own articles, `content/articles/`. */
export function defaultArticlesDir(): string {
  return path.resolve(import.meta.dirname, "../content/articles");
}

export interface PipelineOptions {
  /** Files or folders of articles. */
  inputs: readonly string[];
  dataDir?: string;
  /** Pass a compiled extractor to reuse it across runs. */
  extractor?: Extractor;
  /**
   * Where extraction results are kept between runs. By default the cache in
   * `.cache/calltrail/` (or `CALLTRAIL_CACHE_DIR`), unless `CALLTRAIL_CACHE=off`;
   * `false` turns it off for this run.
   */
  cache?: ArticleCache | false;
}

export interface Archive extends Consolidation {
  articles: Article[];
  reference: Reference;
}

/** read → extract → consolidate, for a set of files or folders. */
export function runPipeline(options: PipelineOptions): Archive {
  const extractor = options.extractor ?? createExtractor(loadReference(options.dataDir ?? DEFAULT_DATA_DIR));
  const knownTopics = new Set(extractor.reference.topics.map((t) => t.slug));
  const cache = options.cache ?? (cacheEnabled() ? openCache(defaultCacheDir(), extractor) : false);
  const articles: Article[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of listArticleFiles(options.inputs)) {
    const outcome = readAndExtract(file, extractor, knownTopics, cache);
    if ("article" in outcome) articles.push(outcome.article);
    else unreadable.push(outcome.unreadable);
  }
  if (cache) cache.save();
  const { calls, statuses } = consolidate(articles, unreadable, extractor.countries);
  lastCallIds = new Set(calls.map((c) => c.id));
  return { articles, calls, statuses, reference: extractor.reference };
}

let lastCallIds: ReadonlySet<string> = new Set();

/** The call ids of the latest run in this process: the watch loop compares them to spot calls that disappeared. */
export function latestCallIds(): ReadonlySet<string> {
  return lastCallIds;
}

/**
 * One file through read and extract, or from the cache: without reading it
 * when its stat stamp is unchanged, else when its content was seen before.
 */
function readAndExtract(file: string, extractor: Extractor, knownTopics: ReadonlySet<string>, cache: ArticleCache | false): CachedOutcome {
  const stamp = cache ? stampOf(file) : null;
  const unchanged = cache && stamp ? cache.getUnchanged(file, stamp) : undefined;
  if (unchanged) return unchanged;
  const bytes = readFileSync(file);
  // Hashed once: the cache key and the article's own content hash are the same value.
  const hash = contentHashOf(bytes);
  const cached = cache ? cache.get(file, hash) : undefined;
  if (cached) {
    // Same content, new stamp (touched, copied, checked out again): next time the stamp alone will do.
    if (cache && stamp) cache.restamp(file, stamp);
    return cached;
  }
  const source = parseArticle(file, bytes, knownTopics, extractor.span.to, hash);
  const outcome: CachedOutcome = source.error ? { unreadable: { file, error: source.error, warnings: source.warnings } } : { article: extractArticle(source, extractor) };
  // Stored now, before consolidation adds its own notes to the article.
  if (cache) cache.set(file, hash, outcome, stamp);
  return outcome;
}

/** The file's stat stamp, or null when it cannot be taken (the read that follows reports why). */
function stampOf(file: string): string | null {
  try {
    return fileStamp(statSync(file));
  } catch {
    return null;
  }
}

const openCaches = new Map<string, ArticleCache>();

/** One cache object per folder and extractor version per process, so a watch loop keeps it in memory. */
export function openCache(dir: string, extractor: Extractor): ArticleCache {
  const fingerprint = extractorFingerprint(extractor);
  const key = `${dir}\0${fingerprint}`;
  let cache = openCaches.get(key);
  if (!cache) {
    for (const other of openCaches.keys()) if (other.startsWith(`${dir}\0`)) openCaches.delete(other);
    cache = new ArticleCache(dir, fingerprint);
    openCaches.set(key, cache);
  }
  return cache;
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
