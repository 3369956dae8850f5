import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { runPipeline } from "../src/pipeline.ts";
import { SearchIndexer, searchRecord, writeWithSearchIndex } from "../src/render/search-index.ts";
import { buildSiteData } from "../src/render/site-data.ts";
import { extractor, projectRoot } from "./helpers/extract.ts";

const site = buildSiteData(runPipeline({ inputs: [path.join(projectRoot, "content")], extractor, cache: false }));
const call = site.calls.find((c) => c.quoteGroups.length && c.sourceViews.length > 1)!;

test("a call's search record holds its leaders, date, topics, quotes with speakers and source titles, and no boilerplate", () => {
  assert.ok(call, "a default call with quotes and two sources");
  const record = searchRecord(call);
  assert.equal(record.url, call.url);
  assert.equal(record.meta?.title, call.headline);
  assert.ok(record.content.includes(call.dateLong));
  for (const person of call.people) assert.ok(record.content.includes(person.label), person.label);
  for (const topic of call.topicLinks) assert.ok(record.content.includes(topic.label), topic.label);
  for (const group of call.quoteGroups)
    for (const quote of group.quotes) assert.ok(record.content.includes(`${group.speaker}: “${quote.text}”`), quote.text);
  for (const source of call.sourceViews) assert.ok(record.content.includes(source.title), source.title);
  assert.doesNotMatch(
    record.content,
    /spoke by phone|Prime Minister of India|President of Russia/,
    "words every record would share are left out",
  );
});

test("article full text stays out of the index", () => {
  const record = searchRecord(call);
  const quoted = call.quoteGroups.flatMap((g) => g.quotes.map((q) => q.text));
  const narrative = call.sourceViews
    .flatMap((s) => s.html.replace(/<[^>]+>/g, " ").split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => sentence.length > 40 && !quoted.some((q) => sentence.includes(q) || q.includes(sentence)));
  assert.ok(narrative.length > 3, "the articles have sentences that are not quotes");
  assert.deepEqual(
    narrative.filter((sentence) => record.content.includes(sentence)),
    [],
  );
});

test("a search index that cannot be written fails the build with a message instead of hanging", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-search-"));
  const notAFolder = path.join(dir, "site");
  writeFileSync(notAFolder, "a file where the site folder should be");
  try {
    const indexer = SearchIndexer.start(notAFolder);
    indexer.indexCalls(site.calls.slice(0, 1));
    await assert.rejects(indexer.finish(), /pagefind/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a build that fails while the indexer runs gets its own error, and Pagefind is stopped", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-search-"));
  try {
    await assert.rejects(
      writeWithSearchIndex(dir, () => Promise.reject(new Error("template broke"))),
      /template broke/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
