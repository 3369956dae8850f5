/**
 * Visual regression: every page type of the fixture site at 375 and 1280 px,
 * light and dark, against the baselines in `tests/browser/baselines/`, and
 * the README's images in `docs/screenshots/` against what
 * `npm run screenshots` makes of the same render. Tolerance: see
 * `tests/helpers/site-shots.ts`. To accept a deliberate change:
 * `npm run test:visual -- --update`, then look at the new images.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { skip } from "../helpers/browser.ts";
import {
  PAGE_TYPES,
  README_SHOTS,
  README_SHOTS_DIR,
  SCHEMES,
  VISUAL_WIDTHS,
  baselineFile,
  checkImage,
  pagePath,
  screenshot,
  useFixtureSite,
} from "../helpers/site-shots.ts";

const site = useFixtureSite();
const failures = mkdtempSync(path.join(tmpdir(), "calltrail-visual-"));

for (const type of PAGE_TYPES) {
  test(`the ${type.name} page looks as its baselines do at ${VISUAL_WIDTHS.join(" and ")} px, light and dark`, { skip }, async () => {
    const problems: string[] = [];
    for (const width of VISUAL_WIDTHS) {
      for (const scheme of SCHEMES) {
        const shot = await screenshot(site.browser(), site.url() + type.path, width, scheme, true);
        const problem = checkImage(baselineFile(type.name, width, scheme), shot, failures);
        if (problem) problems.push(problem);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test("the README's screenshots are what `npm run screenshots` makes of the fixture site", { skip }, async () => {
  const problems: string[] = [];
  for (const shot of README_SHOTS) {
    const image = await screenshot(site.browser(), site.url() + pagePath(shot.page), shot.width, shot.scheme, false);
    const problem = checkImage(path.join(README_SHOTS_DIR, shot.file), image, failures);
    if (problem) problems.push(`${problem}; run npm run screenshots`);
  }
  assert.deepEqual(problems, []);
});
