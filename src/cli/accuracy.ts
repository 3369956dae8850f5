/**
 * `npm run accuracy -- <folder> <labels.json> [--misses]`
 * Runs extraction on a labelled folder and prints its figures against their
 * targets. The labels are either our corpus format (`tests/corpus/expected.json`)
 * or the real set's (`../shared/real/gold.json`, or a subset of it), told
 * apart by their shape; for the real set the output is score.py's, line for line.
 */
import { readFileSync } from "node:fs";
import { score } from "../evaluate/accuracy.ts";
import { readLabelFile } from "../evaluate/label-file.ts";
import { formatRealReport, scoreRealLabels } from "../evaluate/real-labels.ts";
import { toExtractOutput } from "../extract-output.ts";
import { runPipeline } from "../pipeline.ts";

const [folder, labelsFile] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showMisses = process.argv.includes("--misses");
if (!folder || !labelsFile) {
  process.stderr.write("usage: npm run accuracy -- <folder> <labels.json> [--misses]\n");
  process.exit(2);
}
let labels;
try {
  labels = readLabelFile(JSON.parse(readFileSync(labelsFile, "utf8")));
} catch (error) {
  process.stderr.write(`accuracy: ${labelsFile}: ${(error as Error).message}\n`);
  process.exit(2);
}
const output = toExtractOutput(runPipeline({ inputs: [folder] }));
if (labels.format === "real") {
  for (const line of formatRealReport(scoreRealLabels(output, labels.articles), { misses: showMisses })) console.log(line);
} else {
  for (const f of score(output, labels.articles)) {
    const mark = f.value >= f.target ? "ok  " : "LOW ";
    console.log(
      `${mark}${f.name.padEnd(36)} ${(f.value * 100).toFixed(1).padStart(6)} %  (target ${(f.target * 100).toFixed(0)} %; ${f.detail})`,
    );
    if (showMisses) for (const m of f.misses) console.log(`      ${m}`);
  }
}
