/**
 * Child process of `npm run bench` (and `npm run bench -- --html-only`):
 * times reading saved web pages, pinned to one core by the caller. First the
 * read step alone (decode, Readability on linkedom, metadata) over every page,
 * after a warm-up pass; then read → extract → consolidate with an empty cache
 * and with the cache read back, as for text articles. Prints one JSON line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { extractorFingerprint } from "../src/cache/fingerprint.ts";
import { loadReference } from "../src/data/load.ts";
import { createExtractor } from "../src/extract/extract-article.ts";
import { runPipeline } from "../src/pipeline.ts";
import { parseArticle } from "../src/read/read-articles.ts";

const [folder, scratch] = process.argv.slice(2);
const files = readdirSync(folder!)
  .sort()
  .map((name) => path.join(folder!, name));
const pages = files.map((file) => ({ file, bytes: readFileSync(file) }));
const topics = new Set<string>();

const readAll = () => {
  let errors = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const { file, bytes } of pages) if (parseArticle(file, bytes, topics).error) errors++;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall time also counts the waits for the core.
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, errors };
};
// The first pass pays for loading and compiling the parser, as the first pages of a build do.
const first = readAll();
const read = readAll();

const extractor = createExtractor(loadReference());
const dir = mkdtempSync(path.join(scratch!, "html-cache-"));
const fingerprint = extractorFingerprint(extractor);
const pipeline = (cache: ArticleCache) => {
  const started = performance.now();
  const archive = runPipeline({ inputs: [folder!], extractor, cache });
  return { ms: performance.now() - started, placed: archive.statuses.filter((s) => s.status === "placed").length };
};
const cold = pipeline(new ArticleCache(dir, fingerprint));
const warm = pipeline(new ArticleCache(dir, fingerprint));
rmSync(dir, { recursive: true, force: true });
const bytes = pages.reduce((sum, p) => sum + p.bytes.length, 0);
const report = {
  pages: pages.length,
  bytes,
  errors: read.errors,
  firstReadMs: first.ms,
  readMs: read.ms,
  readCpuMs: read.cpuMs,
  coldMs: cold.ms,
  warmMs: warm.ms,
  placed: cold.placed,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
