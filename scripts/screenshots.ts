/**
 * `npm run screenshots`: writes the README's images (docs/screenshots/) from
 * the same render the visual tests compare: the site built from the fixture
 * in tests/fixtures/visual/, served locally and photographed with the
 * system's Chromium. An image is rewritten only when it differs from the
 * committed one beyond the visual tests' tolerance, so a run that changes
 * nothing leaves the files alone; `tests/browser/visual.test.ts` fails when
 * they differ.
 */
import path from "node:path";
import { findChromium, launchChromium } from "./chromium.ts";
import { README_SHOTS, README_SHOTS_DIR, checkImage, pagePath, screenshot, serveFixtureSite } from "../tests/helpers/site-shots.ts";

const executable = findChromium();
if (!executable) {
  console.error("screenshots: no Chromium found (set CHROMIUM_PATH, or apt-get install chromium)");
  process.exit(1);
}
const server = await serveFixtureSite();
const browser = await launchChromium(executable);
try {
  for (const shot of README_SHOTS) {
    const file = path.join(README_SHOTS_DIR, shot.file);
    checkImage(file, await screenshot(browser, server.url + pagePath(shot.page), shot.width, shot.scheme, false), README_SHOTS_DIR, true);
    console.log(path.relative(path.resolve(import.meta.dirname, ".."), file));
  }
} finally {
  await browser.close();
  await server.close();
}
