/**
 * `npm run build`: the site in `_site/`. It is written to a staging folder
 * first and swapped in only when the build succeeds, so a failed build leaves
 * the previous site as it was.
 * `npm run build -- --strict`: any message about an article (a warning or an
 * error) fails the build, and `_site/` is left as it was.
 * `--output=<dir>` writes somewhere other than `_site/`.
 * `npm start`: build, then serve on http://localhost:8080 and rebuild on
 * changes. Added or edited articles only re-render the pages whose data
 * changed (see `src/render/changed-pages.ts`); anything else rebuilds
 * everything. Serving rewrites pages in place; only full builds are staged.
 */
import { readdirSync, rmdirSync, rmSync, statSync, watch } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Published } from "../ledger/published.ts";
import { commitLedger } from "../ledger/published.ts";
import { articlesDir } from "../pipeline.ts";
import { buildMessages, publishStaged, stagingFolderFor } from "../publish.ts";
import type { ArchiveData } from "../render/archive-source.ts";
import { archiveFrom } from "../render/archive-source.ts";
import { createCallDocumentWriter } from "../render/call-documents.ts";
import type { ChangedPages } from "../render/changed-pages.ts";
import { createChangedPages } from "../render/changed-pages.ts";
import type { CallIndexer } from "../render/eleventy-plugin.ts";
import { calltrailPlugin } from "../render/eleventy-plugin.ts";
import { writeWithSearchIndex } from "../render/search-index.ts";
import { plural } from "../render/summary.ts";
import { callUrl } from "../render/urls.ts";

const root = path.resolve(import.meta.dirname, "../..");
const outputArg = process.argv.find((arg) => arg.startsWith("--output="));
const output = path.resolve(root, outputArg ? outputArg.slice("--output=".length) : "_site");
const serve = process.argv.includes("--serve");
const strict = process.argv.includes("--strict");
const prefixArg = process.argv.find((arg) => arg.startsWith("--pathprefix="));

process.chdir(root);

/** What this process's passes share: the last pass's data (for the ledger and the watch loop) and the collaborators the plugin gets. */
const session = {
  latest: null as ArchiveData | null,
  /** True while the watch loop runs a pass for changed articles: only then may unchanged pages be skipped. */
  articlePass: false,
};
const readArchive = archiveFrom();
const documents = createCallDocumentWriter();
const changedPages = serve ? createChangedPages(() => session.articlePass) : undefined;

function eleventyFor(outputDir: string, search: CallIndexer) {
  return new Eleventy("src/site", path.relative(root, outputDir), {
    configPath: ".eleventy.ts",
    runMode: serve ? "serve" : "build",
    quietMode: !serve,
    ...(prefixArg ? { pathPrefix: prefixArg.split("=")[1] } : {}),
    // Runs before the config file: this plugin, with this process's collaborators, wins over the file's default one.
    config: (eleventyConfig: UserConfig) => {
      eleventyConfig.addPlugin(calltrailPlugin, {
        data: () => (session.latest = readArchive()),
        search,
        documents,
        changedPages,
        // In watch mode this process watches the articles itself (see below), so Eleventy's watcher leaves them alone.
        callerWatchesArticles: serve,
      });
      // While serving, every pass writes its pages in place: its call ids are published once it ends.
      if (serve) eleventyConfig.on("eleventy.after", () => recordPublishedIds(session.latest?.published ?? null));
    },
  });
}

if (serve) {
  rmSync(output, { recursive: true, force: true });
  let eleventy: Eleventy | undefined;
  // Index once at start; the index is not refreshed on later rebuilds while serving.
  await writeWithSearchIndex(output, async (indexer) => {
    eleventy = eleventyFor(output, indexer);
    await eleventy.init();
    await eleventy.write();
  });
  await eleventy!.watch();
  await eleventy!.serve(8080);
  watchArticles(articlesDir(), eleventy!, changedPages!);
} else {
  const staging = stagingFolderFor(output);
  const outcome = await publishStaged(staging, output, async () => {
    // A failed render skips eleventy.after, where the call records are awaited: wait here, before the staging folder may be removed.
    const { pages } = await writeWithSearchIndex(staging, (indexer) =>
      eleventyFor(staging, indexer)
        .write()
        .finally(() => documents.idle()),
    );
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
    recordPublishedIds(session.latest?.published ?? null);
  }
}

/** Once pages are out, their ids join the ledger (src/ledger/); a build that published nothing records nothing. */
function recordPublishedIds(published: Published | null): void {
  if (!published) return;
  let result: ReturnType<typeof commitLedger>;
  try {
    result = commitLedger(published);
  } catch (error) {
    console.error(`calltrail: the site is written, but its call ids could not be recorded: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  // Normal, never an error: listed so that whoever builds sees which addresses now lead elsewhere.
  for (const change of result.changes.slice(0, 10)) {
    console.log(`calltrail: ${callUrl(change.id)} ${change.kind}${change.to ? ` to ${callUrl(change.to)}` : ""}: ${change.reason}`);
  }
  if (result.changes.length > 10) console.log(`calltrail: … and ${result.changes.length - 10} more call addresses changed; see /report/`);
  if (result.written) console.log(`calltrail: published call ids recorded in ${path.relative(root, result.file)}`);
}

/** On changes under the articles folder: rebuild with the changed pages only, one pass at a time. */
function watchArticles(dir: string, eleventy: Eleventy, pages: ChangedPages): void {
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
        await rebuildForArticles(eleventy, pages).catch((error: Error) => console.error(`[calltrail] rebuild failed: ${error.message}`));
      });
    }, 40);
  };
  watch(dir, { recursive: true }, (_event, name) => {
    if (name && !name.split(path.sep).some((part) => part.startsWith("."))) schedule();
  });
  console.log(`[calltrail] Watching ${path.relative(root, dir) || dir} for articles`);
}

/** Ids of the calls in the latest pass's archive. */
function latestCallIds(): Set<string> {
  return new Set(session.latest?.archive.calls.map((c) => c.id) ?? []);
}

async function rebuildForArticles(eleventy: Eleventy, pages: ChangedPages): Promise<void> {
  const started = performance.now();
  const before = latestCallIds();
  session.articlePass = true;
  try {
    await eleventy.restart();
    // A fresh init reads global data again (the archive), as Eleventy's own watcher does.
    await eleventy.init();
    await eleventy.write();
  } finally {
    session.articlePass = false;
  }
  const { skipped, rendered } = pages.lastPass();
  const after = latestCallIds();
  const vanished = [...before].filter((id) => !after.has(id));
  if (vanished.length) {
    // A call is gone (article deleted, or its date or leaders changed): render everything, then drop the pages no longer written.
    const fullPassStarted = Date.now();
    await eleventy.restart();
    await eleventy.init();
    await eleventy.write();
    const removed = removePagesOlderThan(output, fullPassStarted);
    console.log(`[calltrail] ${vanished.length} call(s) gone: full rebuild, ${removed} stale page(s) removed`);
  } else {
    console.log(
      `[calltrail] articles changed: ${rendered} paginated page(s) rendered, ${skipped} unchanged skipped, in ${Math.round(performance.now() - started)} ms`,
    );
  }
  // Eleventy's dev server reloads the browser after its own passes only; this pass was started here.
  const server: unknown = eleventy.eleventyServe;
  if (canReload(server)) await server.reload({});
}

function canReload(server: unknown): server is { reload(event: object): Promise<void> } {
  return typeof server === "object" && server !== null && typeof (server as { reload?: unknown }).reload === "function";
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
