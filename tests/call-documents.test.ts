import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { createCallDocumentWriter } from "../src/render/call-documents.ts";
import type { CallView } from "../src/render/site-data.ts";

const BASE = "https://example.org/calls-archive/";

/** Only the fields a call document reads. */
function call(id: string, topic = "trade"): CallView {
  return {
    id,
    url: `/calls/${id}/`,
    date: id.slice(0, 10),
    participants: [{ name: "Narendra Modi", slug: "modi", country: "india", office: "Prime Minister of India" }],
    initiator: null,
    topics: [topic],
    quotes: [{ text: "We spoke <warmly>.", speaker: "Narendra Modi", sources: ["a.txt"] }],
    sourceViews: [{ title: "Leaders speak", publisher: "Example Times", url: null, publishedIso: null }],
    sources: [{ file: "a.txt" }],
    evidence: {},
  } as unknown as CallView;
}

const site = () => mkdtempSync(path.join(tmpdir(), "calltrail-docs-"));
const file = (dir: string, id: string) => path.join(dir, "calls", `${id}.json`);

test("writes one inert JSON document per call, with absolute URLs from the base", async () => {
  const dir = site();
  try {
    const result = await createCallDocumentWriter().write(dir, [call("2020-01-01-modi-putin"), call("2021-02-03-modi-putin")], BASE);
    assert.deepEqual(result, { written: 2, removed: 0 });
    const text = readFileSync(file(dir, "2020-01-01-modi-putin"), "utf8");
    assert.ok(!text.includes("<"), "markup characters are escaped");
    const record = JSON.parse(text) as { url: string; quotes: { text: string }[] };
    assert.equal(record.url, "https://example.org/calls-archive/calls/2020-01-01-modi-putin/");
    assert.equal(record.quotes[0]!.text, "We spoke <warmly>.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a second pass rewrites only changed documents, restores deleted ones and removes those of vanished calls", async () => {
  const dir = site();
  try {
    const writer = createCallDocumentWriter();
    await writer.write(dir, [call("2020-01-01-modi-putin"), call("2021-02-03-modi-putin"), call("2022-03-04-modi-putin")], BASE);
    const unchanged = statSync(file(dir, "2020-01-01-modi-putin")).mtimeMs;
    rmSync(file(dir, "2022-03-04-modi-putin"));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const result = await writer.write(
      dir,
      [call("2020-01-01-modi-putin"), call("2022-03-04-modi-putin"), call("2023-04-05-modi-putin", "energy")],
      BASE,
    );
    assert.deepEqual(result, { written: 2, removed: 1 });
    assert.equal(statSync(file(dir, "2020-01-01-modi-putin")).mtimeMs, unchanged, "an unchanged document is left alone");
    assert.ok(existsSync(file(dir, "2022-03-04-modi-putin")), "a deleted document is written again");
    assert.ok(!existsSync(file(dir, "2021-02-03-modi-putin")), "a vanished call's document is removed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an id that is not a plain slug never becomes a path", async () => {
  const dir = site();
  try {
    await assert.rejects(createCallDocumentWriter().write(dir, [call("../../escape")], BASE), /not a safe file name/);
    assert.ok(!existsSync(path.join(dir, "..", "escape.json")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a failed write rejects with the file system's reason, and the next pass writes every document again", async () => {
  const dir = site();
  try {
    const writer = createCallDocumentWriter();
    await writer.write(dir, [call("2020-01-01-modi-putin")], BASE);
    // A folder where a document should go makes its write fail.
    mkdirSync(file(dir, "2021-02-03-modi-putin"));
    await assert.rejects(
      writer.write(dir, [call("2020-01-01-modi-putin"), call("2021-02-03-modi-putin")], BASE),
      /EISDIR|illegal operation on a directory/,
    );
    rmSync(file(dir, "2021-02-03-modi-putin"), { recursive: true });
    const result = await writer.write(dir, [call("2020-01-01-modi-putin"), call("2021-02-03-modi-putin")], BASE);
    assert.deepEqual(result, { written: 2, removed: 0 });
    assert.ok(existsSync(file(dir, "2021-02-03-modi-putin")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("passes started together run one after the other, and idle() waits for the last", async () => {
  const dir = site();
  try {
    const writer = createCallDocumentWriter();
    const calls = [call("2020-01-01-modi-putin"), call("2021-02-03-modi-putin")];
    const first = writer.write(dir, calls, BASE);
    const second = writer.write(dir, calls, BASE);
    const failing = writer.write(dir, [call("../../escape")], BASE);
    failing.catch(() => {});
    assert.deepEqual(await first, { written: 2, removed: 0 });
    assert.deepEqual(await second, { written: 0, removed: 0 }, "the second pass saw what the first wrote");
    await writer.idle();
    await assert.rejects(failing, /not a safe file name/);
    assert.deepEqual(await writer.write(dir, calls, BASE), { written: 0, removed: 0 }, "a failed pass does not block the next");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
