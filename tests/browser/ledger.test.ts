/**
 * Former call addresses in headless Chromium (the system's): a moved call's
 * old address takes a reader with JavaScript off to the live page, at `/`
 * and under a sub-path; a withdrawn call's page passes axe-core and fits 375 px.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.ts";
import type { StaticServer } from "../../scripts/static-server.ts";
import { serveStatic } from "../../scripts/static-server.ts";
import { executable, skip, withPage } from "../helpers/browser.ts";
import { project, tradeCall, tradeMeeting, winterCall } from "../helpers/ledger-project.ts";

const PREFIX = "/india-russia-calls/";
let browser: Browser;
let root: StaticServer;
let prefixed: StaticServer;

before(async () => {
  if (skip) return;
  const p = project();
  p.write("winter-call.md", winterCall("2020-01-14"));
  p.write("trade.md", tradeCall);
  await p.build();
  p.write("winter-call.md", winterCall("2020-01-13"));
  p.write("trade.md", tradeMeeting);
  root = await serveStatic((await p.build()).site);
  prefixed = await serveStatic((await p.build({ pathPrefix: PREFIX })).site, PREFIX);
  browser = await launchChromium(executable!);
});

after(async () => {
  await browser?.close();
  await root?.close();
  await prefixed?.close();
});

test("a moved call's old address leads to the live page with JavaScript off, at / and under a sub-path", { skip }, async () => {
  for (const server of [root, prefixed]) {
    await withPage(
      browser,
      async (page) => {
        await page.goto(`${server.url}calls/2020-01-14-modi-putin/`);
        await page.waitForURL(`${server.url}calls/2020-01-13-modi-putin/`, { timeout: 10_000 });
        assert.match(await page.locator("h1").innerText(), /spoke by phone on Monday, 13 January 2020/);
      },
      { javaScriptEnabled: false },
    );
  }
});

test("a withdrawn call's page: no axe-core violations in light and dark mode, no sideways scroll at 375 px", { skip }, async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    await withPage(
      browser,
      async (page) => {
        await page.goto(`${root.url}calls/2020-06-10-modi-putin/`);
        assert.equal(await page.locator("h1").innerText(), "This call record was withdrawn");
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        assert.deepEqual(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          [],
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
      },
      { width: 375, height: 800, colorScheme },
    );
  }
});
