/**
 * `npm run accuracy -- <folder> <expected.json> [--misses]`
 * Prints the extraction figures for a labelled folder, against their targets.
 */
import { readFileSync } from "node:fs";
import { score } from "../evaluate/accuracy.ts";
import { runPipeline, toExtractOutput } from "../pipeline.ts";

const [folder, expectedFile] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!folder || !expectedFile) {
  process.stderr.write("usage: npm run accuracy -- <folder> <expected.json> [--misses]\n");
  process.exit(2);
}
const expected = JSON.parse(readFileSync(expectedFile, "utf8")).articles;
const figures = score(toExtractOutput(runPipeline({ inputs: [folder] })), expected);
for (const f of figures) {
  const mark = f.value >= f.target ? "ok  " : "LOW ";
  console.log(`${mark}${f.name.padEnd(36)} ${(f.value * 100).toFixed(1).padStart(6)} %  (target ${(f.target * 100).toFixed(0)} %; ${f.detail})`);
  if (process.argv.includes("--misses")) for (const m of f.misses) console.log(`      ${m}`);
}
