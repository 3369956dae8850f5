import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { score } from "../src/evaluate/accuracy.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { projectRoot } from "./helpers/extract.ts";

/**
 * Regression floors on the hand-written corpus: the figures the extractor
 * reached when this was written (topics and speakers rounded down to two
 * places). They may only go up.
 */
const FLOORS: Record<string, number> = {
  "reports a leader call or not": 1,
  "call date": 1,
  participants: 1,
  "initiator, where stated": 1,
  "topics (micro F1)": 0.96,
  "quotes recall": 1,
  "quotes precision": 1,
  "quote speaker": 0.97,
  "same-call grouping (pairwise F1)": 1,
};

test("extraction on the hand-written corpus stays at or above its floors", () => {
  const corpus = path.join(projectRoot, "tests/corpus");
  const expected = JSON.parse(readFileSync(path.join(corpus, "expected.json"), "utf8")).articles;
  assert.ok(Object.keys(expected).length >= 60, "the corpus has at least sixty labelled articles");
  const figures = score(toExtractOutput(runPipeline({ inputs: [corpus] })), expected);
  assert.deepEqual(figures.map((f) => f.name).sort(), Object.keys(FLOORS).sort());
  for (const figure of figures) {
    assert.ok(figure.value >= FLOORS[figure.name]!, `${figure.name}: ${figure.value.toFixed(3)} < ${FLOORS[figure.name]} (${figure.detail}); misses: ${figure.misses.slice(0, 5).join("; ")}`);
  }
});
