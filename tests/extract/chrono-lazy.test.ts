/**
 * chrono-node is loaded only when an article is actually extracted: a build
 * whose articles all come from the cache does not pay for loading it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { projectRoot } from "../helpers/extract.ts";

/** Runs the pipeline over the seed articles in a fresh process; tells whether chrono-node was loaded. */
function chronoLoadedBy(cacheDir: string): boolean {
  const script = `
    import { createRequire } from "node:module";
    import { runPipeline } from "./src/pipeline.ts";
    runPipeline({ inputs: ["content/articles"] });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes("chrono-node"));
    console.log(JSON.stringify({ loaded }));
  `;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: projectRoot,
    env: { ...process.env, CALLTRAIL_CACHE_DIR: cacheDir, CALLTRAIL_CACHE: "" },
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout.trim().split("\n").pop()!) as { loaded: boolean }).loaded;
}

test("chrono-node is loaded to extract articles, and not when every article comes from the cache", () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), "calltrail-chrono-"));
  try {
    assert.equal(chronoLoadedBy(cacheDir), true, "a cold run extracts, and needs chrono");
    assert.equal(chronoLoadedBy(cacheDir), false, "a warm run reads the cache only");
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test("no module imports chrono-node itself: only src/extract/chrono.ts requires it, on first use", () => {
  const src = path.join(projectRoot, "src");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((file) => /\.(ts|mjs)$/.test(file));
  assert.ok(files.length > 20, "the sources were found");
  // The test above sees only what require() loaded; an ESM import would not show there, so none may exist.
  // `typeof import("chrono-node/en")` is a type and loads nothing.
  const importers = files.filter((file) => /(?:from\s+|(?<!typeof\s)import\s*\(?\s*)["']chrono-node/.test(readFileSync(path.join(src, file), "utf8")));
  assert.deepEqual(importers, []);
});
