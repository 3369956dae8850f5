/**
 * `npm run bench:corpus -- <N> <folder> [--seed=S]`: N synthetic articles in
 * <folder> (never inside content/), plus corpus.json with what each should yield.
 */
import path from "node:path";
import { loadReference } from "../src/data/load.ts";
import { generateCorpus } from "./corpus/generate.ts";

const args = process.argv.slice(2);
const seedArg = args.find((a) => a.startsWith("--seed="));
const [countArg, folderArg] = args.filter((a) => !a.startsWith("--"));
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !folderArg) {
  process.stderr.write("usage: npm run bench:corpus -- <N> <folder> [--seed=S]\n");
  process.exit(2);
}
const folder = path.resolve(folderArg);
const content = path.resolve(import.meta.dirname, "../content");
if (folder === content || folder.startsWith(content + path.sep)) {
  process.stderr.write("bench:corpus: write the corpus outside content/, so it never ends up in the real site\n");
  process.exit(2);
}
const seed = seedArg ? Number(seedArg.split("=")[1]) : 1;
const started = performance.now();
const manifest = generateCorpus(count, folder, seed, loadReference());
process.stdout.write(
  `bench:corpus: ${manifest.articles.length} articles about ${manifest.calls} calls in ` +
    `${folder} (seed ${seed}, ${Math.round(performance.now() - started)} ms)\n`,
);
