/**
 * Publishing a build: the site is written to a staging folder beside the
 * output and swapped in only when the build succeeded, so a failure (an
 * exception, or `--strict` refusing messages) never leaves a half-written or
 * emptied site behind.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { ExtractOutput } from "./extract-output.ts";

export type StageOutcome = { ok: true; summary: string } | { ok: false; reason: string };

const STAGING_MARK = ".staging-";

/** A sibling of the output folder (same file system, so the swap is a rename), unique to this process. */
export function stagingFolderFor(output: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}${STAGING_MARK}${process.pid}`);
}

/**
 * Runs `build` (which writes into `staging`) and, if it succeeds, replaces
 * `output` with `staging`. On failure the staging folder is removed and
 * `output` is untouched.
 */
export async function publishStaged(staging: string, output: string, build: () => Promise<StageOutcome>): Promise<StageOutcome> {
  removeAbandonedStaging(output);
  rmSync(staging, { recursive: true, force: true });
  let outcome: StageOutcome;
  try {
    outcome = await build();
  } catch (error) {
    outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.ok) swapIn(staging, output);
  else rmSync(staging, { recursive: true, force: true });
  return outcome;
}

function swapIn(staging: string, output: string): void {
  const previous = `${staging}.previous`;
  const hadOutput = existsSync(output);
  if (hadOutput) renameSync(output, previous);
  try {
    renameSync(staging, output);
  } catch (error) {
    if (hadOutput) renameSync(previous, output);
    throw error;
  }
  if (hadOutput) rmSync(previous, { recursive: true, force: true });
}

/** Staging folders of builds that were killed (their process is gone) would otherwise pile up. */
function removeAbandonedStaging(output: string): void {
  const prefix = `.${path.basename(output)}${STAGING_MARK}`;
  for (const name of readdirSync(path.dirname(output))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    if (pid !== process.pid) rmSync(path.join(path.dirname(output), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every message about an article in a built site, as `file:line: message`,
 * read from its `/calls.json` (the same list the report page shows).
 */
export function buildMessages(siteDir: string): string[] {
  const file = path.join(siteDir, "calls.json");
  if (!existsSync(file)) throw new Error(`the build wrote no ${path.relative(process.cwd(), file)}`);
  const data = JSON.parse(readFileSync(file, "utf8")) as Pick<ExtractOutput, "articles">;
  return data.articles.flatMap((article) => article.warnings);
}
