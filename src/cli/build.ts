/**
 * `npm run build`: the site in `_site/`. It is written to a staging folder
 * first and swapped in only when the build succeeds, so a failed build leaves
 * the previous site as it was.
 * `npm run build -- --strict`: any message about an article (a warning or an
 * error) fails the build, and `_site/` is left as it was.
 * `--output=<dir>` writes somewhere other than `_site/`.
 * `npm start`: build, then serve on http://localhost:8080 and rebuild on
 * changes. Added or edited articles only re-render the pages whose data
 * changed (see `src/cache/incremental-render.ts`); anything else rebuilds
 * everything. Serving rewrites pages in place; only full builds are staged.
 */
import { readdirSync, rmdirSync, rmSync, statSync, watch } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { IncrementalRender } from "../cache/incremental-render.ts";
import { installIncrementalRender } from "../cache/incremental-render.ts";
import { commitLedger } from "../ledger/published.ts";
import { articlesDir, latestCallIds } from "../pipeline.ts";
import { buildMessages, publishStaged, stagingFolderFor } from "../publish.ts";
import { callDocuments } from "../render/call-documents.ts";
import { writeWithSearchIndex } from "../render/search-index.ts";
import { plural } from "../render/summary.ts";

const root = path.resolve(import.meta.dirname, "../..");
const outputArg = process.argv.find((arg) => arg.startsWith("--output="));
const output = path.resolve(root, outputArg ? outputArg.slice("--output=".length) : "_site");
const serve = process.argv.includes("--serve");
const strict = process.argv.includes("--strict");
const prefixArg = process.argv.find((arg) => arg.startsWith("--pathprefix="));

process.chdir(root);
// In watch mode this process watches the articles itself (see below), so Eleventy's watcher leaves them alone.
if (serve) process.env.CALLTRAIL_ARTICLE_WATCH = "own";
const render = serve ? await installIncrementalRender() : undefined;
let articlePass = false;

function eleventyFor(outputDir: string) {
  return new Eleventy("src/site", path.relative(root, outputDir), {
    configPath: ".eleventy.ts",
    runMode: serve ? "serve" : "build",
    quietMode: !serve,
    ...(prefixArg ? { pathPrefix: prefixArg.split("=")[1] } : {}),
    // Every build Eleventy starts by itself (templates, layouts, data files changed) renders every page.
    config: (eleventyConfig: any) => {
      eleventyConfig.on("eleventy.before", () => render?.setIncremental(articlePass));
      // While serving, every pass writes its pages in place: its call ids are published once it ends.
      if (serve) eleventyConfig.on("eleventy.after", () => recordPublishedIds());
    },
  });
}

const eleventy = eleventyFor(serve ? output : stagingFolderFor(output));
if (serve) {
  rmSync(output, { recursive: true, force: true });
  // Index once at start; the index is not refreshed on later rebuilds while serving.
  await writeWithSearchIndex(output, async () => {
    await eleventy.init();
    await eleventy.write();
  });
  await eleventy.watch();
  eleventy.serve(8080);
  watchArticles(articlesDir(), render!);
} else {
  const staging = stagingFolderFor(output);
  const outcome = await publishStaged(staging, output, async () => {
    // A failed render skips eleventy.after, where the call records are awaited: wait here, before the staging folder may be removed.
    const { pages } = await writeWithSearchIndex(staging, () => eleventy.write().finally(() => callDocuments.idle()));
    console.log(`calltrail: search index of ${pages} pages written`);
    const messages = buildMessages(staging);
    for (const message of messages) console.warn(message);
    const counted = `${plural(messages.length, "message", "messages")} about articles`;
    if (strict && messages.length) return { ok: false, reason: `--strict: ${counted} (listed above)` };
    return { ok: true, summary: messages.length ? `${counted}; see /report/` : "no messages" };
  });
  if (!outcome.ok) {
    console.error(`calltrail: build failed, ${path.relative(root, output)}/ left as it was: ${outcome.reason}`);
    process.exitCode = 1;
  } else {
    console.log(`calltrail: site written to ${path.relative(root, output)}/ (${outcome.summary})`);
    recordPublishedIds();
  }
}

/** Once pages are out, their ids join the ledger (src/ledger/); a build that published nothing records nothing. */
function recordPublishedIds(): void {
  let result: ReturnType<typeof commitLedger>;
  try {
    result = commitLedger();
  } catch (error) {
    console.error(`calltrail: the site is written, but its call ids could not be recorded: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  if (!result) return;
  // Normal, never an error: listed so that whoever builds sees which addresses now lead elsewhere.
  for (const change of result.changes.slice(0, 10)) console.log(`calltrail: /calls/${change.id}/ ${change.kind}${change.to ? ` to /calls/${change.to}/` : ""}: ${change.reason}`);
  if (result.changes.length > 10) console.log(`calltrail: … and ${result.changes.length - 10} more call addresses changed; see /report/`);
  if (result.written) console.log(`calltrail: published call ids recorded in ${path.relative(root, result.file)}`);
}

/** On changes under the articles folder: rebuild with the changed pages only, one pass at a time. */
function watchArticles(dir: string, render: IncrementalRender): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let again = false;
  const schedule = () => {
    clearTimeout(timer);
    // Editors and copy tools write in bursts: wait until they settle.
    timer = setTimeout(() => {
      if (again) return;
      again = true;
      running = running.then(async () => {
        again = false;
        await rebuildForArticles(render).catch((error: Error) => console.error(`[calltrail] rebuild failed: ${error.message}`));
      });
    }, 40);
  };
  watch(dir, { recursive: true }, (_event, name) => {
    if (name && !name.split(path.sep).some((part) => part.startsWith("."))) schedule();
  });
  console.log(`[calltrail] Watching ${path.relative(root, dir) || dir} for articles`);
}

async function rebuildForArticles(render: IncrementalRender): Promise<void> {
  const started = performance.now();
  const before = latestCallIds();
  articlePass = true;
  try {
    await eleventy.restart();
    // A fresh init reads global data again (the archive), as Eleventy's own watcher does.
    await eleventy.init();
    await eleventy.write();
  } finally {
    articlePass = false;
  }
  const { skipped, rendered } = render.lastPass();
  const vanished = [...before].filter((id) => !latestCallIds().has(id));
  if (vanished.length) {
    // A call is gone (article deleted, or its date or leaders changed): render everything, then drop the pages no longer written.
    const fullPassStarted = Date.now();
    await eleventy.restart();
    await eleventy.init();
    await eleventy.write();
    const removed = removePagesOlderThan(output, fullPassStarted);
    console.log(`[calltrail] ${vanished.length} call(s) gone: full rebuild, ${removed} stale page(s) removed`);
  } else console.log(`[calltrail] articles changed: ${rendered} paginated page(s) rendered, ${skipped} unchanged skipped, in ${Math.round(performance.now() - started)} ms`);
  await (eleventy as any).eleventyServe?.reload?.({});
}

/**
 * After a full pass every page has just been written, so an HTML page older
 * than the pass belongs to nothing any more. (The output folder itself is not
 * emptied: Eleventy remembers the folders it made and would not make them again.)
 */
function removePagesOlderThan(dir: string, time: number): number {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += removePagesOlderThan(full, time);
      if (readdirSync(full).length === 0) rmdirSync(full);
    } else if (entry.name.endsWith(".html") && statSync(full).mtimeMs < time) {
      rmSync(full);
      removed++;
    }
  }
  return removed;
}
