/**
 * `npm run bench [-- --sizes=1000,5000,10000 --watch-size=5000 --seed=1 --repeat=2 --no-watch --keep --scratch=<dir> --html-pages=N --html-only]`
 *
 * For each size: generates a corpus, times extraction on one core (cold and
 * warm cache), times `npm run build` as it stands (wall time, peak memory) in a
 * scratch copy of the project, builds the same number of plain Markdown pages
 * with bare Eleventy as the baseline, and then times how long `npm start`
 * takes to write the pages of one added article. Prints a table at the end.
 * Everything (corpus, project copy, outputs) lives in a scratch folder under
 * the system's temporary folder, or under `--scratch` (e.g. `/dev/shm`, to
 * compare the builds without the disk). It also times reading saved web
 * pages (`--html-pages=N`, 1,000 by default) on one core; `--html-only` times
 * only that.
 */
import { execSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { loadReference } from "../src/data/load.ts";
import { writeBaselineSite } from "./baseline.ts";
import { writeHtmlCorpus } from "./html-pages.ts";
import { generateCorpus } from "./corpus/generate.ts";
import type { PlannedCall } from "./corpus/plan.ts";
import { LAST_DAY } from "./corpus/plan.ts";
import { seededRandom } from "./corpus/prng.ts";
import { writeArticle } from "./corpus/templates.ts";
import { countPages, mtimeOf, npmScript, startBackground, timed, until } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const sizes = (option("sizes") ?? "1000,5000,10000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const watchSize = Number(option("watch-size") ?? 5000);
const seed = Number(option("seed") ?? 1);
const withWatch = !args.includes("--no-watch");
const keep = args.includes("--keep");
const repeat = Math.max(1, Number(option("repeat") ?? 2));
const htmlPages = Number(option("html-pages") ?? 1000);
const htmlOnly = args.includes("--html-only");

const scratch = mkdtempSync(path.join(option("scratch") ?? tmpdir(), "calltrail-bench-"));
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

interface Row {
  articles: number;
  calls: number;
  pages: number;
  largestKb: number;
  largestPage: string;
  extractColdMs: number;
  extractWarmMs: number;
  buildColdMs: number;
  buildWarmMs: number;
  peakMb: number;
  baselineMs: number;
  baselineMb: number;
}

/** A scratch copy of the project (sources, templates, data; node_modules linked) so builds never touch the real `_site/`. */
function projectCopy(name: string): string {
  const dest = path.join(scratch, name);
  mkdirSync(dest);
  for (const entry of readdirSync(root)) {
    if (["node_modules", "_site", ".cache", ".git"].includes(entry)) continue;
    cpSync(path.join(root, entry), path.join(dest, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dest, "node_modules"), "dir");
  return dest;
}

function measureSize(size: number, project: string): Row {
  const corpus = path.join(scratch, `corpus-${size}`);
  generateCorpus(size, corpus, seed, loadReference());
  log(`${size} articles: timing extraction (load ${load()})`);
  const extraction = spawnSync(
    "taskset",
    ["-c", "0", process.execPath, "--import", "tsx", path.join(root, "bench/extract-timing.ts"), corpus, scratch],
    { cwd: root, encoding: "utf8", timeout: 600_000 },
  );
  if (extraction.status !== 0) throw new Error(`extraction timing failed:\n${extraction.stderr}`);
  const timing = JSON.parse(extraction.stdout.trim().split("\n").pop()!) as {
    articles: number;
    calls: number;
    coldMs: number;
    warmMs: number;
  };

  const cacheDir = path.join(scratch, `cache-${size}`);
  const env = { ARTICLES_DIR: corpus, CALLTRAIL_CACHE_DIR: cacheDir };
  log(`${size} articles: npm run build, cold cache (load ${load()})`);
  // Every build, ours and the baseline, starts from an empty output folder: deleting the last site is not build work.
  const emptyOutput = () => {
    moveAside(path.join(project, "_site"));
    settleDisk();
  };
  emptyOutput();
  const cold = timed(npmScript(project, "build"), { cwd: project, env });
  const site = countPages(path.join(project, "_site"));
  const baselineDir = path.join(scratch, `baseline-${size}`);
  writeBaselineSite(baselineDir, site.pages);
  const eleventy = path.join(root, "node_modules/@11ty/eleventy/cmd.cjs");

  // Other work on the machine comes and goes: ours and the baseline run in turns, and each keeps its best run.
  let warm: ReturnType<typeof timed> | undefined;
  let baseline: ReturnType<typeof timed> | undefined;
  for (let round = 0; round < repeat; round++) {
    log(`${size} articles: npm run build, warm cache, round ${round + 1} (load ${load()})`);
    emptyOutput();
    const ours = timed(npmScript(project, "build"), { cwd: project, env });
    if (!warm || ours.wallMs < warm.wallMs) warm = { ...ours, peakMb: Math.max(ours.peakMb, warm?.peakMb ?? 0) };
    else warm.peakMb = Math.max(warm.peakMb, ours.peakMb);
    log(`${size} articles: bare Eleventy, ${site.pages} Markdown pages, round ${round + 1} (load ${load()})`);
    moveAside(path.join(baselineDir, "_site"));
    settleDisk();
    const bare = timed(`"${process.execPath}" "${eleventy}" --input=src --output=_site --quiet`, { cwd: baselineDir });
    if (!baseline || bare.wallMs < baseline.wallMs) baseline = bare;
  }
  const baselinePages = countPages(path.join(baselineDir, "_site")).pages;
  if (baselinePages !== site.pages) throw new Error(`baseline wrote ${baselinePages} pages, expected ${site.pages}`);
  moveAside(baselineDir);

  return {
    articles: timing.articles,
    calls: timing.calls,
    pages: site.pages,
    largestKb: site.largestKb,
    largestPage: site.largestPage,
    extractColdMs: timing.coldMs,
    extractWarmMs: timing.warmMs,
    buildColdMs: cold.wallMs,
    buildWarmMs: warm!.wallMs,
    peakMb: Math.max(cold.peakMb, warm!.peakMb),
    baselineMs: baseline!.wallMs,
    baselineMb: baseline!.peakMb,
  };
}

/**
 * Old outputs are moved into the scratch folder's trash, which is deleted only
 * when the benchmark ends. On this machine's disk (ext4 mounted with
 * `discard`), deleting a 100 MB site slowed the file creation that followed
 * tenfold for several seconds, even after a sync: the build that came next,
 * ours or the baseline, paid for the deletion of the one before.
 */
let trashed = 0;
function moveAside(dir: string): void {
  if (!existsSync(dir)) return;
  const trash = path.join(scratch, "trash");
  mkdirSync(trash, { recursive: true });
  renameSync(dir, path.join(trash, String(trashed++)));
}

/** "tmpfs /dev/shm" or "ext4 /": where the builds wrote, which matters as much as the CPU on a throttled disk. */
function fileSystemOf(dir: string): string {
  const result = spawnSync("df", ["--output=fstype,target", dir], { encoding: "utf8" });
  return result.status === 0 ? (result.stdout.trim().split("\n")[1] ?? "unknown").replace(/\s+/g, " ") : "unknown";
}

/** Flushes what earlier steps wrote, then pauses briefly, so each timed build starts on a quiet disk. */
function settleDisk(): void {
  spawnSync("sync");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
}

/** A new article about a call that is in no corpus: the weeks after the corpus's last day. */
function addedArticle(): { call: PlannedCall; name: string; text: string } {
  const reference = loadReference();
  const today = new Date().toISOString().slice(0, 10);
  const candidate = new Date(Date.parse(`${today}T12:00:00Z`) - 21 * 86_400_000).toISOString().slice(0, 10);
  const date = candidate > LAST_DAY ? candidate : new Date(Date.parse(`${LAST_DAY}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const modi = reference.leaders.find((l) => l.slug === "modi")!;
  const putin = reference.leaders.find((l) => l.slug === "putin")!;
  const call: PlannedCall = {
    id: `${date}-modi-putin`,
    date,
    india: { leader: modi, office: "india-prime-minister", title: "Prime Minister" },
    russia: { leader: putin, office: "russia-president", title: "President" },
    initiator: null,
    topics: ["trade", "energy"],
    articles: 1,
  };
  const article = writeArticle(call, 0, 999_999, seededRandom(seed + 1));
  return { call, name: `added-${article.name}`, text: article.text };
}

/** `npm start` on a copy of the corpus; one article is added and the pages listing it are awaited. */
async function measureWatch(size: number, project: string): Promise<{ ms: number; pages: string[] }> {
  const corpus = path.join(scratch, `watch-corpus-${size}`);
  const source = path.join(scratch, `corpus-${size}`);
  if (existsSync(source)) cpSync(source, corpus, { recursive: true });
  else generateCorpus(size, corpus, seed, loadReference());
  const site = path.join(project, "_site");
  moveAside(site);
  settleDisk();
  log(`watch at ${size} articles: starting npm start (load ${load()})`);
  const watcher = startBackground(npmScript(project, "start"), {
    cwd: project,
    env: { ARTICLES_DIR: corpus, CALLTRAIL_CACHE_DIR: path.join(scratch, `cache-watch-${size}`) },
  });
  try {
    const ready = () => {
      if (!watcher.running()) throw new Error("npm start exited");
      return /Watching/i.test(watcher.output()) && existsSync(path.join(site, "index.html"));
    };
    await until(ready, 300_000, "the first build in watch mode", 100);
    // Let the file watcher settle before the change.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { call, name, text } = addedArticle();
    const callPage = path.join(site, "calls", call.id, "index.html");
    const year = call.date.slice(0, 4);
    const timelines = () => [path.join(site, "index.html"), ...yearPages(site, year)];
    const link = `/calls/${call.id}/`;
    log(`watch at ${size} articles: adding ${name} (load ${load()})`);
    const startedWall = Date.now();
    const started = performance.now();
    writeFileSync(path.join(corpus, name), `${text}\n`);
    const lists = (file: string) => mtimeOf(file) >= startedWall - 5 && readFileSync(file, "utf8").includes(link);
    const done = await until(
      () => existsSync(callPage) && timelines().some((f) => existsSync(f) && lists(f)),
      120_000,
      `${callPage} and the timeline`,
      20,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const line of watcher
      .output()
      .split("\n")
      .filter((l) => l.startsWith("[calltrail]")))
      log(`watcher: ${line}`);
    return {
      ms: done - started,
      pages: [
        path.relative(site, callPage),
        ...timelines()
          .filter((f) => existsSync(f) && lists(f))
          .map((f) => path.relative(site, f)),
      ],
    };
  } catch (error) {
    log(`watcher output:\n${watcher.output().slice(-3000)}`);
    throw error;
  } finally {
    await watcher.stop();
  }
}

/** Timeline pages for one year, wherever the site puts them (`/2026/`, `/years/2026/`, `/timeline/2026/` …). */
function yearPages(site: string, year: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (!name.isDirectory() || name.name === "calls" || depth > 2) continue;
      const full = path.join(dir, name.name);
      if (name.name === year || name.name === `y${year}`) found.push(path.join(full, "index.html"));
      walk(full, depth + 1);
    }
  };
  walk(site, 0);
  return found;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString("en")}/s`;

function table(rows: Row[]): string {
  const header = [
    "articles",
    "calls",
    "pages",
    "extract cold",
    "art/s cold",
    "extract warm",
    "art/s warm",
    "build cold",
    "build warm",
    "peak RSS",
    "baseline",
    "baseline RSS",
    "ratio cold",
    "ratio warm",
    "largest page",
  ];
  const lines = rows.map((r) => [
    String(r.articles),
    String(r.calls),
    String(r.pages),
    fmt(r.extractColdMs),
    rate(r.articles, r.extractColdMs),
    fmt(r.extractWarmMs),
    rate(r.articles, r.extractWarmMs),
    fmt(r.buildColdMs),
    fmt(r.buildWarmMs),
    `${Math.round(r.peakMb)} MB`,
    fmt(r.baselineMs),
    `${Math.round(r.baselineMb)} MB`,
    `${(r.buildColdMs / r.baselineMs).toFixed(2)}×`,
    `${(r.buildWarmMs / r.baselineMs).toFixed(2)}×`,
    `${Math.round(r.largestKb)} KB (${r.largestPage})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [row(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(row)].join("\n");
}

/** One small build of each kind first, so tsx's transform cache and the disk cache are warm for every measured run. */
function warmUp(project: string): void {
  const corpus = path.join(scratch, "corpus-warm-up");
  generateCorpus(20, corpus, seed, loadReference());
  timed(npmScript(project, "build"), {
    cwd: project,
    env: { ARTICLES_DIR: corpus, CALLTRAIL_CACHE_DIR: path.join(scratch, "cache-warm-up") },
  });
  const baselineDir = path.join(scratch, "baseline-warm-up");
  writeBaselineSite(baselineDir, 20);
  timed(`"${process.execPath}" "${path.join(root, "node_modules/@11ty/eleventy/cmd.cjs")}" --input=src --output=_site --quiet`, {
    cwd: baselineDir,
  });
}

interface HtmlTiming {
  pages: number;
  bytes: number;
  errors: number;
  firstReadMs: number;
  readMs: number;
  readCpuMs: number;
  coldMs: number;
  warmMs: number;
  placed: number;
}

/** Saved web pages read on one core: the read step alone, then read + extract + consolidate cold and from the cache. */
function measureHtml(count: number): HtmlTiming {
  const folder = path.join(scratch, `html-${count}`);
  writeHtmlCorpus(count, folder, seed, loadReference());
  log(`${count} saved pages: timing HTML reading (load ${load()})`);
  const result = spawnSync(
    "taskset",
    ["-c", "0", process.execPath, "--import", "tsx", path.join(root, "bench/html-timing.ts"), folder, scratch],
    { cwd: root, encoding: "utf8", timeout: 600_000 },
  );
  if (result.status !== 0) throw new Error(`HTML timing failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as HtmlTiming;
}

function htmlReport(h: HtmlTiming): string {
  return [
    `HTML reading, ${h.pages.toLocaleString("en")} saved pages ` +
      `(${Math.round(h.bytes / h.pages / 1024)} KB each on average; WordPress/Open Graph, ` +
      `JSON-LD @graph (no <article>) and AMP shapes, one in four with a 120 KB inline script), ` +
      `one core:`,
    `  read step (decode, Readability on linkedom, metadata): ${rate(h.pages, h.readMs)} wall, ` +
      `${rate(h.pages, h.readCpuMs)} by CPU time (${(h.readMs / h.pages).toFixed(2)} ms a page; ` +
      `first pass, with loading and compiling, ` +
      `${rate(h.pages, h.firstReadMs)})${h.errors ? `, ${h.errors} unreadable` : ""}`,
    `  read + extract + consolidate: cold ${rate(h.pages, h.coldMs)}, warm (cached by content ` +
      `hash) ${rate(h.pages, h.warmMs)}; ${h.placed} of ${h.pages} pages placed on a call`,
  ].join("\n");
}

const startLoad = load();
const rows: Row[] = [];
let watch: { ms: number; pages: string[] } | null = null;
let html: HtmlTiming | null = null;
try {
  if (htmlPages > 0) html = measureHtml(htmlPages);
  if (!htmlOnly) {
    const project = projectCopy("project");
    warmUp(project);
    for (const size of sizes) rows.push(measureSize(size, project));
    if (withWatch) watch = await measureWatch(watchSize, project);
  }
} finally {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
}
const commit = (() => {
  try {
    return execSync("git rev-parse --short HEAD", { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();
process.stdout.write(
  `\ncalltrail benchmark, commit ${commit}, seed ${seed}, ${cpus().length} cores, scratch ` +
    `folder on ${fileSystemOf(path.dirname(scratch))}, load average at start ${startLoad}, at ` +
    `end ${load()}\n\n`,
);
if (rows.length) {
  process.stdout.write(`${table(rows)}\n\n`);
  process.stdout.write(
    "extract: read + extract + consolidate in one process pinned to one core; cold = empty cache, warm = cache file read back.\n",
  );
  process.stdout.write(
    "build: `npm run build` as package.json defines it, in a scratch copy of the project, into " +
      "an empty _site/; cold = empty caches, warm = caches from the cold build; peak RSS of the " +
      "whole process tree.\n",
  );
  process.stdout.write(
    "baseline: bare Eleventy 3 (no config) on as many plain Markdown pages (~2 KB each, one Nunjucks layout) as the build wrote.\n",
  );
  process.stdout.write(`warm build and baseline: best of ${repeat} runs taken in turns; peak RSS is the highest seen.\n`);
}
if (html) process.stdout.write(`\n${htmlReport(html)}\n`);
if (watch)
  process.stdout.write(
    `\nwatch (npm start) at ${watchSize} articles: one added article → ${watch.pages.join(", ")} written in ${fmt(watch.ms)}\n`,
  );
