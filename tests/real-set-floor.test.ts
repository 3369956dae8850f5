/**
 * Floors on the real article set (`../shared/real`, beside the repository):
 * the extractor is run on its articles and scored with the port of its
 * scorer; no figure may fall below `real-set-floor.json`. The texts are read
 * at run time only. Where the folder is absent (a fresh clone elsewhere) the
 * tests are skipped with a message.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { REAL_FIGURE_NAMES, formatRealReport, scoreRealLabels } from "../src/evaluate/real-labels.ts";
import type { RealLabel } from "../src/evaluate/real-labels.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import type { ExtractOutput } from "../src/pipeline.ts";
import { projectRoot } from "./helpers/extract.ts";

const realDir = path.resolve(projectRoot, "../shared/real");
const articlesDir = path.join(realDir, "articles");
const goldFile = path.join(realDir, "gold.json");
const scorer = path.join(realDir, "score.py");
const absent = !existsSync(articlesDir) || !existsSync(goldFile);
const SKIP_MESSAGE = `the real article set is not here (${path.relative(projectRoot, articlesDir)} and gold.json beside the repository): nothing to measure`;

const floorFile = JSON.parse(readFileSync(path.join(import.meta.dirname, "real-set-floor.json"), "utf8")) as {
  measuredAt: string;
  floors: Record<string, number>;
};

let extracted: ExtractOutput | undefined;
/** The extractor's output on the real articles, with the cache off, computed once for both tests. */
function extractRealSet(): ExtractOutput {
  extracted ??= toExtractOutput(runPipeline({ inputs: [articlesDir], cache: false }));
  return extracted;
}

function goldLabels(): Record<string, RealLabel> {
  return (JSON.parse(readFileSync(goldFile, "utf8")) as { articles: Record<string, RealLabel> }).articles;
}

test("the floor file has one floor per figure of score.py", () => {
  assert.deepEqual(Object.keys(floorFile.floors).sort(), [...REAL_FIGURE_NAMES].sort());
});

test(`extraction on the real article set stays at or above its floors (measured at ${floorFile.measuredAt})`, (t) => {
  if (absent) {
    t.skip(SKIP_MESSAGE);
    return;
  }
  const score = scoreRealLabels(extractRealSet(), goldLabels());
  const below = REAL_FIGURE_NAMES.filter((name) => score.figures[name] < floorFile.floors[name]!);
  assert.deepEqual(
    below.map((name) => `${name} ${score.figures[name].toFixed(3)} (${score.details[name]}) < floor ${floorFile.floors[name]}`),
    [],
    `figures below their floor; run \`npm run accuracy -- ../shared/real/articles ../shared/real/gold.json --misses\` to see what is missed`,
  );
});

test("the TypeScript port prints what score.py prints on the real set", (t) => {
  if (absent || !existsSync(scorer)) {
    t.skip(SKIP_MESSAGE);
    return;
  }
  if (spawnSync("python3", ["--version"]).error) {
    t.skip("python3 is not installed: cannot run score.py to compare with");
    return;
  }
  const output = extractRealSet();
  const dir = mkdtempSync(path.join(tmpdir(), "real-set-"));
  try {
    const predicted = path.join(dir, "predicted.json");
    writeFileSync(predicted, JSON.stringify(output));
    const python = spawnSync("python3", [scorer, predicted, "--gold", goldFile], { encoding: "utf8" });
    assert.equal(python.stderr, "");
    assert.equal(formatRealReport(scoreRealLabels(output, goldLabels()), { misses: true }).join("\n") + "\n", python.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
