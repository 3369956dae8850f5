/**
 * What every browser test needs: the system's Chromium or a reason to skip
 * (a failure under `REQUIRE_BROWSER=1`, as `.ci/run` sets), and a page in a
 * fresh context with a given width and colour scheme.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { findChromium } from "../../scripts/chromium.ts";

export const executable = findChromium();
/** `false` when Chromium is there, else the message `node:test` shows for skipped tests. */
export const skip: false | string = executable
  ? false
  : "no Chromium found (set CHROMIUM_PATH or apt-get install chromium); browser tests skipped";
if (!executable && process.env.REQUIRE_BROWSER === "1")
  throw new Error("REQUIRE_BROWSER=1 but no Chromium was found at CHROMIUM_PATH or /usr/bin/chromium");

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  javaScriptEnabled?: boolean;
  /** Device scale factor 1 and reduced motion: the same pixels on every run. */
  stable?: boolean;
}

/** Runs `fn` on a page in its own context, closed afterwards. */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>, options: PageOptions = {}): Promise<T> {
  const context: BrowserContextOptions = {
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.stable ? { deviceScaleFactor: 1, reducedMotion: "reduce" as const } : {}),
  };
  const opened = await browser.newContext(context);
  try {
    return await fn(await opened.newPage());
  } finally {
    await opened.close();
  }
}
