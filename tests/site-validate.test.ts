import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { HtmlValidate } from "html-validate";
import { buildSite, filesUnder } from "./helpers/build.ts";
import { projectRoot } from "./helpers/extract.ts";

// The hand-labelled corpus makes a richer archive than the seeds: many calls, topics, years and both leaders' sides.
const corpus = path.join(projectRoot, "tests/corpus");
const sites = { seeds: await buildSite({ search: true }), corpus: await buildSite({ articlesDir: corpus, search: true }) };
const validator = new HtmlValidate({
  extends: ["html-validate:standard"],
  rules: {
    // Typographic quotes and apostrophes come from the article text; they are fine.
    "no-raw-characters": "off",
  },
});

for (const [name, site] of Object.entries(sites)) {
  test(`html-validate: no errors on any page (${name})`, async () => {
    const pages = filesUnder(site).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
    assert.ok(pages.length > 10);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(site, page), "utf8"), page);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });

  test(`feeds parse: Atom is well-formed with dated entries, JSON Feed is 1.1 (${name})`, () => {
    const xml = readFileSync(path.join(site, "feed.xml"), "utf8");
    assert.equal(XMLValidator.validate(xml), true);
    const atom = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { updated: string; entry: { published: string; id: string }[] | { published: string; id: string } };
    };
    const entries = [atom.feed.entry].flat();
    assert.ok(entries.length > 0);
    const dates = entries.map((e) => e.published);
    assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
    assert.equal(atom.feed.updated, dates[0], "updated is the newest call date, not the build time");
    for (const e of entries) assert.match(e.id, /^https?:\/\//);

    const feed = JSON.parse(readFileSync(path.join(site, "feed.json"), "utf8")) as {
      version: string;
      title: string;
      items: { id: string; url: string; date_published: string; content_text: string }[];
    };
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
    assert.ok(feed.title);
    assert.equal(feed.items.length, entries.length);
    for (const item of feed.items) {
      assert.ok(item.id && item.url.startsWith("http") && item.content_text);
      assert.ok(!Number.isNaN(Date.parse(item.date_published)));
    }
    assert.equal(XMLValidator.validate(readFileSync(path.join(site, "sitemap.xml"), "utf8")), true);
  });

  test(`budget: every call page's HTML plus CSS is at most 30 KB (${name})`, () => {
    const css = readFileSync(path.join(site, "css/site.css")).length;
    const calls = filesUnder(site).filter((f) => /^calls\/[^/]+\/index\.html$/.test(f));
    assert.ok(calls.length > 0);
    for (const page of calls) {
      const size = readFileSync(path.join(site, page)).length + css;
      assert.ok(size <= 30 * 1024, `${page}: ${size} bytes with the CSS`);
    }
  });
}

test("two builds of the same content are byte-identical, search index included", async () => {
  const again = await buildSite({ search: true });
  const first = filesUnder(sites.seeds);
  assert.deepEqual(filesUnder(again), first);
  for (const file of first)
    assert.ok(readFileSync(path.join(again, file)).equals(readFileSync(path.join(sites.seeds, file))), `${file} differs between builds`);
});
