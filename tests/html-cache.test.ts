import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";

// The HTML cache opens its folder on first use: point it at a scratch folder before that.
const dir = mkdtempSync(path.join(tmpdir(), "calltrail-html-cache-"));
process.env.CALLTRAIL_CACHE_DIR = dir;
process.env.CALLTRAIL_CACHE = "";
const { cachedArticleHtml, saveHtmlCache } = await import("../src/cache/html-cache.ts");
after(() => rmSync(dir, { recursive: true, force: true }));

let renders = 0;
const render = (text: string) => () => {
  renders++;
  return `<p>${text}</p>`;
};

test("an article's HTML is rendered once per text, and an edit replaces the old entry instead of piling up", () => {
  assert.equal(cachedArticleHtml("a.txt", "one", "text", render("one")), "<p>one</p>");
  assert.equal(cachedArticleHtml("a.txt", "one", "text", render("one")), "<p>one</p>");
  assert.equal(renders, 1, "the second ask is a hit");
  saveHtmlCache();

  for (const text of ["two", "three"]) {
    assert.equal(cachedArticleHtml("a.txt", text, "text", render(text)), `<p>${text}</p>`);
    saveHtmlCache();
  }
  assert.equal(renders, 3, "each new text is rendered");
  assert.equal(cachedArticleHtml("a.txt", "three", "markdown", render("three")), "<p>three</p>");
  assert.equal(renders, 4, "the format is part of the key");
  saveHtmlCache();

  // Replaced entries outnumbered live ones along the way, so the file was compacted: one entry for the one file.
  const lines = readFileSync(path.join(dir, "article-html.ndjson"), "utf8").trim().split("\n").slice(1);
  assert.ok(lines.length <= 2, `${lines.length} lines for one article`);
  assert.ok(lines.every((line) => line.startsWith('{"file":"a.txt"')));
});
