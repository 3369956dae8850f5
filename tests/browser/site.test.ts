/**
 * The built site in headless Chromium (the system's, never downloaded):
 * navigation, search, accessibility (axe-core, WCAG 2.1 A/AA), layout at
 * 375 and 1280 px, both at `/` and under a sub-path.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.ts";
import type { StaticServer } from "../../scripts/static-server.ts";
import { serveStatic } from "../../scripts/static-server.ts";
import type { PageOptions } from "../helpers/browser.ts";
import { executable, skip, withPage as withPageIn } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build.ts";

if (skip) console.log(`# ${skip}`);

const PREFIX = "/india-russia-calls/";
let browser: Browser;
let root: StaticServer;
let prefixed: StaticServer;
let site: string;

before(async () => {
  if (skip) return;
  site = await buildSite({ search: true });
  root = await serveStatic(site);
  prefixed = await serveStatic(await buildSite({ pathPrefix: PREFIX, search: true }), PREFIX);
  browser = await launchChromium(executable!);
});

after(async () => {
  await browser?.close();
  await root?.close();
  await prefixed?.close();
});

interface CallJson {
  id: string;
  date: string;
  quotes: { text: string }[];
}

function newestCall(): CallJson {
  const { calls } = JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as { calls: CallJson[] };
  return calls.sort((a, b) => b.date.localeCompare(a.date))[0]!;
}

/** A word from one of the call's quotes that is long enough to be distinctive. */
function quoteWord(call: CallJson): string {
  const words = call.quotes.flatMap((q) => q.text.match(/[A-Za-z]{9,}/g) ?? []);
  assert.ok(words.length > 0, "the call has a quote with a long word");
  return words[0]!;
}

function withPage<T>(fn: (page: Page) => Promise<T>, options: PageOptions = {}): Promise<T> {
  return withPageIn(browser, fn, options);
}

for (const [label, server] of [
  ["at /", () => root],
  [`under ${PREFIX}`, () => prefixed],
] as const) {
  test(`from the timeline to a call, a topic, a person and back (${label})`, { skip }, () =>
    withPage(async (page) => {
      const base = server().url;
      const prefix = new URL(base).pathname;
      await page.goto(base);
      const call = newestCall();
      await page.locator(".call-title a").first().click();
      assert.equal(new URL(page.url()).pathname, `${prefix}calls/${call.id}/`);
      assert.match(await page.locator("h1").innerText(), /spoke by phone on/);

      await page.locator(".facts .topic-chips a").first().click();
      assert.match(new URL(page.url()).pathname, /\/topics\/[a-z0-9-]+\/$/);
      assert.equal(await page.locator(`.call-title a[href$="/calls/${call.id}/"]`).count(), 1, "the topic page lists the call");
      await page.goBack();

      await page.locator(".facts a[href*='/people/']").first().click();
      assert.match(new URL(page.url()).pathname, /\/people\/[a-z0-9-]+\/$/);
      assert.ok((await page.locator(".call-title a").count()) > 0);
      await page.goBack();
      assert.match(new URL(page.url()).pathname, new RegExp(`/calls/${call.id}/$`));

      await page.locator("a[rel=prev]").click();
      assert.match(new URL(page.url()).pathname, /\/calls\/[a-z0-9-]+\/$/);
    }),
  );

  test(`search finds a call by a word from one of its quotes (${label})`, { skip }, () =>
    withPage(async (page) => {
      const call = newestCall();
      await page.goto(server().url);
      await page.fill("#site-search", quoteWord(call));
      await page.press("#site-search", "Enter");
      const result = page.locator(`.pagefind-ui__result-link[href$="/calls/${call.id}/"]`);
      await result.first().waitFor({ timeout: 15_000 });
      await result.first().click();
      assert.equal(new URL(page.url()).pathname, `${new URL(server().url).pathname}calls/${call.id}/`);
    }),
  );
}

test(
  "axe-core: no WCAG 2.1 A/AA violations on the timeline, a call, the topics (with the heat map), a topic, a person and search, light and dark",
  { skip },
  async () => {
    const call = newestCall();
    const topic = new URL(
      await withPage(async (page) => {
        await page.goto(`${root.url}calls/${call.id}/`);
        return page
          .locator(".facts .topic-chips a")
          .first()
          .evaluate((a) => (a as HTMLAnchorElement).href);
      }),
    ).pathname.slice(1);
    const pages = ["", `calls/${call.id}/`, "topics/", topic, "people/putin/", `search/?q=${encodeURIComponent(quoteWord(call))}`];
    const violations: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const sitePath of pages) {
        await withPage(
          async (page) => {
            await page.goto(root.url + sitePath);
            if (sitePath.startsWith("search/")) await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
            const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
            for (const v of results.violations) violations.push(`${colorScheme} /${sitePath}: ${v.id} (${v.nodes.length}): ${v.help}`);
          },
          { colorScheme },
        );
      }
    }
    assert.deepEqual(violations, []);
  },
);

test("layout holds at 320, 375 and 1280 px without horizontal scrolling; screenshots taken", { skip }, async () => {
  const out = mkdtempSync(path.join(tmpdir(), "calltrail-shots-"));
  const call = newestCall();
  for (const width of [320, 375, 1280]) {
    for (const [name, sitePath] of [
      ["timeline", ""],
      ["call", `calls/${call.id}/`],
    ] as const) {
      await withPage(
        async (page) => {
          await page.goto(root.url + sitePath);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
          const shot = await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
          assert.ok(shot.length > 10_000, `${name}-${width}.png has content`);
        },
        { width },
      );
    }
  }
  console.log(`# screenshots in ${out}`);
});

test("without JavaScript, a call page is complete and the article text opens", { skip }, () =>
  withPage(
    async (page) => {
      const call = newestCall();
      await page.goto(`${root.url}calls/${call.id}/`);
      assert.ok((await page.locator(".sources > li").count()) > 0);
      await page.locator("details summary").first().click();
      assert.ok(await page.locator(".article-text").first().isVisible());
    },
    { javaScriptEnabled: false },
  ),
);
