import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { generateCorpus } from "../bench/corpus/generate.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { extractor, reference } from "./helpers/extract.ts";

const made: string[] = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-bench-corpus-"));
  made.push(dir);
  return dir;
};
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const contents = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name), "utf8")]);

test("the benchmark corpus is the same for the same seed and differs for another", () => {
  const [a, b, c] = [temp(), temp(), temp()];
  generateCorpus(40, a, 5, reference);
  generateCorpus(40, b, 5, reference);
  generateCorpus(40, c, 6, reference);
  assert.deepEqual(contents(a), contents(b));
  assert.notDeepEqual(contents(a), contents(c));
  assert.equal(readdirSync(a).filter((n) => /\.(txt|md)$/.test(n)).length, 40);
});

test("the extractor turns generated articles into the calls the generator planned", () => {
  const dir = temp();
  const manifest = generateCorpus(120, dir, 11, reference);
  const output = toExtractOutput(runPipeline({ inputs: [dir], extractor, cache: false }));
  const byName = new Map(output.articles.map((a) => [path.basename(a.file), a]));
  const right = manifest.articles.filter((a) => byName.get(a.file)?.callId === a.callId).length;
  assert.ok(right / manifest.articles.length >= 0.95, `${right} of ${manifest.articles.length} articles placed on their planned call`);
  // At most 4 articles per call (every call in the manifest has at least the one that names it).
  const perCall = new Map<string, number>();
  for (const a of manifest.articles) perCall.set(a.callId, (perCall.get(a.callId) ?? 0) + 1);
  assert.ok([...perCall.values()].every((n) => n <= 4));
  assert.equal(perCall.size, manifest.calls);
});
