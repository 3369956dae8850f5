import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_DATA_DIR, loadReference } from "../src/data/load.ts";
import { callsPerYearChart } from "../src/render/chart.ts";
import { paginate } from "../src/render/paginate.ts";
import { CALLS_PER_PAGE, FEED_ENTRIES, RECENT_CALLS, buildSiteData } from "../src/render/site-data.ts";
import { callSummary, listOf } from "../src/render/summary.ts";
import { addDays } from "../src/dates.ts";
import type { CallRecord } from "../src/types.ts";

test("paginate splits a list into linked pages, first page at the base URL", () => {
  const pages = paginate([1, 2, 3, 4, 5], 2, "/topics/trade/");
  assert.deepEqual(pages.map((p) => p.items), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(pages.map((p) => p.url), ["/topics/trade/", "/topics/trade/2/", "/topics/trade/3/"]);
  assert.deepEqual(pages.map((p) => [p.previousUrl, p.nextUrl]), [[null, "/topics/trade/2/"], ["/topics/trade/", "/topics/trade/3/"], ["/topics/trade/2/", null]]);
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
  assert.deepEqual(trade.flatMap((p) => p.items).map((c) => c.id), data.calls.map((c) => c.id), "the pages together hold every call, newest first");
  assert.ok(data.years.every((y) => y.count <= 183), "a year page lists only that year");
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
  const chart = callsPerYearChart(new Map([["2019", 2], ["2021", 4]]))!;
  assert.deepEqual(chart.bars.map((b) => [b.year, b.count]), [["2019", 2], ["2020", 0], ["2021", 4]]);
  assert.equal(chart.bars[2]!.height, 2 * chart.bars[0]!.height);
  assert.equal(callsPerYearChart(new Map()), null);
  // A four-digit label is about 36 units wide at the chart's font size: it must fit inside the picture at both ends.
  const wide = callsPerYearChart(new Map([["2001", 1], ["2025", 5]]))!;
  for (const bar of wide.bars.filter((b) => b.labelled)) assert.ok(bar.labelX - 18 >= 0 && bar.labelX + 18 <= wide.width, `${bar.year} label fits`);
  assert.ok(wide.bars.find((b) => b.year === "2025")!.labelled, "the newest year is always labelled");
});

test("the summary says who called whom and what about", () => {
  assert.equal(callSummary(["A", "B"], "B", []), "B called A.");
  assert.equal(callSummary(["A", "B"], null, []), "A and B spoke by phone.");
  assert.equal(callSummary(["A", "B"], null, ["Trade and economy"]), "A and B spoke by phone about Trade and economy.");
  assert.equal(callSummary(["A", "B"], "A", ["Energy", "BRICS", "G20"]), "A called B about Energy and 2 other topics.");
  assert.deepEqual(["", "a", "a and b", "a, b and c"], [[], ["a"], ["a", "b"], ["a", "b", "c"]].map(listOf));
});
