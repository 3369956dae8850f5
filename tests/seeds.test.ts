import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { projectRoot } from "./helpers/extract.ts";

const seeds = (name: string) => path.join("content/articles", name);

test("the five seed articles give exactly three calls, each with its sources", () => {
  process.chdir(projectRoot);
  const output = toExtractOutput(runPipeline({ inputs: ["content/articles"] }));
  assert.deepEqual(
    output.calls.map((c) => [c.id, c.date, c.participants, [...c.sources].sort()]),
    [
      ["2019-01-07-modi-putin", "2019-01-07", ["Narendra Modi", "Vladimir Putin"], [seeds("000_1baf2193bae4fe4b.txt")]],
      [
        "2021-12-20-modi-putin",
        "2021-12-20",
        ["Narendra Modi", "Vladimir Putin"],
        [seeds("003_f52150136d04a091.txt"), seeds("004_ff46239a7c5f29a8.txt")],
      ],
      [
        "2024-01-15-modi-putin",
        "2024-01-15",
        ["Narendra Modi", "Vladimir Putin"],
        [seeds("001_ba6a25559ff93d2e.txt"), seeds("002_51e1b8036cf830dd.txt")],
      ],
    ],
  );
  assert.ok(
    output.articles.every((a) => a.status === "placed"),
    "every seed is placed in a call",
  );
});

test("the seeds' hard cases: weekday-only text, a later date line, a wrong title, an embedded tweet", () => {
  process.chdir(projectRoot);
  const { articles, calls } = toExtractOutput(runPipeline({ inputs: ["content/articles"] }));
  const byName = (name: string) => articles.find((a) => a.file.endsWith(name))!;

  const undated = byName("001_ba6a25559ff93d2e.txt");
  assert.equal(undated.callId, "2024-01-15-modi-putin");
  assert.ok(undated.warnings.some((w) => /does not give the call date/.test(w)));

  const laterDateLine = byName("002_51e1b8036cf830dd.txt");
  assert.equal(laterDateLine.date, "2024-01-15");
  assert.ok(laterDateLine.warnings.some((w) => /Russian Prime Minister/.test(w) && /President of Russia/.test(w)));

  const tweet = byName("004_ff46239a7c5f29a8.txt").quotes.find((q) => q.text.startsWith("Spoke with my friend"));
  assert.equal(tweet?.speaker, "Narendra Modi");
  assert.ok(!tweet.text.includes("@KremlinRussia_E"), "the trailing @mention is not part of the post");

  const december = calls.find((c) => c.id === "2021-12-20-modi-putin")!;
  assert.equal(december.initiator, "Vladimir Putin", "“the call was made by the Russian President”");
  const shared = december.quotes.filter((q) => q.text.startsWith("Spoke with my friend"));
  assert.equal(shared.length, 1, "the tweet both outlets report appears once");
  assert.equal(shared[0]!.sources.length, 2);
});
