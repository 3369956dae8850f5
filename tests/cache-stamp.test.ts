/**
 * The stat-stamp fast path of the extraction cache: an unchanged file is
 * served without being read, and nothing that changes a file's content can
 * be served stale by it.
 */
import assert from "node:assert/strict";
import fs, { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, mock, test } from "node:test";
import { ArticleCache, fileStamp } from "../src/cache/article-cache.ts";
import { extractorFingerprint } from "../src/cache/fingerprint.ts";
import { runPipeline } from "../src/pipeline.ts";
import { extractor, projectRoot } from "./helpers/extract.ts";

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `calltrail-${prefix}-`));
  made.push(dir);
  return dir;
};

const SEED = path.join(projectRoot, "tests/corpus");
const ARTICLE = "01-pti-modi-putin-ukraine-feb24.txt";

function setUp() {
  const articles = temp("stamp-articles");
  cpSync(path.join(SEED, ARTICLE), path.join(articles, ARTICLE));
  const cacheDir = temp("stamp-cache");
  const cache = () => new ArticleCache(cacheDir, extractorFingerprint(extractor));
  const run = (store: ArticleCache) => {
    const archive = runPipeline({ inputs: [articles], extractor, cache: store });
    return archive.articles[0]!;
  };
  return { file: path.join(articles, ARTICLE), cache, run };
}

test("an unchanged file is served from the cache without being read", () => {
  const { file, cache, run } = setUp();
  const first = run(cache());
  const reads = mock.method(fs, "readFileSync");
  // The pipeline imports readFileSync by name: let it see the spy.
  syncBuiltinESMExports();
  try {
    const again = cache();
    assert.deepEqual(run(again), first);
    assert.equal(again.hits, 1);
    assert.equal(reads.mock.calls.filter((call) => call.arguments[0] === file).length, 0, "the article was not read");
  } finally {
    reads.mock.restore();
    syncBuiltinESMExports();
  }
});

test("the stamp is kept in the cache file, and a stamp hit gives the same record as a content hit", () => {
  const { file, cache, run } = setUp();
  const first = run(cache());
  const reloaded = cache();
  assert.ok(reloaded.getUnchanged(file, stampNow(file)), "the stored stamp matches the file as it is");
  assert.deepEqual(run(reloaded), first);
});

test("new content of the same size, written within the same second, is extracted again", () => {
  const { file, cache, run } = setUp();
  const before = run(cache());
  const text = readFileSync(file, "utf8");
  const edited = text.replace("Modi", "MODI");
  assert.notEqual(edited, text);
  assert.equal(Buffer.byteLength(edited), Buffer.byteLength(text));
  writeFileSync(file, edited);
  const after = run(cache());
  assert.notEqual(after.contentHash, before.contentHash);
  assert.ok(after.body.includes("MODI"), "the record is made from the new text");
});

test("a touched file with the same content is a content hit and is restamped", () => {
  const { file, cache, run } = setUp();
  const first = run(cache());
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
  const second = cache();
  assert.equal(second.getUnchanged(file, stampNow(file)), undefined, "the old stamp no longer matches");
  assert.deepEqual(run(second), first);
  second.save();
  assert.ok(cache().getUnchanged(file, stampNow(file)), "the new stamp was stored");
});

function stampNow(file: string): string {
  return fileStamp(statSync(file));
}
