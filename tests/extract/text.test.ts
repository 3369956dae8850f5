import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { paragraphsOf, plainMarkdownLines, sentencesOf } from "../../src/extract/text.ts";
import { parseArticle } from "../../src/read/read-articles.ts";

/** The parser's reading, written out here independently of the fast path. */
function parsedLines(body: string): string[] {
  const blocks: string[] = [];
  for (const node of fromMarkdown(body).children) {
    if (node.type === "list") for (const item of node.children) blocks.push(toString(item));
    else if (node.type !== "code" && node.type !== "html" && node.type !== "thematicBreak") blocks.push(toString(node));
  }
  return blocks
    .flatMap((block) => block.split("\n"))
    .map((line) =>
      line
        .replace(/[\u00a0\u2009\u202f]/g, " ")
        .replace(/[ \t]+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}

test("plain Markdown is read without the parser, exactly as the parser reads it", () => {
  const plain = [
    "# Modi, Putin speak\n\nPrime Minister Narendra Modi spoke to President Putin.\nA second line of the same paragraph.",
    "## What they discussed \n\nTrade and energy.\n\n###\n\n#hashtag stays text\n\n####### seven marks are text",
    "Text with a tab\tinside and  double spaces inside.\n\nCaf\u00e9 \u2014 \u201cquoted\u201d words, 50% (roughly) and $5 or #1!",
    "Line one\n\n\n\nLine after blank lines",
    "A line with one trailing space \nnext line",
  ];
  for (const body of plain) {
    assert.ok(plainMarkdownLines(body), `fast path for ${JSON.stringify(body)}`);
    assert.deepEqual(paragraphsOf(body, "markdown"), parsedLines(body), body);
  }
});

test("Markdown syntax goes through the parser", () => {
  const syntax = [
    "**bold** words",
    "a [link](https://example.org)",
    "Title\n=====",
    "Title\n---\ntext",
    "text\n\n---\n\nmore",
    "- one\n- two",
    "1. first\n2. second",
    "> quoted",
    "    indented code",
    "hard  \nbreak",
    "back\\\nslash",
    "AT&amp;T",
    "<div>html</div>",
    "# Heading with C# inside",
    "# closed heading ##",
    "```\ncode\n```",
    "~~~\ncode\n~~~",
    "`code` span",
    "snake_case",
  ];
  for (const body of syntax) {
    assert.equal(plainMarkdownLines(body), null, body);
    assert.deepEqual(paragraphsOf(body, "markdown"), parsedLines(body), body);
  }
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const entry = path.join(dir, name);
    if (statSync(entry).isDirectory()) return markdownFiles(entry);
    return name.endsWith(".md") ? [entry] : [];
  });
}

test("every Markdown article in the repository reads the same with or without the parser", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const files = ["content", "tests/corpus", "tests/hostile"].flatMap((dir) => markdownFiles(path.join(root, dir)));
  assert.ok(files.length > 10);
  let fast = 0;
  for (const file of files) {
    const source = parseArticle(file, readFileSync(file), new Set(), "2100-01-01");
    if (source.error) continue;
    if (plainMarkdownLines(source.body)) fast++;
    assert.deepEqual(paragraphsOf(source.body, "markdown"), parsedLines(source.body), file);
  }
  assert.ok(fast > 0, "some articles take the fast path");
});

test("sentences split as when the whole candidate sentence was tested for a closing abbreviation", () => {
  const ABBREVIATIONS =
    /\b(Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Lt|Col|Capt|Gov|Sen|Rep|Hon|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|i\.e|e\.g|U\.S|U\.K|[A-Z])\.$/;
  const plainSplit = (paragraph: string): string[] => {
    const found: string[] = [];
    let start = 0;
    const boundary = /[.!?…]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
    for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
      if (ABBREVIATIONS.test(paragraph.slice(start, match.index + 1))) continue;
      const end = match.index + match[0].length;
      found.push(paragraph.slice(start, end).trim());
      start = end;
    }
    found.push(paragraph.slice(start).trim());
    return found.filter(Boolean);
  };
  const word = fc.constantFrom(
    "Mr.",
    "Sept.",
    "U.S.",
    "e.g.",
    "xU.S.",
    "A.",
    "aB.",
    "Prof.",
    "No.",
    "word",
    "Word.",
    "End!",
    "Why?",
    "“Quote.”",
    "1.",
    "Modi",
    "said.",
    "(PTI)",
    "x",
  );
  fc.assert(
    fc.property(fc.array(word, { maxLength: 14 }), (words) => {
      const paragraph = words.join(" ");
      assert.deepEqual(
        sentencesOf([paragraph]).map((s) => s.text),
        plainSplit(paragraph),
        paragraph,
      );
    }),
    { numRuns: 3000 },
  );
});
