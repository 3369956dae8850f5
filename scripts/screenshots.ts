/**
 * `npm run screenshots`: builds the default site, serves it locally and writes
 * docs/screenshots/{timeline,call}-{375,1280}.png with the system's Chromium.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findChromium, launchChromium } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";

const root = path.resolve(import.meta.dirname, "..");
const site = path.join(root, "_site");
const out = path.join(root, "docs/screenshots");
const executable = findChromium();
if (!executable) {
  console.error("screenshots: no Chromium found (set CHROMIUM_PATH, or apt-get install chromium)");
  process.exit(1);
}

const newest = (JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as { calls: { id: string; date: string }[] }).calls
  .sort((a, b) => b.date.localeCompare(a.date))[0];
if (!newest) throw new Error("screenshots: the site has no calls; run npm run build first");

mkdirSync(out, { recursive: true });
const server = await serveStatic(site);
const browser = await launchChromium(executable);
try {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: "light" });
    const page = await context.newPage();
    for (const [name, sitePath] of [["timeline", ""], ["call", `calls/${newest.id}/`]] as const) {
      await page.goto(server.url + sitePath);
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(root, file));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
