import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { projectRoot } from "./helpers/extract.ts";
import type { ExtractOutput } from "../src/pipeline.ts";
import { listArticleFiles } from "../src/read/read-articles.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { createExtractor } from "../src/extract/extract-article.ts";
import { DEFAULT_DATA_DIR, loadReference } from "../src/data/load.ts";

// The hostile articles, one file per kind of bad input (see tests/hostile/README.md).
const hostileDir = path.join(projectRoot, "tests/hostile");
const extractor = createExtractor(loadReference(DEFAULT_DATA_DIR), "2026-11-22");
const run = (inputs: string[]): ExtractOutput => toExtractOutput(runPipeline({ inputs, extractor }));
const output = run([hostileDir]);
const entry = (name: string) => {
  const found = output.articles.find((a) => path.relative(hostileDir, a.file) === name);
  assert.ok(found, `${name} has a status`);
  return found;
};

// file → [status, the message that must name the problem (with the line, where there is one)]
const expectations: [string, string, RegExp | null][] = [
  ["empty.txt", "error", /empty\.txt: file is empty$/],
  ["whitespace-only.txt", "error", /whitespace-only\.txt: file has only white space/],
  ["binary-renamed.txt", "error", /binary-renamed\.txt: file is binary/],
  ["invalid-utf8.txt", "error", /invalid-utf8\.txt:3: file is not valid UTF-8/],
  ["malformed-yaml.md", "error", /malformed-yaml\.md:\d+: front matter is not valid YAML/],
  ["notes.docx", "error", /notes\.docx: not an article file: only \.txt, \.md, \.html and \.htm/],
  ["wrong-types.md", "unplaced", /wrong-types\.md:3: front matter "callDate": expected a date YYYY-MM-DD, got "tomorrow"/],
  ["wrong-types.md", "unplaced", /wrong-types\.md:4: front matter "participants": expected a list of names, got 5/],
  ["wrong-types.md", "unplaced", /wrong-types\.md:5: front matter "topics": unknown topic "moon-landing"/],
  ["future-call-date.md", "unplaced", /future-call-date\.md:3: front matter "callDate": 2099-03-04 is in the future; ignored/],
  ["call-date-before-1947.md", "unplaced", /call-date-before-1947\.md:3: front matter "callDate": 1931-06-01 is before 1947-08-15/],
  [
    "future-date-in-text.txt",
    "unplaced",
    /future-date-in-text\.txt: the call date the text gives, 2099-03-03, is in the future; it was ignored/,
  ],
  ["date-line-in-future.txt", "placed", /date-line-in-future\.txt:1: date line 2099-05-01 is in the future; ignored/],
  ["other-country-pair.txt", "not-a-call", /not one between an Indian and a Russian leader/],
  [
    "not-english.txt",
    "not-a-call",
    /not-english\.txt: the article is in a language other than English that it cannot tell, which the extractor has no language file for/,
  ],
  ["same-article-first.txt", "duplicate", /same text as .*same-article-again\.txt; counted once/],
  ["override-contradicts-text.md", "placed", /front matter "callDate" \(2019-01-09\) overrides the date the text gives/],
  ["hostile-html.md", "placed", /hostile-html\.md:4: front matter "url": expected an http\(s\) address/],
  [
    "hostile-page.html",
    "placed",
    /hostile-page\.html: the page's link "javascript:alert\('jsonld-url'\)" is not an absolute http\(s\) address; ignored/,
  ],
  ["no-body.html", "error", /no-body\.html: the page has no <body>/],
  ["bad-utf8.html", "error", /bad-utf8\.html:9: the page declares UTF-8 but is not valid UTF-8/],
  ["charset-mismatch.html", "placed", /charset-mismatch\.html: the page declares windows-1251 but its bytes are UTF-8; read as UTF-8/],
  // Decoded from their charsets, the Russian pages read as Russian: a call like any other.
  ["russian-windows-1251.html", "placed", null],
  ["russian-koi8-r.html", "placed", null],
  ["bom-wins.html", "placed", /bom-wins\.html: the page declares windows-1251 but starts with a UTF-8 byte order mark, which wins/],
];

for (const [index, [name, status, message]] of expectations.entries()) {
  test(`hostile ${index + 1}: ${name} is listed as ${status}, with a message naming the file and the problem`, () => {
    const article = entry(name);
    assert.equal(article.status, status);
    if (message)
      assert.ok(
        article.warnings.some((w) => message.test(w)),
        `messages were:\n${article.warnings.join("\n")}`,
      );
  });
}

test("no hostile file is dropped: every file in the folder has exactly one status", () => {
  const files = listArticleFiles([hostileDir]).filter((f) => !f.endsWith("README.md"));
  assert.deepEqual(
    output.articles
      .map((a) => a.file)
      .filter((f) => !f.endsWith("README.md"))
      .sort(),
    files.sort(),
  );
  assert.ok(files.length >= 18, `found ${files.length} files`);
});

test("a file over the size limit is an error that names it and the limit", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-huge-"));
  const file = path.join(dir, "huge.txt");
  writeFileSync(file, "Modi and Putin spoke on the phone. ".repeat(70_000));
  const [article] = run([dir]).articles;
  assert.equal(article!.status, "error");
  assert.match(article!.warnings[0]!, /huge\.txt: file is 2\.3 MB, over the 2 MB limit/);
});

test("an article whose date stays ambiguous is listed as unplaced, saying why", () => {
  const article = run([path.join(hostileDir, "ambiguous-date.txt")]).articles[0]!;
  assert.equal(article.status, "unplaced");
  assert.ok(
    article.warnings.some((w) => /ambiguous-date\.txt: not placed: the call date is uncertain and no known call fits it/.test(w)),
    article.warnings.join("\n"),
  );
});

test("file names with spaces, non-ASCII letters and '..' are read like any other", () => {
  for (const name of ["odd names/Ünïcödé name with spaces.txt", "odd names/..%2F..%2Fescape...txt"])
    assert.equal(entry(name).status, "placed");
});

test("impossible dates never reach a record, and every call id is [a-z0-9-] only", () => {
  for (const call of output.calls) {
    assert.match(call.id, /^[a-z0-9-]+$/);
    assert.ok(call.date >= "1947-08-15" && call.date <= "2026-11-22", call.date);
  }
});
