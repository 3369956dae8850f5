/**
 * One render for the visual tests, the geometry tests and the README images:
 * the site built from the hand-written fixture in `tests/fixtures/visual/`,
 * served locally and photographed in Chromium with everything that could
 * vary between runs held still (device scale factor 1, reduced motion, no
 * caret, fonts loaded, DejaVu first in the stylesheet).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before } from "node:test";
import type { Browser, Page } from "playwright-core";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import type { StaticServer } from "../../scripts/static-server.ts";
import { serveStatic } from "../../scripts/static-server.ts";
import { launchChromium } from "../../scripts/chromium.ts";
import { executable, skip, withPage } from "./browser.ts";
import { buildSite } from "./build.ts";
import { projectRoot } from "./extract.ts";

/** Relative, so the build report names the files the same way on every machine. */
export const FIXTURE_ARTICLES = "tests/fixtures/visual/articles";
export const BASELINES = path.join(projectRoot, "tests/browser/baselines");
export const README_SHOTS_DIR = path.join(projectRoot, "docs/screenshots");

/** One page of each type the site has, in the fixture site. */
export const PAGE_TYPES: readonly { name: string; path: string }[] = [
  { name: "timeline", path: "" },
  { name: "year", path: "years/2022/" },
  { name: "call", path: "calls/2022-07-01-modi-putin/" },
  { name: "topics", path: "topics/" },
  { name: "topic", path: "topics/ukraine/" },
  { name: "people", path: "people/" },
  { name: "person", path: "people/putin/" },
  { name: "report", path: "report/" },
  { name: "search", path: "search/" },
  { name: "404", path: "no-such-page/" },
];

export const VISUAL_WIDTHS = [375, 1280] as const;
export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];

/** The README's images: the first screen of a page, from the same render as the baselines. */
export const README_SHOTS: readonly { file: string; page: string; width: number; scheme: Scheme }[] = [
  { file: "timeline-1280.png", page: "timeline", width: 1280, scheme: "light" },
  { file: "timeline-375.png", page: "timeline", width: 375, scheme: "light" },
  { file: "call-1280.png", page: "call", width: 1280, scheme: "light" },
  { file: "call-375.png", page: "call", width: 375, scheme: "light" },
  { file: "topics-1280.png", page: "topics", width: 1280, scheme: "light" },
  { file: "topics-375-dark.png", page: "topics", width: 375, scheme: "dark" },
];
/** Height of a README image: one screen. */
export const README_SHOT_HEIGHT = 800;

/**
 * Tolerance of a comparison: pixelmatch's per-pixel colour threshold (0 to 1;
 * anti-aliased pixels are not counted) and the share of pixels that may still
 * differ. Sizes must match exactly: a page that grew or shrank has changed.
 */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.001;

export function pagePath(name: string): string {
  const type = PAGE_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`no page type ${name}`);
  return type.path;
}

/** Builds the fixture site (with its search index) and serves it. */
export async function serveFixtureSite(): Promise<StaticServer> {
  return serveStatic(await buildSite({ articlesDir: FIXTURE_ARTICLES, search: true }));
}

/** For a test file: the fixture site served and Chromium started before its tests, both closed after them. */
export function useFixtureSite(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  before(async () => {
    if (skip) return;
    server = await serveFixtureSite();
    browser = await launchChromium(executable!);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}

/** Opens a page of the site, ready to be measured or photographed: fonts loaded, the search UI drawn. */
export async function openStill(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (new URL(url).pathname.endsWith("/search/")) await page.locator(".pagefind-ui__search-input").waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** A PNG of one page; the whole page, or only the first screen. */
export function screenshot(browser: Browser, url: string, width: number, scheme: Scheme, fullPage: boolean): Promise<Buffer> {
  return withPage(
    browser,
    async (page) => {
      await openStill(page, url);
      return page.screenshot({ fullPage, animations: "disabled", caret: "hide" });
    },
    { width, height: README_SHOT_HEIGHT, colorScheme: scheme, stable: true },
  );
}

export interface Comparison {
  /** Why the images differ beyond the tolerance, or null when they match. */
  problem: string | null;
  /** The diff image (differing pixels in red), when both have the same size. */
  diff: Buffer | null;
}

/** Compares two PNGs within the tolerance above. */
export function compareImages(expected: Buffer, actual: Buffer): Comparison {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) {
    return { problem: `size ${b.width}×${b.height} px, expected ${a.width}×${a.height} px`, diff: null };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  const allowed = Math.floor(a.width * a.height * MAX_DIFF_RATIO);
  return {
    problem:
      differing > allowed
        ? `${differing} pixels differ (${((differing / (a.width * a.height)) * 100).toFixed(2)} %; at most ${allowed} may)`
        : null,
    diff: PNG.sync.write(diff),
  };
}

/** The committed image at `file`, or null when there is none yet. */
export function committed(file: string): Buffer | null {
  return existsSync(file) ? readFileSync(file) : null;
}

export function baselineFile(name: string, width: number, scheme: Scheme): string {
  return path.join(BASELINES, `${name}-${width}-${scheme}.png`);
}

/**
 * Holds `actual` against the committed image at `file`. Returns null when
 * they match within the tolerance; else, when updating (`npm run test:visual
 * -- --update` sets CALLTRAIL_UPDATE_SCREENSHOTS=1), writes `actual` there
 * and returns null; else
 * writes the new image and the diff beside each other in `failures` and
 * returns what differs.
 */
export function checkImage(
  file: string,
  actual: Buffer,
  failures: string,
  update = process.env.CALLTRAIL_UPDATE_SCREENSHOTS === "1",
): string | null {
  const expected = committed(file);
  const comparison = expected ? compareImages(expected, actual) : { problem: "no committed image", diff: null };
  if (!comparison.problem) return null;
  if (update) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    console.log(`# updated ${path.relative(projectRoot, file)} (${comparison.problem})`);
    return null;
  }
  mkdirSync(failures, { recursive: true });
  const stem = path.join(failures, path.basename(file, ".png"));
  writeFileSync(`${stem}.actual.png`, actual);
  if (comparison.diff) writeFileSync(`${stem}.diff.png`, comparison.diff);
  return `${path.relative(projectRoot, file)}: ${comparison.problem} (new image and diff in ${failures})`;
}
