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
import { contentHashOf, listArticleFiles, parseArticle } from "./read/read-articles.ts";
import type { Article } from "./types.ts";
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
  return { articles, calls, statuses, reference: extractor.reference };
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
  const outcome: CachedOutcome = source.error
    ? { unreadable: { file, error: source.error, warnings: source.warnings } }
    : { article: extractArticle(source, extractor) };
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

// The data interface has its own module (src/extract-output.ts); these re-exports keep older imports (src/evaluate/) working.
export type { ExtractOutput } from "./extract-output.ts";
export { formatWarning, toExtractOutput } from "./extract-output.ts";
