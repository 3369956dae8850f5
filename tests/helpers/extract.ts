import path from "node:path";
import { loadReference } from "../../src/data/load.ts";
import { createExtractor, extractArticle } from "../../src/extract/extract-article.ts";
import { parseArticle } from "../../src/read/read-articles.ts";
import type { Article } from "../../src/types.ts";

export const reference = loadReference();
export const extractor = createExtractor(reference, "2026-11-22");
export const knownTopics = new Set(reference.topics.map((t) => t.slug));
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Extracts an article written inline in a test, as if read from `file`. */
export function extractText(text: string, file = "test.txt"): Article {
  return extractArticle(parseArticle(file, new TextEncoder().encode(text), knownTopics), extractor);
}
