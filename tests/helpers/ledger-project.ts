/**
 * Hand-written articles and a scratch project for the ledger tests: build,
 * change the articles, build again (src/ledger/). The articles are written
 * here, in the tests' own words.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { commitLedger } from "../../src/ledger/published.ts";
import { builtSite } from "./build.ts";

export function callArticle(options: { title: string; publisher: string; published: string; callDate?: string; body: string }): string {
  const lines = ["---", `title: ${options.title}`, `publisher: ${options.publisher}`, `published: ${options.published}`];
  if (options.callDate) lines.push(`callDate: ${options.callDate}`);
  return `${lines.join("\n")}\n---\n${options.body}\n`;
}

export const winterCall = (callDate: string) =>
  callArticle({
    title: "Modi and Putin talk energy and defence ties by phone",
    publisher: "Harbour Line News",
    published: "2020-01-15",
    callDate,
    body:
      "Prime Minister Narendra Modi spoke on the phone with Russian President Vladimir Putin, " +
      "the two sides said.\n\nDuring the telephone conversation the two leaders went over energy " +
      "cooperation and defence supplies, and agreed to keep in close touch.",
  });

export const oilCall = (publisher: string, callDate: string) =>
  callArticle({
    title: `Oil and fertiliser on the agenda as Modi phones Putin (${publisher})`,
    publisher,
    published: "2020-03-04",
    callDate,
    body:
      `Prime Minister Narendra Modi held a telephone conversation with President Vladimir Putin ` +
      `of Russia, ${publisher} reported.\n\nThe leaders talked about oil supplies and fertiliser ` +
      `shipments, officials said after the call.`,
  });

export const tradeCall = callArticle({
  title: "Modi and Putin confer on trade links",
  publisher: "Riverside Times",
  published: "2020-06-11",
  callDate: "2020-06-10",
  body:
    "Prime Minister Narendra Modi had a phone call with President Vladimir Putin on trade and " +
    "investment.\n\nBoth leaders agreed to push for more trade in national currencies, " +
    "according to a readout of the call.",
});

// The same report, corrected: it was a meeting, not a call.
export const tradeMeeting = callArticle({
  title: "Modi and Putin meet at the Vladivostok forum",
  publisher: "Riverside Times",
  published: "2020-06-11",
  body:
    "Prime Minister Narendra Modi met President Vladimir Putin in person in Vladivostok, where " +
    "the two held talks on the sidelines of the economic forum.\n\nThey walked along the " +
    "waterfront before sitting down for a round of talks with their delegations.",
});

/** An articles folder and its ledger, built in turn as `npm run build` does: build, then record the published ids. */
export function project() {
  const root = mkdtempSync(path.join(tmpdir(), "calltrail-ledger-site-"));
  const articles = path.join(root, "articles");
  mkdirSync(articles);
  const ledger = path.join(root, "published-ids.jsonl");
  return {
    ledger,
    write: (file: string, text: string) => writeFileSync(path.join(articles, file), text),
    remove: (file: string) => rmSync(path.join(articles, file)),
    async build(options: { pathPrefix?: string } = {}) {
      const { output: site, published } = await builtSite({ articlesDir: articles, ledger, search: true, ...options });
      if (published) commitLedger(published);
      return { site, read: (file: string) => readFileSync(path.join(site, file), "utf8") };
    },
  };
}
