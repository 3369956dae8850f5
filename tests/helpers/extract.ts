import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateCorpus } from "../../bench/corpus/generate.ts";
import { loadReference } from "../../src/data/load.ts";
import { createExtractor, extractArticle } from "../../src/extract/extract-article.ts";
import { listArticleFiles, parseArticle } from "../../src/read/read-articles.ts";
import type { Article } from "../../src/types.ts";

export const reference = loadReference();
export const extractor = createExtractor(reference, "2026-11-22");
export const knownTopics = new Set(reference.topics.map((t) => t.slug));
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Extracts an article written inline in a test, as if read from `file`. */
export function extractText(text: string, file = "test.txt"): Article {
  return extractArticle(parseArticle(file, new TextEncoder().encode(text), knownTopics), extractor);
}

/**
 * Runs `use` on every file in the repository's article folders (`content/`,
 * `tests/corpus`, `tests/hostile`) and in a benchmark corpus of `size`
 * articles made from `seed`, removed afterwards: for tests that hold a fast
 * reading to the slow one on all the text there is.
 */
export function withEveryArticleFile<T>(size: number, seed: number, use: (files: string[]) => T): T {
  const folder = mkdtempSync(path.join(tmpdir(), "every-article-"));
  try {
    generateCorpus(size, folder, seed, reference);
    return use(listArticleFiles([folder, ...["content", "tests/corpus", "tests/hostile"].map((dir) => path.join(projectRoot, dir))]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
