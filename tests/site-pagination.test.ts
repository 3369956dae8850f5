import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { buildSite, checkLinks, filesUnder } from "./helpers/build.ts";
import { DEFAULT_DATA_DIR, loadReference } from "../src/data/load.ts";
import { callsPerYearChart } from "../src/render/chart.ts";
import { paginate } from "../src/render/paginate.ts";
import { CALLS_PER_PAGE, FEED_ENTRIES, RECENT_CALLS, buildSiteData } from "../src/render/site-data.ts";
import { callSummary } from "../src/render/summary.ts";
import { listOf } from "../src/words.ts";
import { addDays } from "../src/dates.ts";
import type { CallRecord } from "../src/types.ts";

test("paginate splits a list into linked pages, first page at the base URL", () => {
  const pages = paginate([1, 2, 3, 4, 5], 2, "/topics/trade/");
  assert.deepEqual(
    pages.map((p) => p.items),
    [[1, 2], [3, 4], [5]],
  );
  assert.deepEqual(
    pages.map((p) => p.url),
    ["/topics/trade/", "/topics/trade/2/", "/topics/trade/3/"],
  );
  assert.deepEqual(
    pages.map((p) => [p.previousUrl, p.nextUrl]),
    [
      [null, "/topics/trade/2/"],
      ["/topics/trade/", "/topics/trade/3/"],
      ["/topics/trade/2/", null],
    ],
  );
  assert.equal(paginate([], 10, "/x/").length, 1, "an empty list still has its first page");
});

// A synthetic archive of the size the benchmark uses (≈ 4,000 calls): every list page must stay bounded.
function syntheticArchive(count: number) {
  const reference = loadReference(DEFAULT_DATA_DIR);
  const modi = { name: "Narendra Modi", slug: "modi", country: "india", office: "Prime Minister of India" };
  const putin = { name: "Vladimir Putin", slug: "putin", country: "russia", office: "President of Russia" };
  const calls: CallRecord[] = Array.from({ length: count }, (_, i) => {
    const date = addDays("2000-01-01", i * 2);
    return {
      id: `${date}-modi-putin`,
      date,
      participants: [modi, putin],
      initiator: i % 3 === 0 ? "Vladimir Putin" : null,
      topics: ["trade", i % 2 ? "energy" : "defence"],
      quotes: [{ text: `Quote number ${i}.`, speaker: "MEA", sources: [`a${i}.txt`] }],
      sources: [{ file: `a${i}.txt`, title: `Story ${i}`, publisher: "Wire", url: "https://example.org/", published: date }],
      evidence: { isCall: `The leaders spoke on call ${i}.` },
    };
  });
  return { articles: [], calls, statuses: [], reference };
}

test("at archive scale, no page lists more than a bounded number of calls or quotes", () => {
  const data = buildSiteData(syntheticArchive(4000));
  assert.equal(data.calls.length, 4000);
  assert.equal(data.recent.flatMap((g) => g.calls).length, RECENT_CALLS);
  assert.equal(data.olderCount, 4000 - RECENT_CALLS);
  assert.equal(data.feed.length, FEED_ENTRIES);
  assert.equal(data.feed[0]!.date, data.calls[0]!.date, "the feed starts with the newest call");
  for (const page of [...data.topicPages, ...data.personPages]) assert.ok(page.items.length <= CALLS_PER_PAGE, page.url);
  for (const page of data.topicPages) assert.ok(page.quotes.length <= CALLS_PER_PAGE, `${page.url}: quotes of its own calls only`);
  const trade = data.topicPages.filter((p) => p.topic.slug === "trade");
  assert.equal(trade.length, 4000 / CALLS_PER_PAGE);
  assert.deepEqual(
    trade.flatMap((p) => p.items).map((c) => c.id),
    data.calls.map((c) => c.id),
    "the pages together hold every call, newest first",
  );
  for (const page of data.yearPages)
    assert.ok(page.items.length <= CALLS_PER_PAGE && page.items.every((c) => c.year === page.year.year), page.url);
  assert.equal(
    data.yearPages.reduce((n, p) => n + p.items.length, 0),
    4000,
    "the year pages together hold every call",
  );
  assert.equal(data.chart!.bars.length, data.years.length);
});

test("call views link to their neighbours and count the days between calls", () => {
  const data = buildSiteData(syntheticArchive(3));
  const [newest, middle, oldest] = data.calls;
  assert.equal(middle!.previous!.url, oldest!.url);
  assert.equal(middle!.next!.url, newest!.url);
  assert.equal(middle!.daysSincePrevious, 2);
  assert.equal(oldest!.daysSincePrevious, null);
  assert.equal(newest!.next, null);
});

test("the chart has a bar for every year from first to last, gaps included", () => {
  const chart = callsPerYearChart(
    new Map([
      ["2019", 2],
      ["2021", 4],
    ]),
  )!;
  assert.deepEqual(
    chart.bars.map((b) => [b.year, b.count]),
    [
      ["2019", 2],
      ["2020", 0],
      ["2021", 4],
    ],
  );
  assert.equal(chart.bars[2]!.height, 2 * chart.bars[0]!.height);
  assert.equal(callsPerYearChart(new Map()), null);
  // A four-digit label is about 36 units wide at the chart's font size: it must fit inside the picture at both ends.
  const wide = callsPerYearChart(
    new Map([
      ["2001", 1],
      ["2025", 5],
    ]),
  )!;
  for (const bar of wide.bars.filter((b) => b.labelled))
    assert.ok(bar.labelX - 18 >= 0 && bar.labelX + 18 <= wide.width, `${bar.year} label fits`);
  assert.ok(wide.bars.find((b) => b.year === "2025")!.labelled, "the newest year is always labelled");
});

test("the summary says who called whom and what about", () => {
  assert.equal(callSummary(["A", "B"], "B", []), "B called A.");
  assert.equal(callSummary(["A", "B"], null, []), "A and B spoke by phone.");
  assert.equal(callSummary(["A", "B"], null, ["Trade and economy"]), "A and B spoke by phone about Trade and economy.");
  assert.equal(callSummary(["A", "B"], "A", ["Energy", "BRICS", "G20"]), "A called B about Energy and 2 other topics.");
  assert.deepEqual(["", "a", "a and b", "a, b and c"], [[], ["a"], ["a", "b"], ["a", "b", "c"]].map(listOf));
});

test("a built archive larger than one page splits topic, person and year pages and links them", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-many-"));
  const count = 120;
  for (let i = 0; i < count; i++) {
    const date = addDays("2020-01-01", i * 3);
    writeFileSync(
      path.join(dir, `call-${i}.md`),
      `---\ntitle: Call ${i}\ncallDate: ${date}\nparticipants: [Narendra Modi, Vladimir Putin]\ntopics: [trade]\n---\n` +
        `Prime Minister Narendra Modi spoke with Russian President Vladimir Putin over the phone and discussed trade.\n\n` +
        `"We agreed to expand trade, point ${i}," Modi said after the call.\n`,
    );
  }
  const site = await buildSite({ articlesDir: dir });
  const files = filesUnder(site);
  const calls = (html: string) => [...html.matchAll(/<h3 class="call-title">/g)].length;
  const read = (file: string) => readFileSync(path.join(site, file), "utf8");
  assert.equal((JSON.parse(read("calls.json")) as { calls: unknown[] }).calls.length, count);
  assert.equal(calls(read("index.html")), RECENT_CALLS);
  for (const base of ["topics/trade/", "people/modi/", "years/2020/"]) {
    assert.equal(calls(read(`${base}index.html`)), CALLS_PER_PAGE, base);
    assert.equal(calls(read(`${base}2/index.html`)), CALLS_PER_PAGE, `${base}2/`);
    assert.ok(files.includes(`${base}3/index.html`), `${base}3/`);
    assert.match(read(`${base}2/index.html`), new RegExp(`<a rel="next" href="/${base}3/">`));
  }
  assert.equal(
    [...read("topics/trade/2/index.html").matchAll(/<figure class="quote">/g)].length,
    CALLS_PER_PAGE,
    "quotes of that page's calls only",
  );
  assert.equal((JSON.parse(read("feed.json")) as { items: unknown[] }).items.length, FEED_ENTRIES);
  assert.deepEqual(
    checkLinks(site).broken.filter((b) => !b.includes("/pagefind/")),
    [],
  );
  for (const file of files.filter((f) => f.endsWith(".html"))) assert.ok(statSync(path.join(site, file)).size < 200 * 1024, file);
});
