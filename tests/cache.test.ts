import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { extractorCodeHash, extractorFingerprint } from "../src/cache/fingerprint.ts";
import { createExtractor } from "../src/extract/extract-article.ts";
import { runPipeline } from "../src/pipeline.ts";
import { createCallDocumentWriter } from "../src/render/call-documents.ts";
import { createChangedPages } from "../src/render/changed-pages.ts";
import { buildSite, filesUnder } from "./helpers/build.ts";
import { extractor, projectRoot, reference } from "./helpers/extract.ts";

const corpus = path.join(projectRoot, "tests/corpus");
const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `calltrail-${prefix}-`));
  made.push(dir);
  return dir;
};
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the hand-written corpus that a test may edit. */
function corpusCopy(): string {
  const dir = temp("articles");
  for (const name of readdirSync(corpus)) if (/\.(txt|md)$/.test(name)) cpSync(path.join(corpus, name), path.join(dir, name));
  return dir;
}

const run = (inputs: string[], cache: ArticleCache | false) => {
  const archive = runPipeline({ inputs, extractor, cache });
  return { articles: archive.articles, calls: archive.calls, statuses: archive.statuses };
};
const cacheIn = (dir: string, code = extractorCodeHash()) => new ArticleCache(dir, extractorFingerprint(extractor, code));

test("records from the cache are identical to freshly extracted ones", () => {
  const dir = temp("cache");
  const uncached = run([corpus], false);
  const first = cacheIn(dir);
  assert.deepEqual(run([corpus], first), uncached);
  assert.equal(first.hits, 0);
  const second = cacheIn(dir);
  assert.equal(second.size, uncached.statuses.length, "every file is stored, unreadable ones too");
  assert.deepEqual(run([corpus], second), uncached);
  assert.equal(second.misses, 0);
  assert.equal(second.hits, uncached.statuses.length);
});

test("consolidation's notes on an article do not leak into the cache", () => {
  const dir = temp("cache");
  const cache = cacheIn(dir);
  const first = run([corpus], cache);
  // Same in-memory cache, second run: the records must still match a cold run exactly.
  assert.deepEqual(run([corpus], cache), first);
});

test("editing an article re-extracts that article only", () => {
  const articles = corpusCopy();
  const dir = temp("cache");
  run([articles], cacheIn(dir));
  const file = path.join(articles, "09-tweet-signoff-only-dec2022.txt");
  writeFileSync(file, readFileSync(file, "utf8").replace(/defence, trade and energy/, "space and science"));
  const cache = cacheIn(dir);
  const warm = run([articles], cache);
  assert.equal(cache.misses, 1);
  assert.deepEqual(warm, run([articles], false));
  const edited = warm.articles.find((a) => a.file === file)!;
  assert.ok(edited.body.includes("space and science"));
});

test("a change to the data files or the extractor code invalidates the whole cache", () => {
  const dir = temp("cache");
  run([corpus], cacheIn(dir));
  assert.ok(cacheIn(dir).size > 0);

  const renamed = structuredClone(reference);
  renamed.leaders.find((l) => l.slug === "putin")!.aliases.push("V. V. Putin");
  const otherData = new ArticleCache(dir, extractorFingerprint(createExtractor(renamed, extractor.span.to)));
  assert.equal(otherData.size, 0, "edited leaders data");

  const otherDay = new ArticleCache(dir, extractorFingerprint(createExtractor(reference, "2030-01-01")));
  assert.equal(otherDay.size, 0, "another 'today' bounds dates differently");

  const otherCode = cacheIn(dir, "another extractor version");
  assert.equal(otherCode.size, 0, "edited extractor code");
  run([corpus], otherCode);
  assert.equal(otherCode.hits, 0);
});

test("the code hash follows the extractor's source files", () => {
  const src = temp("src");
  mkdirSync(path.join(src, "extract"));
  writeFileSync(path.join(src, "extract/a.ts"), "export const a = 1;\n");
  const before = extractorCodeHash([path.join(src, "extract")]);
  assert.equal(extractorCodeHash([path.join(src, "extract")]), before);
  writeFileSync(path.join(src, "extract/a.ts"), "export const a = 2;\n");
  assert.notEqual(extractorCodeHash([path.join(src, "extract")]), before);
});

test("a damaged cache file is ignored line by line, never fatal", () => {
  const dir = temp("cache");
  const uncached = run([corpus], false);
  run([corpus], cacheIn(dir));
  const file = path.join(dir, "articles.ndjson");
  const lines = readFileSync(file, "utf8").split("\n");
  // Cut one record short, garble another, and add noise.
  lines[3] = lines[3]!.slice(0, 200);
  lines[5] = lines[5]!.replace('"outcome":{', '"outcome":{"article":');
  writeFileSync(file, `${lines.join("\n")}not json at all\n\u0000\u0001`);
  appendFileSync(file, '{"file":"x","hash":"nothex","outcome":{}}\n');
  const cache = cacheIn(dir);
  assert.deepEqual(run([corpus], cache), uncached);
  assert.ok(cache.misses >= 2 && cache.misses < uncached.statuses.length);

  writeFileSync(file, "\u0000garbage");
  const wiped = cacheIn(dir);
  assert.equal(wiped.size, 0);
  assert.deepEqual(run([corpus], wiped), uncached);
});

test("an incremental pass rewrites the pages an added article changes, leaves the rest, and matches a full build", async () => {
  process.chdir(projectRoot);
  const articles = corpusCopy();
  process.env.ARTICLES_DIR = articles;
  process.env.CALLTRAIL_CACHE_DIR = temp("cache");
  let incremental = false;
  // As the watch loop keeps them: one for the session, across passes.
  const render = createChangedPages(() => incremental);
  const documents = createCallDocumentWriter();
  const build = (output: string) => buildSite({ output, plugin: { changedPages: render, documents } });
  try {
    const site = temp("site");
    await build(site);
    const before = new Map(filesUnder(site).map((f) => [f, statSync(path.join(site, f)).mtimeMs]));
    const untouched = [...before.keys()].find((f) => f.startsWith("calls/2014-"))!;
    assert.ok(untouched, "an old call page to compare with");
    await new Promise((resolve) => setTimeout(resolve, 30));

    writeFileSync(
      path.join(articles, "99-added.txt"),
      " date 2026-11-04 Modi and Putin speak\n\nPrime Minister Narendra Modi spoke to Russian " +
        "President Vladimir Putin on Tuesday. The two leaders discussed trade and energy.\n",
    );
    incremental = true;
    await build(site);
    const { skipped } = render.lastPass();
    incremental = false;

    assert.ok(skipped > 0, "unchanged pages were skipped");
    const added = "calls/2026-11-03-modi-putin/index.html";
    assert.ok(filesUnder(site).includes(added), "the new call has its page");
    assert.equal(statSync(path.join(site, untouched)).mtimeMs, before.get(untouched), `${untouched} was left alone`);
    assert.ok(
      readFileSync(path.join(site, "index.html"), "utf8").includes("/calls/2026-11-03-modi-putin/"),
      "the timeline lists the new call",
    );

    const full = temp("site-full");
    await build(full);
    assert.deepEqual(filesUnder(site), filesUnder(full));
    for (const file of filesUnder(full))
      assert.equal(
        readFileSync(path.join(site, file), "utf8"),
        readFileSync(path.join(full, file), "utf8"),
        `${file} is as a full build writes it`,
      );
  } finally {
    delete process.env.ARTICLES_DIR;
    delete process.env.CALLTRAIL_CACHE_DIR;
  }
});
