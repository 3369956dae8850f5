/**
 * Search over quotes in the leaders' own languages: a build of the seeds with
 * a Russian readout and a Hindi report of a seed call (`tests/languages/`),
 * indexed by Pagefind, finds that call by a Cyrillic word and by a
 * Devanagari word from their quotes.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.ts";
import type { StaticServer } from "../../scripts/static-server.ts";
import { serveStatic } from "../../scripts/static-server.ts";
import { executable, skip, withPage } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build.ts";
import { projectRoot } from "../helpers/extract.ts";

if (skip) console.log(`# ${skip}`);

let browser: Browser;
let server: StaticServer;

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(path.join(tmpdir(), "seeds-languages-search-"));
  cpSync(path.join(projectRoot, "content/articles"), dir, { recursive: true });
  const seedCall = path.join(projectRoot, "tests/languages/seed-call");
  for (const name of readdirSync(seedCall)) cpSync(path.join(seedCall, name), path.join(dir, name));
  server = await serveStatic(await buildSite({ articlesDir: dir, search: true }));
  browser = await launchChromium(executable!);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const word of ["сверять", "खुशी"]) {
  test(`search finds the call by a word from a quote as written: ${word}`, { skip }, () =>
    withPage(browser, async (page) => {
      await page.goto(server.url);
      await page.fill("#site-search", word);
      await page.press("#site-search", "Enter");
      const result = page.locator('.pagefind-ui__result-link[href$="/calls/2021-12-20-modi-putin/"]');
      await result.first().waitFor({ timeout: 15_000 });
      assert.equal(await result.count(), 1);
    }),
  );
}
