/**
 * `npm run lighthouse`: builds the default site, serves it on 127.0.0.1 and
 * runs Lighthouse (mobile defaults) against the timeline, the newest call
 * page and the topics page (with its heat map) with the system's Chromium
 * (`CHROME_PATH`, default /usr/bin/chromium), printing the four category
 * scores. A report, not a gate.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";

const root = path.resolve(import.meta.dirname, "..");
const site = path.join(root, "_site");
const chromePath = findChromium();
if (!chromePath) {
  console.error("lighthouse: no Chromium found (set CHROME_PATH, or apt-get install chromium)");
  process.exit(1);
}

const server = await serveStatic(site);
// Built after the server starts, so canonical links and feeds name the address Lighthouse visits.
execFileSync(process.execPath, ["--import", "tsx", "src/cli/build.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, SITE_URL: new URL(server.url).origin },
});
const newest = (JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as { calls: { id: string; date: string }[] }).calls.sort(
  (a, b) => b.date.localeCompare(a.date),
)[0];

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] });
try {
  const pages: [string, string][] = [["timeline", server.url]];
  if (newest) pages.push(["call page", `${server.url}calls/${newest.id}/`]);
  pages.push(["topics", `${server.url}topics/`]);
  for (const [name, url] of pages) {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`lighthouse: no result for ${url}`);
    const scores = Object.values(result.lhr.categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    console.log(`${name} (${new URL(url).pathname}): ${scores.join(", ")}`);
    for (const category of Object.values(result.lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          console.log(`  ${category.title}: ${audit.title} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
