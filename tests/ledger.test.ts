import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { LedgerError, ledgerPath, parseLedger, readLedger, serializeLedger, writeLedger } from "../src/ledger/file.ts";
import type { CurrentCall, CurrentSource, CurrentState, LedgerEntry } from "../src/ledger/ledger.ts";
import { updateLedger } from "../src/ledger/ledger.ts";
import { CHANGES_PER_PAGE, CHANGES_SHOWN, ledgerSiteData } from "../src/ledger/pages.ts";
import type { CallView } from "../src/render/site-data.ts";
import { projectRoot } from "./helpers/extract.ts";

/**
 * A toy archive for the pure ledger update: each file says which call it
 * reports ("2020-01-14 modi putin"), or "meeting" (not a call). Its content
 * hash changes with what it says, as a real file's would when edited.
 */
type Files = Map<string, { key: string; publisher?: string }>;

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const NAMES: Record<string, string> = {
  modi: "Narendra Modi",
  putin: "Vladimir Putin",
  medvedev: "Dmitry Medvedev",
  singh: "Manmohan Singh",
};

function stateOf(files: Files): CurrentState {
  const calls = new Map<string, CurrentCall>();
  const sources: CurrentSource[] = [];
  for (const [file, { key, publisher }] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const hash = sha(`${file.length % 3}:${key}:${publisher ?? ""}`);
    if (key === "meeting") {
      sources.push({ file, sha256: hash, status: "not-a-call", callId: null, date: null, publisher: publisher ?? null });
      continue;
    }
    const [date, ...leaders] = key.split(" ");
    const id = `${date}-${leaders.join("-")}`;
    const call = calls.get(id) ?? { id, date: date!, leaders, names: leaders.map((l) => NAMES[l]).join(" and "), sources: [] };
    call.sources.push({ file, sha256: hash });
    calls.set(id, call);
    sources.push({ file, sha256: hash, status: "placed", callId: id, date: date!, publisher: publisher ?? null });
  }
  return { calls: [...calls.values()], sources };
}

/** Builds in turn over the given states; returns the ledger and changes of each. */
function buildAll(states: Files[]) {
  let ledger: LedgerEntry[] = [];
  return states.map((files) => {
    const update = updateLedger(ledger, stateOf(files));
    ledger = update.ledger;
    return update;
  });
}

const entry = (ledger: LedgerEntry[], id: string) => ledger.find((e) => e.id === id);

test("an edited date moves the id, and says why", () => {
  const [, second] = buildAll([
    new Map([["call.md", { key: "2020-01-14 modi putin" }]]),
    new Map([["call.md", { key: "2020-01-13 modi putin" }]]),
  ]);
  assert.equal(entry(second!.ledger, "2020-01-13-modi-putin")?.status, "live");
  const old = entry(second!.ledger, "2020-01-14-modi-putin")!;
  assert.equal(old.status, "moved");
  assert.equal(old.movedTo, "2020-01-13-modi-putin");
  assert.equal(old.reason, "dated 13 January 2020 after a correction to call.md");
  assert.deepEqual(second!.changes, [{ id: "2020-01-14-modi-putin", kind: "moved", to: "2020-01-13-modi-putin", reason: old.reason }]);
});

test("a new source that pins the date is named; unchanged sources read differently are 're-read'", () => {
  const first = stateOf(new Map([["a.txt", { key: "2020-01-14 modi putin" }]]));
  const again = stateOf(new Map([["a.txt", { key: "2020-01-13 modi putin" }]]));
  // Same bytes, read differently (a better extractor): the hash stays, the call moves.
  const firstHash = first.calls[0]!.sources[0]!.sha256;
  again.sources[0]!.sha256 = firstHash;
  again.calls[0]!.sources[0]!.sha256 = firstHash;
  const reread = updateLedger(updateLedger([], first).ledger, again);
  assert.equal(entry(reread.ledger, "2020-01-14-modi-putin")!.reason, "dated 13 January 2020, re-read from its sources");

  const pinned = stateOf(
    new Map([
      ["a.txt", { key: "2020-01-13 modi putin" }],
      ["wire.md", { key: "2020-01-13 modi putin", publisher: "Harbour Line News" }],
    ]),
  );
  pinned.sources.find((s) => s.file === "a.txt")!.sha256 = firstHash;
  pinned.calls[0]!.sources.find((s) => s.file === "a.txt")!.sha256 = firstHash;
  const byNew = updateLedger(updateLedger([], first).ledger, pinned);
  assert.equal(
    entry(byNew.ledger, "2020-01-14-modi-putin")!.reason,
    "dated 13 January 2020 after Harbour Line News (wire.md) gave the date",
  );
});

test("two published ids that become one call are merged, both leading to it", () => {
  const [, , third] = buildAll([
    new Map([
      ["a.md", { key: "2020-03-02 modi putin" }],
      ["b.md", { key: "2020-03-03 modi putin" }],
    ]),
    new Map([
      ["a.md", { key: "2020-03-02 modi putin" }],
      ["b.md", { key: "2020-03-03 modi putin" }],
    ]),
    new Map([
      ["a.md", { key: "2020-03-04 modi putin" }],
      ["b.md", { key: "2020-03-04 modi putin" }],
    ]),
  ]);
  for (const id of ["2020-03-02-modi-putin", "2020-03-03-modi-putin"]) {
    const e = entry(third!.ledger, id)!;
    assert.equal(e.status, "moved");
    assert.equal(e.movedTo, "2020-03-04-modi-putin");
    assert.equal(e.merged, true);
  }
  assert.deepEqual(
    third!.changes.map((c) => c.kind),
    ["merged", "merged"],
  );
  assert.match(
    entry(third!.ledger, "2020-03-02-modi-putin")!.reason!,
    /^merged with 2020-03-03-modi-putin and dated 4 March 2020 after a correction to a\.md/,
  );
});

test("an id whose sources are gone or no longer calls is withdrawn; one that comes back is live again", () => {
  const [, removed, meeting, back] = buildAll([
    new Map([
      ["a.md", { key: "2020-05-01 modi putin" }],
      ["b.md", { key: "2020-05-01 modi putin" }],
    ]),
    new Map([["b.md", { key: "2020-05-01 modi putin" }]]),
    new Map([["b.md", { key: "meeting" }]]),
    new Map([["b.md", { key: "2020-05-01 modi putin" }]]),
  ]);
  assert.equal(entry(removed!.ledger, "2020-05-01-modi-putin")!.status, "live");
  const withdrawn = entry(meeting!.ledger, "2020-05-01-modi-putin")!;
  assert.equal(withdrawn.status, "withdrawn");
  assert.equal(withdrawn.reason, "its only source, b.md, is now read as not an India–Russia leader call");
  assert.deepEqual(
    meeting!.changes.map((c) => c.kind),
    ["withdrawn"],
  );
  assert.equal(entry(back!.ledger, "2020-05-01-modi-putin")!.status, "live");
  assert.deepEqual(
    back!.changes.map((c) => c.kind),
    ["live again"],
  );
});

test("a move of a moved call's target leads the old id to the final page, never through a chain", () => {
  const steps = buildAll(["2020-01-14", "2020-01-13", "2020-01-12"].map((date) => new Map([["call.md", { key: `${date} modi putin` }]])));
  const last = steps.at(-1)!.ledger;
  assert.equal(entry(last, "2020-01-14-modi-putin")!.movedTo, "2020-01-12-modi-putin");
  assert.equal(entry(last, "2020-01-13-modi-putin")!.movedTo, "2020-01-12-modi-putin");
});

test("a renamed file is followed by its content", () => {
  const [, renamed, edited] = buildAll([
    new Map([["old-name.md", { key: "2020-01-14 modi putin" }]]),
    new Map([["new-name.md", { key: "2020-01-14 modi putin" }]]),
    new Map([["new-name.md", { key: "2020-01-13 modi putin" }]]),
  ]);
  assert.equal(entry(renamed!.ledger, "2020-01-14-modi-putin")!.status, "live");
  assert.equal(entry(edited!.ledger, "2020-01-14-modi-putin")!.movedTo, "2020-01-13-modi-putin");
});

test("a source that became a duplicate of a file on a call is followed to that call", () => {
  const hash = sha("same bytes");
  const previous: LedgerEntry[] = [
    {
      id: "2020-01-14-modi-putin",
      status: "live",
      date: "2020-01-14",
      leaders: ["modi", "putin"],
      sources: [{ file: "b.md", sha256: hash }],
    },
  ];
  const { ledger } = updateLedger(previous, {
    calls: [
      {
        id: "2020-01-13-modi-putin",
        date: "2020-01-13",
        leaders: ["modi", "putin"],
        names: "Narendra Modi and Vladimir Putin",
        sources: [{ file: "a.md", sha256: hash }],
      },
    ],
    sources: [
      { file: "a.md", sha256: hash, status: "placed", callId: "2020-01-13-modi-putin", date: "2020-01-13", publisher: null },
      { file: "b.md", sha256: hash, status: "duplicate", callId: null, date: "2020-01-13", publisher: null },
    ],
  });
  assert.equal(entry(ledger, "2020-01-14-modi-putin")!.movedTo, "2020-01-13-modi-putin");
});

/** Operations on the toy archive: add, edit (a new date, new leaders, or a meeting), remove, rename. */
const KEYS = [
  "2020-01-12 modi putin",
  "2020-01-13 modi putin",
  "2020-01-14 modi putin",
  "2021-06-01 modi putin",
  "2021-06-01 singh medvedev",
  "meeting",
];
const operation = fc.oneof(
  fc.record({ op: fc.constant("add" as const), file: fc.integer({ min: 0, max: 7 }), key: fc.constantFrom(...KEYS) }),
  fc.record({ op: fc.constant("edit" as const), file: fc.integer({ min: 0, max: 7 }), key: fc.constantFrom(...KEYS) }),
  fc.record({ op: fc.constant("remove" as const), file: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant("rename" as const), file: fc.integer({ min: 0, max: 7 }), to: fc.integer({ min: 0, max: 7 }) }),
);

test("property: after any sequence of adds, edits, removals and renames, every id ever published resolves", () => {
  fc.assert(
    fc.property(fc.array(fc.array(operation, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), (builds) => {
      const files: Files = new Map();
      let ledger: LedgerEntry[] = [];
      const everPublished = new Set<string>();
      for (const operations of builds) {
        for (const o of operations) {
          const name = `f${o.file}.md`;
          if (o.op === "add" && !files.has(name)) files.set(name, { key: o.key });
          else if (o.op === "edit" && files.has(name)) files.set(name, { key: o.key });
          else if (o.op === "remove") files.delete(name);
          else if (o.op === "rename" && files.has(name) && !files.has(`f${o.to}.md`)) {
            files.set(`f${o.to}.md`, files.get(name)!);
            files.delete(name);
          }
        }
        const state = stateOf(files);
        const update = updateLedger(ledger, state);
        // Pure and settled: the same input gives the same output, and a build with nothing changed changes nothing.
        assert.deepEqual(updateLedger(ledger, state), update);
        const settled = updateLedger(update.ledger, state);
        assert.deepEqual(settled.ledger, update.ledger);
        assert.deepEqual(settled.changes, []);
        // The file round-trips.
        assert.deepEqual(parseLedger(serializeLedger(update.ledger), "ledger.jsonl"), update.ledger);
        ledger = update.ledger;
        for (const call of state.calls) everPublished.add(call.id);

        const live = new Set(state.calls.map((c) => c.id));
        const byId = new Map(ledger.map((e) => [e.id, e]));
        assert.deepEqual([...byId.keys()], [...byId.keys()].sort(), "sorted by id");
        for (const id of everPublished) {
          const e = byId.get(id);
          assert.ok(e, `${id} is still in the ledger`);
          if (e.status === "live") assert.ok(live.has(id), `${id} is live only when it is a call now`);
          else if (e.status === "moved") assert.ok(live.has(e.movedTo!), `${id} leads to a live call, not ${e.movedTo}`);
          else assert.ok(e.reason, `${id} says why it was withdrawn`);
          if (live.has(id)) assert.equal(e.status, "live", `${id} is a call now, so it is live`);
        }
        // Ids come from date and leaders only: the ledger never names a live id the archive does not have.
        for (const e of ledger) if (e.status === "live") assert.ok(live.has(e.id));
      }
    }),
    { numRuns: Number(process.env.LEDGER_RUNS ?? 1000) },
  );
});

test("the ledger file: a missing one is empty; a broken line is an error naming the file and line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-ledger-"));
  const file = path.join(dir, "published-ids.jsonl");
  assert.deepEqual(readLedger(file), []);
  const { ledger } = updateLedger([], stateOf(new Map([["a.md", { key: "2020-01-14 modi putin" }]])));
  assert.equal(writeLedger(file, ledger), true);
  assert.equal(writeLedger(file, ledger), false, "unchanged: not written again");
  assert.deepEqual(readLedger(file), ledger);

  const lines = readFileSync(file, "utf8").split("\n");
  const broken: [string, RegExp][] = [
    ["{not json", /published-ids\.jsonl:3: not a JSON object/],
    [lines[2]!.replace('"status":"live"', '"status":"gone"'), /:3: "status" must be one of live, moved, withdrawn/],
    [lines[2]!.replace('"date":"2020-01-14"', '"date":"2020-02-30"'), /:3: "date" must be a date/],
    [lines[2]!.replace(/"sha256":"[0-9a-f]+"/, '"sha256":"xyz"'), /:3: each source must be/],
    [lines[2]!.replace('"status":"live"', '"status":"moved"'), /:3: a moved id needs "movedTo"/],
    [lines[2]!.replace('"id":"2020-01-14-modi-putin"', '"id":"../etc"'), /:3: "id" must be a call id/],
    [`${lines[2]}\n${lines[2]}`, /:4: id 2020-01-14-modi-putin is listed twice/],
  ];
  for (const [line, message] of broken) {
    writeFileSync(file, [...lines.slice(0, 2), line, ""].join("\n"));
    assert.throws(
      () => readLedger(file),
      (error: Error) => error instanceof LedgerError && message.test(error.message),
      line,
    );
  }
});

test("where the ledger lives: content/data for the project's articles, the cache for any other folder, CALLTRAIL_LEDGER above both", () => {
  const defaultArticles = path.join(projectRoot, "content/articles");
  assert.equal(ledgerPath(defaultArticles, defaultArticles, {}), path.join(projectRoot, "content/data/published-ids.jsonl"));
  const other = ledgerPath("/tmp/some-articles", defaultArticles, { CALLTRAIL_CACHE_DIR: "/tmp/cache" });
  assert.match(other, /^\/tmp\/cache\/ledgers\/[0-9a-f]{16}-published-ids\.jsonl$/);
  assert.notEqual(ledgerPath("/tmp/other-articles", defaultArticles, { CALLTRAIL_CACHE_DIR: "/tmp/cache" }), other);
  assert.equal(ledgerPath(defaultArticles, defaultArticles, { CALLTRAIL_LEDGER: "/tmp/x.jsonl" }), "/tmp/x.jsonl");
});

test("a build that moves many calls keeps the report small: the first changes on /report/, all of them a page at a time", () => {
  const count = CHANGES_PER_PAGE + 50;
  const day = (i: number) => new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const before = new Map(Array.from({ length: count }, (_, i) => [`f${i}.md`, { key: `${day(2 * i)} modi putin` }]));
  const after = new Map(Array.from({ length: count }, (_, i) => [`f${i}.md`, { key: `${day(2 * i + 1)} modi putin` }]));
  const [, moved] = buildAll([before, after]);
  const current = stateOf(after);
  const calls = current.calls.map((c) => ({ id: c.id, url: `/calls/${c.id}/`, headline: c.id }) as CallView);
  const { formerCalls, ledgerReport } = ledgerSiteData({ ...moved!, file: "ledger.jsonl", current }, calls, []);
  assert.equal(formerCalls.length, count);
  assert.equal(ledgerReport.changes.length, count);
  assert.equal(ledgerReport.shown.length, CHANGES_SHOWN);
  assert.deepEqual(
    ledgerReport.changePages.map((p) => [p.url, p.items.length]),
    [
      ["/report/addresses/", CHANGES_PER_PAGE],
      ["/report/addresses/2/", 50],
    ],
  );
});
