/**
 * `npm run test:visual`: the geometry and visual regression tests in Chromium.
 * `npm run test:visual -- --update` writes the baselines and README images
 * that differ from the committed ones instead of failing: for a deliberate
 * change of design. Look at the new images before committing them.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const update = process.argv.slice(2).includes("--update");
const files = ["tests/browser/geometry.test.ts", "tests/browser/visual.test.ts"];
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...(update ? { CALLTRAIL_UPDATE_SCREENSHOTS: "1" } : {}) },
});
process.exit(result.status ?? 1);
