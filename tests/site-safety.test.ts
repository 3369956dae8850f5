import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { csvCell, toCsv } from "../src/render/csv.ts";
import { httpUrl } from "../src/render/safe-url.ts";
import { buildSite, filesUnder } from "./helpers/build.ts";

// Article fields are untrusted: a hostile file must not inject markup, scripts, links or spreadsheet formulas.
const hostile = `---
title: "<script>alert('title')</script> Modi & Putin"
publisher: "=HYPERLINK(\\"http://evil.example\\") <img src=x onerror=alert(1)>"
url: "javascript:alert('url')"
published: 2022-07-02
callDate: 2022-07-01
participants: [Narendra Modi, Vladimir Putin]
---
Prime Minister Narendra Modi spoke with Russian President Vladimir Putin over the phone on Friday and discussed fertilizers and energy supplies.

"<script>alert('quote')</script> We will keep working on food security <b onmouseover=alert(2)>together</b>," Modi said after the call.

<a href="javascript:alert('body')">click</a> <iframe src="https://evil.example"></iframe>
`;

test("untrusted article fields are escaped in every page and export", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-hostile-"));
  writeFileSync(path.join(dir, "hostile.md"), hostile);
  const site = await buildSite({ articlesDir: dir });
  const json = JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as { calls: { id: string }[] };
  assert.equal(json.calls.length, 1, "the hostile article still makes a call");
  const id = json.calls[0]!.id;

  for (const file of filesUnder(site).filter((f) => f.endsWith(".html") || f.endsWith(".xml"))) {
    const text = readFileSync(path.join(site, file), "utf8");
    assert.doesNotMatch(text, /<script>alert/, `${file}: no injected script`);
    assert.doesNotMatch(text, /<img src=x/, `${file}: no injected image`);
    assert.doesNotMatch(text, /<iframe/, `${file}: no iframe`);
    assert.doesNotMatch(text, /<[a-z][^>]*\son\w+=/i, `${file}: no event handler attributes`);
    assert.doesNotMatch(text, /href="javascript:/i, `${file}: no javascript: links`);
  }
  const page = readFileSync(path.join(site, `calls/${id}/index.html`), "utf8");
  assert.match(page, /&lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; Modi &amp; Putin/, "the title is shown, escaped");
  assert.doesNotMatch(page, /<p class="source-title"><a /, "a javascript: source URL is not linked");

  const feed = JSON.parse(readFileSync(path.join(site, "feed.json"), "utf8")) as { items: unknown[] };
  assert.equal(feed.items.length, 1);
});

test("CSV cells are quoted per RFC 4180 and formula starts are defused", () => {
  assert.equal(csvCell("plain"), "plain");
  assert.equal(csvCell('say "hi", then'), '"say ""hi"", then"');
  assert.equal(csvCell("two\nlines"), '"two\nlines"');
  assert.equal(csvCell("=SUM(A1)"), "'=SUM(A1)");
  assert.equal(csvCell("+1"), "'+1");
  assert.equal(csvCell("-1"), "'-1");
  assert.equal(csvCell("@cmd"), "'@cmd");
  assert.equal(csvCell("\tx"), "'\tx");
  assert.equal(csvCell("=a,b"), `"'=a,b"`);
  assert.equal(csvCell(null), "");
  assert.equal(csvCell(3), "3");
  assert.equal(toCsv(["a", "b"], [["1", null]]), "a,b\r\n1,\r\n");
});

test("only http(s) URLs become source links", () => {
  assert.equal(httpUrl("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(httpUrl("http://example.org"), "http://example.org/");
  assert.equal(httpUrl("javascript:alert(1)"), null);
  assert.equal(httpUrl("JaVaScRiPt:alert(1)"), null);
  assert.equal(httpUrl("data:text/html,<b>x</b>"), null);
  assert.equal(httpUrl("/relative"), null);
  assert.equal(httpUrl(""), null);
  assert.equal(httpUrl(null), null);
});
