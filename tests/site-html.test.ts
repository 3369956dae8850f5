/**
 * A site built from a saved page and a `.txt` of the same story: one call
 * page, listing both sources, with the outlet, link and publication date the
 * page's metadata gives, and the page's text rendered as plain paragraphs.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { buildSite, filesUnder } from "./helpers/build.ts";
import { projectRoot } from "./helpers/extract.ts";

const articles = mkdtempSync(path.join(tmpdir(), "calltrail-site-html-"));
writeFileSync(path.join(articles, "saved-page.html"), readFileSync(path.join(projectRoot, "tests/html/wordpress-og.html")));
writeFileSync(
  path.join(articles, "pasted.txt"),
  " date 2023-03-14 Modi, Putin discuss food supplies\nNarendra Modi and Vladimir Putin held " +
    "a phone call on Monday about fertiliser shipments and trade settled in rupees and " +
    "roubles, officials in New Delhi said.\n",
);
const site = await buildSite({ articlesDir: articles });

test("a saved page and a .txt of the same story build one call page showing the page's outlet, link and publication date", () => {
  const callPages = filesUnder(site).filter((f) => /^calls\/[^/]+\/index\.html$/.test(f));
  assert.deepEqual(callPages, ["calls/2023-03-13-modi-putin/index.html"]);
  const page = readFileSync(path.join(site, callPages[0]!), "utf8");
  assert.match(
    page,
    new RegExp(
      String.raw`<a ` +
        String.raw`href="https:\/\/deccanledger\.example\/2023\/03\/14\/modi-putin-phone-grain-payments\/" ` +
        String.raw`rel="nofollow noopener">Modi and Putin talk grain and payments by phone<\/a>`,
    ),
  );
  assert.match(page, /The Deccan Ledger, published <time datetime="2023-03-14">14 Mar 2023<\/time>/);
  assert.equal(page.match(/<li id="source-\d+">/g)?.length, 2, "both sources on the one call page");
  // The page's text, as paragraphs of text: none of its menus or scripts.
  assert.match(page, /<p>Prime Minister Narendra Modi and Russian President Vladimir Putin spoke on the telephone yesterday/);
  assert.doesNotMatch(page, /Recent Posts|wp-emoji|jquery|Leave a comment/);
  const json = JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as {
    articles: { file: string; format: string; publisher: string | null; published: string | null }[];
  };
  const fromPage = json.articles.find((a) => a.file.endsWith("saved-page.html"))!;
  assert.deepEqual([fromPage.format, fromPage.publisher, fromPage.published], ["html", "The Deccan Ledger", "2023-03-14"]);
});
