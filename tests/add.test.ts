/**
 * `npm run add`: a page, a text file and standard input each become one
 * article in the folder, named by date and headline, never over another file;
 * duplicates (same content, same text, same link) are refused naming the file
 * already there. Everything happens in temporary folders, never in `content/`.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import type { AddRequest } from "../src/add/add-article.ts";
import { addArticle, articleBytes, comparableUrl, formatOfInput, frontMatterBlock, slugOf } from "../src/add/add-article.ts";
import { parseArticle } from "../src/read/read-articles.ts";
import { extractor, knownTopics, projectRoot } from "./helpers/extract.ts";

const page = readFileSync(path.join(projectRoot, "tests/html/wordpress-og.html"));
const STORY =
  "Modi, Putin talk fertiliser\nNarendra Modi and Vladimir Putin held a phone call on Monday " +
  "about fertiliser shipments and trade settled in rupees and roubles, officials in New " +
  "Delhi said.\n";
const emptyFolder = () => mkdtempSync(path.join(tmpdir(), "calltrail-add-"));
const add = (dir: string, bytes: Uint8Array, inputName: string | null, overrides: AddRequest["overrides"] = {}) =>
  addArticle({ bytes, inputName, dir, overrides, extractor, cache: false });

/** Runs `npm run add` itself, in a temporary articles folder. */
function cli(dir: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli/add.ts"), ...args], {
    cwd: projectRoot,
    input,
    encoding: "utf8",
    env: { ...process.env, ARTICLES_DIR: dir, CALLTRAIL_CACHE: "off", INIT_CWD: projectRoot },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("npm run add: a saved page is written as it was saved, named by its date and headline, and starts a call page", () => {
  const dir = emptyFolder();
  const run = cli(dir, ["tests/html/wordpress-og.html"]);
  assert.equal(run.code, 0, run.stderr);
  const name = "2023-03-14-modi-and-putin-talk-grain-and-payments-by-phone.html";
  assert.deepEqual(readdirSync(dir), [name]);
  assert.ok(readFileSync(path.join(dir, name)).equals(page));
  for (const line of [
    "published:  2023-03-14",
    "outlet:     The Deccan Ledger",
    "link:       https://deccanledger.example/2023/03/14/modi-putin-phone-grain-payments/",
    "leaders:    Narendra Modi, Vladimir Putin",
    "call date:  2023-03-13",
    "call page:  starts a new one, /calls/2023-03-13-modi-putin/",
  ])
    assert.ok(run.stdout.includes(line), `${line}\n${run.stdout}`);
  // The same page again is refused, naming the file already there.
  const again = cli(dir, ["tests/html/wordpress-og.html"]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, new RegExp(`not added: the same content as .*${name}`));
});

test("npm run add -: text on standard input, with its date, outlet and title given, joins the call it reports", () => {
  const dir = emptyFolder();
  writeFileSync(path.join(dir, "page.html"), page);
  const run = cli(dir, ["-", "--published", "2023-03-14", "--publisher", "Wire Desk", "--title", "Modi, Putin on fertiliser"], STORY);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /call page: {2}joins \/calls\/2023-03-13-modi-putin\/ \(with 1 other source\)/);
  const written = readFileSync(path.join(dir, "2023-03-14-modi-putin-on-fertiliser.txt"), "utf8");
  assert.equal(written, `---\ntitle: "Modi, Putin on fertiliser"\npublisher: "Wire Desk"\npublished: "2023-03-14"\n---\n${STORY}`);
});

test("npm run add: a wrong command line or a missing file exits non-zero with a clear message and writes nothing", () => {
  const dir = emptyFolder();
  const badUrl = cli(dir, ["tests/html/amp.html", "--url", "javascript:alert(1)"]);
  assert.deepEqual([badUrl.code, badUrl.stderr.trim()], [2, 'add: --url "javascript:alert(1)" is not an http(s) address']);
  assert.equal(cli(dir, ["tests/html/amp.html", "--published", "2024-13-01"]).code, 2);
  assert.equal(cli(dir, ["tests/html/amp.html", "--colour", "red"]).code, 2);
  assert.equal(cli(dir, []).code, 2);
  const missing = cli(dir, ["no-such-file.html"]);
  assert.deepEqual([missing.code, missing.stderr.trim()], [1, "add: cannot read no-such-file.html: no such file"]);
  assert.deepEqual(readdirSync(dir), []);
});

test("a text file is added as text; the same text again, or the same link, is refused naming the file", () => {
  const dir = emptyFolder();
  const first = add(dir, new TextEncoder().encode(STORY), "story.txt", { url: "https://wire.example/story#top" });
  assert.ok(first.ok);
  assert.equal(path.basename(first.file), "undated-modi-putin-talk-fertiliser.txt");
  // The same words with other front matter are the same article.
  const sameText = add(dir, new TextEncoder().encode(`---\npublisher: Other\n---\n${STORY}`), "copy.txt");
  assert.ok(
    !sameText.ok && /not added: the same text as .*undated-modi-putin-talk-fertiliser\.txt/.test(sameText.message),
    JSON.stringify(sameText),
  );
  // A different text at the same address (the fragment and a trailing slash do not count).
  const sameLink = add(dir, new TextEncoder().encode("Modi and Putin spoke by phone on Tuesday about trade.\n"), "other.txt", {
    url: "https://wire.example/story/",
  });
  assert.ok(
    !sameLink.ok &&
      /not added: the same link \(https:\/\/wire\.example\/story\/\) as .*undated-modi-putin-talk-fertiliser\.txt/.test(sameLink.message),
    JSON.stringify(sameLink),
  );
  assert.equal(readdirSync(dir).length, 1);
});

test("never overwrites: a second article with the same date and headline gets its own name", () => {
  const dir = emptyFolder();
  const text = (detail: string) =>
    new TextEncoder().encode(`Modi, Putin speak\nNarendra Modi and Vladimir Putin spoke by phone on Monday about ${detail}.\n`);
  const a = add(dir, text("trade"), null, { published: "2023-03-14" });
  const b = add(dir, text("energy"), null, { published: "2023-03-14" });
  assert.ok(a.ok && b.ok);
  assert.deepEqual(readdirSync(dir).sort(), ["2023-03-14-modi-putin-speak-2.txt", "2023-03-14-modi-putin-speak.txt"]);
});

test("an unreadable input is refused with the reason and the line, and nothing is written", () => {
  const dir = emptyFolder();
  const result = add(dir, readFileSync(path.join(projectRoot, "tests/hostile/bad-utf8.html")), "bad-utf8.html");
  assert.deepEqual(result, {
    ok: false,
    exitCode: 1,
    message: "bad-utf8.html:9: the page declares UTF-8 but is not valid UTF-8 (first bad byte on line 9); nothing was added",
  });
  assert.deepEqual(readdirSync(dir), []);
});

test("values given for a page go into a front matter block on top, which the build reads and which wins", () => {
  const dir = emptyFolder();
  const result = add(dir, page, "saved.html", { publisher: "Ledger Weekly", title: "Grain and payments" });
  assert.ok(result.ok);
  const written = readFileSync(result.file);
  const source = parseArticle(result.file, written, knownTopics, "2026-11-22");
  assert.deepEqual(
    [source.frontMatter.publisher, source.frontMatter.title, source.frontMatter.url],
    ["Ledger Weekly", "Grain and payments", "https://deccanledger.example/2023/03/14/modi-putin-phone-grain-payments/"],
  );
  assert.ok(written.subarray(written.length - page.length).equals(page), "the page follows as saved");
});

test("front matter blocks are ASCII, so they read the same before a page in any charset", () => {
  const block = frontMatterBlock({ title: 'Звонок "в" четверг', publisher: "Ledger" });
  assert.match(block, /^\p{ASCII}*$/u);
  const koi8 = readFileSync(path.join(projectRoot, "tests/hostile/russian-koi8-r.html"));
  const source = parseArticle("x.html", Buffer.concat([Buffer.from(block), koi8]), knownTopics, "2026-11-22");
  assert.equal(source.frontMatter.title, 'Звонок "в" четверг');
  assert.ok(source.body.includes("Президент России"));
});

test("a text's own front matter keeps its other keys when values are given", () => {
  const result = articleBytes(new TextEncoder().encode("---\ncallDate: 2022-07-01\ntopics: [trade]\n---\nText.\n"), "markdown", {
    publisher: "Desk",
  });
  assert.ok("bytes" in result);
  assert.equal(Buffer.from(result.bytes).toString("utf8"), "---\ncallDate: 2022-07-01\ntopics:\n  - trade\npublisher: Desk\n---\nText.\n");
});

test("names, formats and links: the small helpers", () => {
  assert.equal(slugOf("Modi, Putin discuss BRICS — and what’s next?"), "modi-putin-discuss-brics-and-whats-next");
  assert.equal(slugOf("Путин"), "article");
  assert.ok(slugOf("word ".repeat(40)).length <= 60);
  assert.equal(formatOfInput(null, new TextEncoder().encode("\n  <!DOCTYPE html><html>")), "html");
  assert.equal(formatOfInput(null, new TextEncoder().encode("Modi spoke to Putin.")), "text");
  assert.equal(formatOfInput("a.HTM", new Uint8Array()), "html");
  assert.equal(formatOfInput("a.md", new Uint8Array()), "markdown");
  assert.equal(comparableUrl("https://Example.org/a/b/#x"), "https://example.org/a/b");
});
