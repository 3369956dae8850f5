/**
 * Child process of `npm run bench`: times read → extract → consolidate over a
 * folder, first with an empty cache (every article extracted), then as a new
 * build would find it (cache file read back from disk). Prints one JSON line.
 */
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { extractorFingerprint } from "../src/cache/fingerprint.ts";
import { loadReference } from "../src/data/load.ts";
import { createExtractor } from "../src/extract/extract-article.ts";
import { runPipeline } from "../src/pipeline.ts";

const [folder, scratch] = process.argv.slice(2);
const extractor = createExtractor(loadReference());
const dir = mkdtempSync(path.join(scratch!, "extract-cache-"));
const fingerprint = extractorFingerprint(extractor);

const time = (cache: ArticleCache | false) => {
  const started = performance.now();
  const archive = runPipeline({ inputs: [folder!], extractor, cache });
  return {
    ms: performance.now() - started,
    articles: archive.articles.length + archive.statuses.filter((s) => s.status === "error").length,
    calls: archive.calls.length,
  };
};
const cold = time(new ArticleCache(dir, fingerprint));
const warm = time(new ArticleCache(dir, fingerprint));
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ articles: cold.articles, calls: cold.calls, coldMs: cold.ms, warmMs: warm.ms })}\n`);
