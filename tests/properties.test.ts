/**
 * Property-based tests: whatever bytes or text a user drops in, reading and
 * extraction never throw, and every article ends with a status (and a message
 * whenever it is not simply placed or simply not about a call).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { consolidate } from "../src/consolidate/consolidate.ts";
import { extractArticle } from "../src/extract/extract-article.ts";
import { parseArticle } from "../src/read/read-articles.ts";
import type { Article } from "../src/types.ts";
import { extractor, knownTopics, projectRoot } from "./helpers/extract.ts";

const TODAY = "2026-11-22";
const encode = (text: string) => new TextEncoder().encode(text);

/** read → extract → consolidate for one file's bytes; returns its status and, if readable, its article. */
function throughPipeline(file: string, bytes: Uint8Array) {
  const source = parseArticle(file, bytes, knownTopics, TODAY);
  const article: Article | null = source.error ? null : extractArticle(source, extractor);
  const unreadable = source.error ? [{ file, error: source.error, warnings: source.warnings }] : [];
  const { statuses, calls } = consolidate(article ? [article] : [], unreadable, extractor.countries);
  assert.equal(statuses.length, 1, "exactly one status for the file");
  return { status: statuses[0]!, article, calls };
}

/** What must hold for any input, however mangled. */
function assertSound(result: ReturnType<typeof throughPipeline>) {
  const { status, article, calls } = result;
  if (status.status !== "placed" && status.status !== "not-a-call")
    assert.ok(status.warnings.length > 0, `status ${status.status} without a message`);
  for (const warning of status.warnings) assert.ok(warning.message.trim().length > 0);
  for (const call of calls) {
    assert.match(call.id, /^[a-z0-9-]+$/);
    assert.ok(call.date >= "1947-08-15" && call.date <= TODAY, `date ${call.date} out of range`);
    if (article?.published) assert.ok(call.date <= article.published, `call ${call.date} after publication ${article.published}`);
  }
  if (article?.isCall) {
    for (const quote of article.quotes) assert.ok(quote.text.trim().length > 0);
  }
}

const realArticles = [
  ...readdirSync(path.join(projectRoot, "content/articles")).map((n) => path.join(projectRoot, "content/articles", n)),
  ...readdirSync(path.join(projectRoot, "tests/corpus"))
    .filter((n) => /\.(txt|md)$/.test(n))
    .map((n) => path.join(projectRoot, "tests/corpus", n)),
].map((file) => ({ name: path.basename(file), text: readFileSync(file, "utf8") }));

const oddUnicode = fc.constantFrom(
  "\u200b",
  "\u200f",
  "\u202e",
  "\ufeff",
  "\u0301",
  "\u00a0",
  "\u2028",
  "🇮🇳",
  "\ud800",
  "\u0000",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  '"',
  "'",
  "…",
  "\t",
  "\r",
  "\n\n",
);
const article = fc.constantFrom(...realArticles);

test("any bytes at all: reading and extraction never throw and give a status", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom("a.txt", "b.md"), (bytes, file) =>
      assertSound(throughPipeline(file, bytes)),
    ),
    { numRuns: 300 },
  );
});

test("any Unicode text, with or without front matter: never throws", () => {
  const frontMatter = fc.option(
    fc.string({ unit: "grapheme", maxLength: 200 }).map((yaml) => `---\n${yaml}\n---\n`),
    { nil: "" },
  );
  fc.assert(
    fc.property(frontMatter, fc.string({ unit: "grapheme", maxLength: 3000 }), fc.constantFrom("a.txt", "b.md"), (head, body, file) =>
      assertSound(throughPipeline(file, encode(head + body))),
    ),
    { numRuns: 300 },
  );
});

test("real articles truncated anywhere: never throw", () => {
  fc.assert(
    fc.property(article, fc.double({ min: 0, max: 1, noNaN: true }), ({ name, text }, cut) =>
      assertSound(throughPipeline(name, encode(text.slice(0, Math.floor(text.length * cut))))),
    ),
    { numRuns: 200 },
  );
});

test("real articles with paragraphs shuffled, dropped or repeated: never throw", () => {
  fc.assert(
    fc.property(article, fc.array(fc.nat(), { maxLength: 40 }), ({ name, text }, picks) => {
      const paragraphs = text.split(/\n\s*\n/);
      const mixed = picks.map((p) => paragraphs[p % paragraphs.length]).join("\n\n");
      assertSound(throughPipeline(name, encode(mixed)));
    }),
    { numRuns: 200 },
  );
});

test("real articles with odd Unicode sprinkled in: never throw", () => {
  fc.assert(
    fc.property(
      article,
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), oddUnicode), { maxLength: 30 }),
      ({ name, text }, inserts) => {
        let mutated = text;
        for (const [at, insert] of inserts) {
          const index = Math.floor(mutated.length * at);
          mutated = mutated.slice(0, index) + insert + mutated.slice(index);
        }
        assertSound(throughPipeline(name, encode(mutated)));
      },
    ),
    { numRuns: 200 },
  );
});

test("huge lines (no line breaks, long runs of quote marks or dots): never throw", () => {
  const filler = fc.constantFrom("a", " ", "“", '"', ".", 'Modi said "', "on Monday, ", "Putin ", "… ", "'");
  fc.assert(
    fc.property(article, filler, fc.integer({ min: 1000, max: 60_000 }), ({ name, text }, unit, count) => {
      const line = unit.repeat(Math.ceil(count / unit.length));
      assertSound(throughPipeline(name, encode(`${text.split("\n")[0]}\n${line}\n${text}`)));
    }),
    { numRuns: 25 },
  );
});
