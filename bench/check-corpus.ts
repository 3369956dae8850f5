/**
 * `npm run --silent extract -- <folder> > out.json && tsx bench/check-corpus.ts <folder> out.json`
 * Compares what the extractor made of a generated corpus with what the
 * generator intended (corpus.json) and prints the share that matches, per field and per style.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractOutput } from "../src/pipeline.ts";
import type { CorpusManifest } from "./corpus/generate.ts";
import { MANIFEST_NAME } from "./corpus/generate.ts";

const [folder, outputFile] = process.argv.slice(2);
if (!folder || !outputFile) {
  process.stderr.write("usage: tsx bench/check-corpus.ts <corpus-folder> <extract-output.json>\n");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(path.join(folder, MANIFEST_NAME), "utf8")) as CorpusManifest;
const output = JSON.parse(readFileSync(outputFile, "utf8")) as ExtractOutput;
const byName = new Map(output.articles.map((a) => [path.basename(a.file), a]));

const fields = ["callId", "date", "participants", "initiator", "topics"] as const;
const hits: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
const styles = new Map<string, { total: number; right: number }>();
const misses: string[] = [];
let seen = 0;
for (const intended of manifest.articles) {
  const got = byName.get(intended.file);
  if (!got) continue;
  seen++;
  const actual = {
    callId: got.callId,
    date: got.date,
    participants: [...got.participants].sort().join("|"),
    initiator: got.initiator,
    topics: [...got.topics].sort().join("|"),
  };
  const wanted = {
    callId: intended.callId,
    date: intended.date,
    participants: [...intended.participants].sort().join("|"),
    initiator: intended.initiator,
    topics: intended.topics.join("|"),
  };
  for (const field of fields) if (actual[field] === wanted[field]) hits[field]!++;
  const style = styles.get(intended.style) ?? { total: 0, right: 0 };
  style.total++;
  if (actual.callId === wanted.callId) style.right++;
  else if (misses.length < 10) misses.push(`${intended.file}: wanted ${wanted.callId}, got ${actual.callId ?? got.status}`);
  styles.set(intended.style, style);
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
process.stdout.write(`${seen} of ${manifest.articles.length} generated articles checked\n`);
for (const field of fields) process.stdout.write(`  ${field.padEnd(13)} ${pct(hits[field]!, seen)}\n`);
for (const [style, s] of [...styles].sort())
  process.stdout.write(`  style ${style.padEnd(20)} right call ${pct(s.right, s.total)} of ${s.total}\n`);
const calls = output.calls.length;
process.stdout.write(
  `  calls found ${calls}, intended ${new Set(manifest.articles.filter((a) => byName.has(a.file)).map((a) => a.callId)).size}\n`,
);
for (const miss of misses) process.stdout.write(`  miss: ${miss}\n`);
