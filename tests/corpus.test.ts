import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { score } from "../src/evaluate/accuracy.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { projectRoot } from "./helpers/extract.ts";

type Floors = Record<string, number>;

/**
 * Regression floors on the hand-written corpus: the figures the extractor
 * reached when this was written (topics and speakers rounded down to two
 * places). They may only go up.
 */
const FLOORS: Floors = {
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

/**
 * Floors on the blind batch (tests/corpus/.blind/batch-1), written before the rules
 * were tuned on it; its README has the figures measured before any change.
 */
const BLIND_FLOORS: Floors = {
  "reports a leader call or not": 1,
  "call date": 1,
  participants: 1,
  "initiator, where stated": 1,
  "topics (micro F1)": 1,
  "quotes recall": 1,
  "quotes precision": 1,
  "quote speaker": 1,
  "same-call grouping (pairwise F1)": 1,
};

/** The second, smaller blind batch (tests/corpus/.blind/batch-2), also measured before tuning. */
const BLIND2_FLOORS: Floors = { ...BLIND_FLOORS, "topics (micro F1)": 1 };

/** The third blind batch (tests/corpus/.blind/batch-3), also measured before tuning. */
const BLIND3_FLOORS: Floors = { ...BLIND2_FLOORS };

/** The fourth blind batch (tests/corpus/.blind/batch-4), also measured before tuning. */
const BLIND4_FLOORS: Floors = { ...BLIND2_FLOORS };

/** The fifth blind batch (tests/corpus/.blind/batch-5), also measured before tuning. */
const BLIND5_FLOORS: Floors = { ...BLIND2_FLOORS };

/**
 * The sixth blind batch (tests/corpus/.blind/batch-6): dates. "Earlier this week" with
 * nothing else cannot be pinned to a day, so one date stays missed.
 */
const BLIND6_FLOORS: Floors = { ...BLIND2_FLOORS, "call date": 0.75 };

/** The seventh blind batch (tests/corpus/.blind/batch-7), also measured before tuning; its README has those figures. */
const BLIND7_FLOORS: Floors = { ...BLIND2_FLOORS };

/** The eighth blind batch (tests/corpus/.blind/batch-8), also measured before tuning. */
const BLIND8_FLOORS: Floors = { ...BLIND2_FLOORS };

/** The ninth blind batch (tests/corpus/.blind/batch-9), also measured before tuning. */
const BLIND9_FLOORS: Floors = { ...BLIND2_FLOORS };

/** The tenth blind batch (tests/corpus/.blind/batch-10), also measured before tuning. */
const BLIND10_FLOORS: Floors = { ...BLIND2_FLOORS };

/** Scores one labelled folder: only the files its expected.json lists, so sub-folders stay separate batches. */
function checkFloors(folder: string, floors: Floors, minimum: number): void {
  const corpus = path.join(projectRoot, folder);
  const expected = JSON.parse(readFileSync(path.join(corpus, "expected.json"), "utf8")).articles;
  assert.ok(Object.keys(expected).length >= minimum, `${folder} has at least ${minimum} labelled articles`);
  const inputs = Object.keys(expected).map((name) => path.join(corpus, name));
  const figures = score(toExtractOutput(runPipeline({ inputs })), expected);
  assert.deepEqual(figures.map((f) => f.name).sort(), Object.keys(floors).sort());
  for (const figure of figures) {
    assert.ok(figure.value >= floors[figure.name]!, `${folder}: ${figure.name}: ${figure.value.toFixed(3)} < ${floors[figure.name]} (${figure.detail}); misses: ${figure.misses.slice(0, 5).join("; ")}`);
  }
}

test("extraction on the hand-written corpus stays at or above its floors", () => {
  checkFloors("tests/corpus", FLOORS, 60);
});

test("extraction on the blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-1", BLIND_FLOORS, 20);
});

test("extraction on the second blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-2", BLIND2_FLOORS, 10);
});

test("extraction on the third blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-3", BLIND3_FLOORS, 10);
});

test("extraction on the fourth blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-4", BLIND4_FLOORS, 7);
});

test("extraction on the fifth blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-5", BLIND5_FLOORS, 5);
});

test("extraction on the sixth blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-6", BLIND6_FLOORS, 4);
});

test("extraction on the seventh blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-7", BLIND7_FLOORS, 10);
});

test("extraction on the eighth blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-8", BLIND8_FLOORS, 6);
});

test("extraction on the ninth blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-9", BLIND9_FLOORS, 4);
});

test("extraction on the tenth blind batch stays at or above its floors", () => {
  checkFloors("tests/corpus/.blind/batch-10", BLIND10_FLOORS, 4);
});
