/**
 * `npm run build`: the site in `_site/`, emptied first so no stale page survives.
 * `npm start`: the same, then serve on http://localhost:8080 and rebuild on changes.
 * Added or edited articles only re-render the pages whose data changed (see
 * `src/cache/incremental-render.ts`); anything else rebuilds everything.
 */
import { readdirSync, rmdirSync, rmSync, statSync, watch } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { IncrementalRender } from "../cache/incremental-render.ts";
import { installIncrementalRender } from "../cache/incremental-render.ts";
import { articlesDir, latestCallIds } from "../pipeline.ts";

const root = path.resolve(import.meta.dirname, "../..");
const output = path.join(root, "_site");
const serve = process.argv.includes("--serve");
const prefixArg = process.argv.find((arg) => arg.startsWith("--pathprefix="));

process.chdir(root);
rmSync(output, { recursive: true, force: true });
// In watch mode this process watches the articles itself (see below), so Eleventy's watcher leaves them alone.
if (serve) process.env.CALLTRAIL_ARTICLE_WATCH = "own";
const render = serve ? await installIncrementalRender() : undefined;
let articlePass = false;
const eleventy = new Eleventy("src/site", "_site", {
  configPath: ".eleventy.ts",
  runMode: serve ? "serve" : "build",
  quietMode: !serve,
  ...(prefixArg ? { pathPrefix: prefixArg.split("=")[1] } : {}),
  // Every build Eleventy starts by itself (templates, layouts, data files changed) renders every page.
  config: (eleventyConfig: any) => eleventyConfig.on("eleventy.before", () => render?.setIncremental(articlePass)),
});
if (serve) {
  await eleventy.init();
  await eleventy.watch();
  eleventy.serve(8080);
  watchArticles(articlesDir(), render!);
} else {
  await eleventy.write();
  console.log(`calltrail: site written to ${path.relative(process.cwd(), output) || output}/`);
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
