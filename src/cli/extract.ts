/**
 * `npm run --silent extract -- <file-or-folder>...`
 * Prints one JSON object, `{ "articles": [...], "calls": [...] }`, and nothing else.
 */
import { toExtractOutput } from "../extract-output.ts";
import { articlesDir, runPipeline } from "../pipeline.ts";

const inputs = process.argv.slice(2);
try {
  const archive = runPipeline({ inputs: inputs.length ? inputs : [articlesDir()] });
  process.stdout.write(`${JSON.stringify(toExtractOutput(archive), null, 2)}\n`);
} catch (error) {
  process.stderr.write(`extract: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
