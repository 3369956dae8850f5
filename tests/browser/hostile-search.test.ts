/**
 * The search index holds the hostile files' quotes and source titles as
 * written, `<script>` and all; the search page must show them as text. Searched in Chromium: no dialog opens,
 * no injected element appears, the hostile words are shown literally.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.ts";
import type { StaticServer } from "../../scripts/static-server.ts";
import { serveStatic } from "../../scripts/static-server.ts";
import { executable, skip } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build.ts";
import { projectRoot } from "../helpers/extract.ts";

let browser: Browser;
let server: StaticServer;

before(async () => {
  if (skip) return;
  server = await serveStatic(await buildSite({ articlesDir: path.join(projectRoot, "tests/hostile"), search: true }));
  browser = await launchChromium(executable!);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("searching for injected markup shows it as text and runs nothing", { skip }, async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const query of ["alert", "script", "onerror", "together"]) {
    await page.goto(`${server.url}search/?q=${query}`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll(
          ".pagefind-ui script, .pagefind-ui img[src='x'], .pagefind-ui iframe, .pagefind-ui [onerror], .pagefind-ui [onclick], .pagefind-ui [onmouseover]",
        ).length,
    );
    assert.equal(injected, 0, `injected elements in the results for "${query}"`);
  }
  assert.deepEqual(dialogs, []);
  const shown = await page.locator(".pagefind-ui__results").innerText();
  assert.match(shown, /together/i);
  await page.close();
});
