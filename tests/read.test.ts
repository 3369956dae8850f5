import assert from "node:assert/strict";
import { test } from "node:test";
import { parseArticle, splitDateLine } from "../src/read/read-articles.ts";
import { knownTopics } from "./helpers/extract.ts";

const read = (text: string | Uint8Array, file = "a.md") =>
  parseArticle(file, typeof text === "string" ? new TextEncoder().encode(text) : text, knownTopics);

test("a date line is the publication date, and the rest of the line is text", () => {
  assert.deepEqual(splitDateLine(" date 2021-12-20 Prime Minister Modi spoke.\n\nMore."), {
    date: "2021-12-20",
    body: "Prime Minister Modi spoke.\n\nMore.",
    leadingLines: 0,
  });
  assert.equal(splitDateLine("No date line here.").date, null);
  assert.equal(splitDateLine(" date 2021-02-30 Impossible.").invalid, "2021-02-30");
});

test("front matter fields are read, and overrides are kept", () => {
  const source = read(`---
title: Leaders speak
publisher: Example Wire
url: https://example.org/story
published: 2024-03-21
callDate: 2024-03-20
participants: [Narendra Modi, Vladimir Putin]
topics: [elections, trade]
---
Body text.`);
  assert.deepEqual(source.frontMatter, {
    title: "Leaders speak",
    publisher: "Example Wire",
    url: "https://example.org/story",
    published: "2024-03-21",
    callDate: "2024-03-20",
    participants: ["Narendra Modi", "Vladimir Putin"],
    topics: ["elections", "trade"],
  });
  assert.equal(source.published, "2024-03-21");
  assert.equal(source.body, "Body text.");
  assert.equal(source.bodyLine, 10);
});

test("wrong front matter values are reported with their line and ignored", () => {
  const source = read(`---
title: Ok
callDate: tomorrow
participants: 5
topics: [trade, gossip]
url: javascript:alert(1)
---
Body.`);
  const messages = source.warnings.map((w) => `${w.line}: ${w.message}`);
  assert.ok(messages.some((m) => m.startsWith("3: ") && m.includes('"callDate"')));
  assert.ok(messages.some((m) => m.startsWith("4: ") && m.includes('"participants"')));
  assert.ok(messages.some((m) => m.startsWith("5: ") && m.includes('"gossip"')));
  assert.ok(messages.some((m) => m.startsWith("6: ") && m.includes('"url"')));
  assert.deepEqual(source.frontMatter, { title: "Ok", topics: ["trade"] });
});

test("unusable files get an error naming the problem, never a throw", () => {
  assert.match(read("").error!.message, /empty/);
  assert.match(read("   \n\n").error!.message, /only white space/);
  assert.match(read("notes", "notes.docx").error!.message, /not an article file/);
  assert.deepEqual(
    read("---\ncallDate: 2099-01-01\n---\nBody").warnings.map((w) => [w.line, w.message]),
    [[2, `front matter "callDate": 2099-01-01 is in the future; ignored`]],
  );
  assert.match(read(new Uint8Array([0x50, 0x00, 0x01])).error!.message, /binary/);
  assert.match(read(new Uint8Array([0x41, 0x0a, 0xff, 0xfe])).error!.message, /UTF-8.*line 2/);
  const broken = read("---\ntitle: [unclosed\n---\nBody");
  assert.match(broken.error!.message, /front matter is not valid YAML/);
  assert.ok(broken.error!.line);
});

test("a file with broken front matter is an error every time it is read, not only the first", () => {
  const text = '---\ntitle: "unclosed\nx: 1\n---\nModi and Putin spoke on the phone.';
  assert.ok(read(text).error);
  assert.ok(read(text).error, "second read of the same text");
});
