/**
 * Property-based tests (fast-check) for the HTML reader: whatever page comes
 * in, reading never throws and gives text or a message; the article's words
 * come through; nothing active (scripts, handlers, frames, script links)
 * ever does; publication dates keep their own day; charsets round-trip.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { decodePage } from "../src/read/charset.ts";
import { markupShape, readHtmlPage } from "../src/read/html.ts";
import { publicationDate } from "../src/read/html-metadata.ts";
import { parseArticle } from "../src/read/read-articles.ts";
import { knownTopics, projectRoot } from "./helpers/extract.ts";

const TODAY = "2026-11-22";
const word = fc.stringMatching(/^[A-Za-z][a-z]{1,9}$/);
/** A paragraph of 8–30 plain words ending with a full stop. */
const paragraph = fc.array(word, { minLength: 8, maxLength: 30 }).map((words) => `${words.join(" ")}.`);
const paragraphs = fc.array(paragraph, { minLength: 3, maxLength: 8 });

/** Page furniture around the article, in the shapes publishing systems produce. */
const furniture = fc.constantFrom(
  "",
  `<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></nav>`,
  `<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/c">Another story</a></li></ul></aside>`,
  `<footer><p>Copyright notice</p></footer>`,
  `<div class="share"><button>Share</button></div>`,
);
const shape = fc.constantFrom(
  (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body>${body}</body></html>`,
  (body: string) => `<html><body><div id="page"><div class="content">${body}</div></div></body></html>`,
  (body: string) =>
    `<!DOCTYPE html><html ⚡><head><meta charset="utf-8"><style amp-boilerplate>body{}</style></head><body>${body}</body></html>`,
);

/** Markup that must never reach the site, each carrying a marker that must not appear in the text either. */
const MARK = "ZQXJ";
const hostile = fc.constantFrom(
  `<script>${MARK}()</script>`,
  `<img src="x" onerror="${MARK}()">`,
  `<a href="javascript:${MARK}()"></a>`,
  `<iframe src="https://example.org/${MARK}"></iframe>`,
  `<style>.${MARK}{}</style>`,
  `<svg><script>${MARK}</script></svg>`,
  `<!-- ${MARK} -->`,
  `<template>${MARK}</template>`,
  `<noscript>${MARK}</noscript>`,
  `<object data="${MARK}.swf"></object>`,
  `<base href="javascript:${MARK}//">`,
  `<meta http-equiv="refresh" content="0; url=https://example.org/${MARK}">`,
  `<form action="javascript:${MARK}"><input value="${MARK}"></form>`,
);

test("every paragraph of the article comes through, in order, whatever furniture is around it", () => {
  fc.assert(
    fc.property(paragraphs, furniture, furniture, shape, (paras, before, after, page) => {
      const result = readHtmlPage(page(`${before}<article>${paras.map((p) => `<p>${p}</p>`).join("\n")}</article>${after}`));
      assert.ok("text" in result, JSON.stringify(result));
      const lines = result.text.split("\n");
      let at = -1;
      for (const p of paras) {
        const found = lines.indexOf(p, at + 1);
        assert.ok(found > at, `"${p}" missing or out of order in:\n${result.text}`);
        at = found;
      }
    }),
    { numRuns: 150 },
  );
});

test("scripts, handlers, frames, styles, comments and script links never reach the text", () => {
  fc.assert(
    fc.property(paragraphs, fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 6 }), shape, (paras, injections, page) => {
      const parts = paras.map((p) => `<p>${p}</p>`);
      for (const [at, markup] of injections) parts.splice(at % (parts.length + 1), 0, markup);
      const result = readHtmlPage(page(`<article>${parts.join("")}</article>`));
      assert.ok("text" in result);
      assert.ok(!result.text.includes(MARK), result.text);
      assert.ok(!/[<>]/.test(result.text), result.text);
    }),
    { numRuns: 200 },
  );
});

test("any text as a page, and any bytes in a .html file, give an article or a message, never an exception", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme-composite", maxLength: 400 }), (text) => {
      const result = readHtmlPage(text);
      assert.ok("text" in result ? result.text.trim().length > 0 : result.error.length > 0);
    }),
    { numRuns: 300 },
  );
  const page = readFileSync(path.join(projectRoot, "tests/html/wordpress-og.html"));
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat({ max: page.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
      fc.nat({ max: page.length }),
      (edits, cut) => {
        const bytes = Buffer.from(page.subarray(0, cut));
        for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
        const source = parseArticle("mangled.html", bytes, knownTopics, TODAY);
        assert.ok(source.error ? source.error.message.length > 0 : source.body.trim().length > 0);
      },
    ),
    { numRuns: 150 },
  );
});

test("a publication date is the day in the time zone the page gives", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
      fc.integer({ min: -12 * 4, max: 14 * 4 }),
      (ms, quarters) => {
        const offsetMinutes = quarters * 15;
        const local = new Date(ms + offsetMinutes * 60_000);
        const sign = offsetMinutes < 0 ? "-" : "+";
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        const stamp = `${local.toISOString().slice(0, 19)}${offset}`;
        assert.equal(publicationDate(stamp), local.toISOString().slice(0, 10), stamp);
      },
    ),
    { numRuns: 500 },
  );
});

/** A single-byte encoder built from the decoder: Node can decode these charsets but not encode them. */
function encoder(encoding: string): (text: string) => Uint8Array {
  const decoded = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const table = new Map([...decoded].map((char, byte) => [char, byte]));
  return (text) => Uint8Array.from([...text], (char) => table.get(char) ?? 0x3f);
}

test("Russian pages in windows-1251 and KOI8-R decode to the text they were written in", () => {
  const lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  const upper = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ";
  const cyrillic = fc
    .array(fc.constantFrom(...lower, ...upper, ..." .,:;!?-"), { minLength: 1, maxLength: 200 })
    .map((chars) => chars.join(""));
  for (const encoding of ["windows-1251", "koi8-r"]) {
    const encode = encoder(encoding);
    fc.assert(
      fc.property(cyrillic, (text) => {
        // A page of Russian text (its first words fixed): a few random letters alone can happen to be valid UTF-8, which wins with a warning.
        const bytes = encode(`<html><head><meta charset="${encoding}"></head><body><p>Президент России ${text}</p></body></html>`);
        const decoded = decodePage(bytes);
        assert.ok("text" in decoded && decoded.text.includes(text) && decoded.encoding === encoding, JSON.stringify(decoded));
      }),
      { numRuns: 200 },
    );
  }
});

test("the nesting count is the depth of the tree, whatever the tags", () => {
  type Tree = { tag: string; children: Tree[] };
  const tag = fc.constantFrom("div", "section", "span", "article", "main", "em", "b");
  const { node } = fc.letrec((t) => ({
    node: fc.record({
      tag,
      children: fc.oneof(
        { maxDepth: 8, depthIdentifier: "tree" },
        fc.constant([]),
        fc.array(t("node"), { maxLength: 3, depthIdentifier: "tree" }),
      ),
    }),
  }));
  const tree = node as fc.Arbitrary<Tree>;
  const html = (t: Tree): string => `<${t.tag}>x${t.children.map(html).join("")}</${t.tag}>`;
  const depth = (t: Tree): number => 1 + Math.max(0, ...t.children.map(depth));
  fc.assert(
    fc.property(tree, (t) => assert.equal(markupShape(`<body>${html(t)}</body>`).depth, depth(t))),
    { numRuns: 300 },
  );
});
