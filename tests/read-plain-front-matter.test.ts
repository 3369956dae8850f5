import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import matter from "gray-matter";
import { plainFrontMatter } from "../src/read/plain-front-matter.ts";
import { withEveryArticleFile } from "./helpers/extract.ts";

/** gray-matter as the reader calls it (options passed, so its cache is off). */
function grayMatter(text: string): { data: unknown; content: string } | "error" {
  try {
    const parsed = matter(text, { language: "yaml" });
    return { data: parsed.data, content: parsed.content };
  } catch {
    return "error";
  }
}

function agree(text: string): boolean {
  const plain = plainFrontMatter(text);
  if (!plain) return false;
  assert.deepEqual(plain, grayMatter(text), JSON.stringify(text));
  return true;
}

const keys = [
  "title",
  "publisher",
  "published",
  "callDate",
  "url",
  "tags",
  "topics",
  "participants",
  "Title",
  "x_1",
  "title",
  "__proto__",
  "a b",
  "-x",
  "k",
  "True",
  "NULL",
  "null",
  "false",
];
const values = [
  '"Rao, Yeltsin discuss ties"',
  "'single quoted'",
  '"with \\"escape\\""',
  '"unclosed',
  "'it''s'",
  "The Frontier Post Digest",
  "https://example.com/a?b=1&c=2",
  "1995-01-08",
  "2021-02-30",
  "0099-01-01",
  "1995-1-8",
  "2024-01-01T10:00:00Z",
  "[diplomacy, analysis]",
  "[]",
  "[ ]",
  "[a, , b]",
  "[a,b]",
  "[true, x]",
  "[null]",
  "[a: b]",
  "[x, [y]]",
  "{a: 1}",
  "true",
  "False",
  "null",
  "~",
  "yes",
  "no",
  "12",
  "1.5",
  ".inf",
  "0x1F",
  "a: b",
  "ends with colon:",
  "C# language",
  "hash # comment",
  "*alias",
  "&anchor x",
  "!tag x",
  "|",
  ">",
  "- item",
  "Modi’s call",
  "x, y",
  "NaN",
  "Yes",
  "a  b",
  "trailing  ",
  "é accent",
  "quote ' inside",
  "@handle",
  "%pct",
  "`tick`",
];
const line = fc.oneof(
  fc
    .tuple(fc.constantFrom(...keys), fc.constantFrom(": ", ":", ":  ", " : "), fc.constantFrom(...values))
    .map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.constantFrom("", "# comment", "  indented: x", "- listed", "\tkey: tab", "key:", "key: |", "  - a"),
);
const opening = fc.constantFrom("---", "--- ", "---\t", "---yaml", "----");
const closing = fc.constantFrom("---", "--- extra", "----", "---\r", "...");
const body = fc.constantFrom("", "Body text.", "\nBody after a blank line.", "\r\nBody", "Body\n---\nmore");

test("front matter read in its plain form is what gray-matter gives", () => {
  let claimed = 0;
  fc.assert(
    fc.property(opening, fc.array(line, { maxLength: 6 }), closing, body, (open, lines, close, rest) => {
      if (agree([open, ...lines, close].join("\n") + "\n" + rest)) claimed++;
    }),
    { numRuns: 20000, seed: 20261125 },
  );
  assert.ok(claimed > 1000, `${claimed}`);
});

test("front matter of every article the repository and the benchmark hold is read in its plain form as gray-matter reads it", () => {
  let claimed = 0;
  withEveryArticleFile(300, 14, (files) => {
    for (const file of files) {
      if (!/\.(?:md|txt)$/.test(file)) continue;
      const text = readFileSync(file, "utf8")
        .replace(/^\uFEFF/, "")
        .replace(/\r\n?/g, "\n");
      if (/^---[ \t]*\n/.test(text) && agree(text)) claimed++;
    }
  });
  assert.ok(claimed > 50, `${claimed}`);
});
