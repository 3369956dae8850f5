/**
 * The big parsers (chrono-node, gray-matter, remark, micromark through
 * mdast-util-from-markdown) are loaded only when an article is read or
 * its HTML rendered: a build whose articles all come from the caches does
 * not pay for loading them (src/first-use.ts).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { projectRoot } from "./helpers/extract.ts";

const PARSERS = ["chrono-node", "gray-matter", "remark", "remark-html", "mdast-util-from-markdown"];

/** Makes the seeds' site data in a fresh process; names the parsers that were loaded. */
function parsersLoadedBy(cacheDir: string): string[] {
  const script = `
    import { createRequire } from "node:module";
    import { saveHtmlCache } from "./src/cache/html-cache.ts";
    import { runPipeline } from "./src/pipeline.ts";
    import { buildSiteData } from "./src/render/site-data.ts";
    buildSiteData(runPipeline({ inputs: ["content/articles"] }));
    saveHtmlCache();
    const files = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify(${JSON.stringify(PARSERS)}.filter((name) => files.some((file) => file.includes("/node_modules/" + name + "/")))));
  `;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: projectRoot,
    env: { ...process.env, CALLTRAIL_CACHE_DIR: cacheDir, CALLTRAIL_CACHE: "" },
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as string[];
}

test("the parsers are loaded to extract and render articles, and not when every article comes from the caches", () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), "calltrail-first-use-"));
  try {
    const cold = parsersLoadedBy(cacheDir);
    assert.ok(cold.includes("chrono-node") && cold.includes("remark-html"), `a cold run extracts and renders: ${cold.join(", ")}`);
    assert.deepEqual(parsersLoadedBy(cacheDir), [], "a warm run reads the caches only");
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test("no module imports the parsers itself: they come through onFirstUse", () => {
  const src = path.join(projectRoot, "src");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((file) => /\.(ts|mjs)$/.test(file));
  assert.ok(files.length > 20, "the sources were found");
  // The test above sees only what require() loaded; an ES module import would not show there, so none may exist.
  // `typeof import("…")` is a type and loads nothing.
  const names = PARSERS.map((name) => name.replace(/[-/]/g, "\\$&")).join("|");
  const importing = new RegExp(`(?:from\\s+|(?<!typeof\\s)import\\s*\\(?\\s*)["'](?:${names})["'/]`);
  assert.deepEqual(
    files.filter((file) => importing.test(readFileSync(path.join(src, file), "utf8"))),
    [],
  );
});
