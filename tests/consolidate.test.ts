import assert from "node:assert/strict";
import { test } from "node:test";
import { consolidate } from "../src/consolidate/consolidate.ts";
import type { Article } from "../src/types.ts";
import { extractText } from "./helpers/extract.ts";

const dated = (date: string, file: string, extra = "") =>
  extractText(` date ${date} Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone today. ${extra}`, file);

test("articles with the same date and leaders are one call listing every source", () => {
  const { calls, statuses } = consolidate([
    dated("2022-07-01", "a.txt", "They discussed fertilisers."),
    dated("2022-07-01", "b.txt", "They discussed energy."),
  ]);
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.id, "2022-07-01-modi-putin");
  assert.deepEqual(
    calls[0]!.sources.map((s) => s.file),
    ["a.txt", "b.txt"],
  );
  assert.deepEqual(calls[0]!.topics, ["fertilizers", "energy"]);
  assert.deepEqual(
    statuses.map((s) => s.status),
    ["placed", "placed"],
  );
});

test("a call's id depends on its date and leaders only, so adding sources never changes it", () => {
  const one = consolidate([dated("2022-07-01", "z.txt")]).calls[0]!.id;
  const more = consolidate([dated("2022-07-01", "a.txt"), dated("2022-07-01", "z.txt"), dated("2022-12-16", "c.txt")]).calls.map(
    (c) => c.id,
  );
  assert.ok(more.includes(one));
});

test("an undated article joins the one call it fits, and stays unplaced when several fit", () => {
  const undated = () =>
    extractText(
      "Prime Minister Narendra Modi and President Vladimir Putin spoke on the phone on Friday, ahead of the upcoming SCO summit on July 4, 2023.",
      "undated.txt",
    );
  const placed = consolidate([dated("2023-06-30", "a.txt"), dated("2021-12-20", "b.txt"), undated()]);
  assert.equal(placed.statuses.find((s) => s.file === "undated.txt")!.callId, "2023-06-30-modi-putin");

  const ambiguous = consolidate([dated("2023-06-30", "a.txt"), dated("2023-06-23", "b.txt"), undated()]);
  const status = ambiguous.statuses.find((s) => s.file === "undated.txt")!;
  assert.equal(status.status, "unplaced");
  assert.ok(status.warnings.some((w) => /fits 2 calls/.test(w.message)));

  const none = consolidate([undated()]);
  assert.equal(none.statuses[0]!.status, "unplaced");
  assert.equal(none.calls.length, 0);
});

test("the same file twice is one source; non-call articles keep a status", () => {
  const twice = consolidate([
    dated("2022-07-01", "a.txt"),
    dated("2022-07-01", "copy-of-a.txt"),
    extractText("A story about cricket.", "c.txt"),
  ]);
  assert.equal(twice.calls[0]!.sources.length, 1);
  assert.deepEqual(
    twice.statuses.map((s) => s.status),
    ["placed", "duplicate", "not-a-call"],
  );
});

test("an article dated only by a weekday before a later crawl date gives way to a strong content match with a firm call on that weekday", () => {
  const said = `"We agreed that the rupee trade settlement must cover fertiliser and pulses this season," Modi said.`;
  const firm = extractText(
    ` date 2024-01-16 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday, January 15. ${said}`,
    "firm.txt",
  );
  const crawled = extractText(
    ` date 2024-02-08 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday. ${said}`,
    "crawled.txt",
  );
  assert.equal(crawled.callDate.date, "2024-02-05", "on its own, the last Monday before the date line");
  const { calls, statuses } = consolidate([firm, crawled]);
  assert.deepEqual(
    calls.map((c) => c.id),
    ["2024-01-15-modi-putin"],
  );
  assert.deepEqual(
    statuses.map((s) => s.callId),
    ["2024-01-15-modi-putin", "2024-01-15-modi-putin"],
  );
  assert.ok(statuses[1]!.warnings.some((w) => /shares 1 quotation/.test(w.message)));

  // Without shared content it keeps its own date: where calls are frequent, an earlier Monday is often another call.
  const unrelated = extractText(
    ` date 2024-02-08 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday about Arctic shipping.`,
    "unrelated.txt",
  );
  assert.deepEqual(
    consolidate([firm, unrelated]).calls.map((c) => c.id),
    ["2024-01-15-modi-putin", "2024-02-05-modi-putin"],
  );

  // Alone, or when an in-body dateline says when it was filed, it keeps its own date.
  assert.deepEqual(
    consolidate([crawled]).calls.map((c) => c.id),
    ["2024-02-05-modi-putin"],
  );
  const filed = extractText(
    ` date 2024-02-08 Call\nNew Delhi, Feb 5 (PTI) Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday.`,
    "filed.txt",
  );
  assert.deepEqual(
    consolidate([firm, filed]).calls.map((c) => c.id),
    ["2024-01-15-modi-putin", "2024-02-05-modi-putin"],
  );
});

test("an article whose date stays open joins the call it clearly matches in content, and says why", () => {
  const grain = extractText(
    ` date 2023-03-13 Leaders talk grain corridor
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone today about the grain corridor ` +
      `through the Black Sea and the shipments stuck at Odesa. "We want the grain to reach the hungry nations of Africa without delay," Modi said.`,
    "grain.txt",
  );
  const oil = extractText(
    ` date 2023-03-20 Leaders talk oil
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone today about crude oil prices, rupee payments and the refinery at Vadinar.`,
    "oil.txt",
  );
  // No publication date: "on Monday" leaves every Monday in the leaders' terms, and both calls were on a Monday.
  const open = extractText(
    `Modi and Putin speak on Black Sea grain
Prime Minister Narendra Modi held a telephone conversation with President Vladimir Putin on Monday. ` +
      `They talked about the grain corridor, the ships held at Odesa and food for Africa. ` +
      `"We want the grain to reach the hungry nations of Africa without delay," Modi told Putin.`,
    "open.txt",
  );
  const { statuses, calls } = consolidate([grain, oil, open]);
  const status = statuses.find((s) => s.file === "open.txt")!;
  assert.equal(status.callId, "2023-03-13-modi-putin");
  // The call record keeps the reason on the source, for the call page.
  const source = calls.find((c) => c.id === "2023-03-13-modi-putin")!.sources.find((s) => s.file === "open.txt")!;
  assert.match(source.placement ?? "", /shares 1 quotation/);
  assert.equal(calls.find((c) => c.id === "2023-03-13-modi-putin")!.sources.find((s) => s.file === "grain.txt")!.placement, undefined);
  assert.ok(
    status.warnings.some((w) => /placed with 2023-03-13-modi-putin: it shares 1 quotation/.test(w.message)),
    JSON.stringify(status.warnings),
  );
});

test("content that matches no candidate clearly leaves the article unplaced with its candidates listed", () => {
  const a = extractText(
    ` date 2023-03-13 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone today about trade.`,
    "a.txt",
  );
  const b = extractText(
    ` date 2023-03-20 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone today about trade.`,
    "b.txt",
  );
  const open = extractText(
    `Prime Minister Narendra Modi held a telephone conversation with President Vladimir Putin on Monday about trade.`,
    "open.txt",
  );
  const status = consolidate([a, b, open]).statuses.find((s) => s.file === "open.txt")!;
  assert.equal(status.status, "unplaced");
  assert.ok(
    status.warnings.some((w) => /fits 2 calls \(2023-03-13-modi-putin, 2023-03-20-modi-putin\) and matches none clearly/.test(w.message)),
    JSON.stringify(status.warnings),
  );
});

test("a report filed the next day and an open-dated report of the same call pin the day between them", () => {
  // Filed on a Tuesday with no time in the text: taken as that day, but softly (the call may have been the evening before).
  const filed = extractText(
    `Leaders discuss Arctic shipping route
Posted On: 14 MAR 2023 9:10AM by Wire Desk
Prime Minister Narendra Modi had a telephone conversation with President Vladimir Putin ` +
      `about the Northern Sea Route, icebreakers for Indian cargo and the port of Murmansk.`,
    "filed.txt",
  );
  // No publication date, but a weekday: Monday.
  const open = extractText(
    `Prime Minister Narendra Modi held a telephone conversation with President Vladimir Putin on Monday, ` +
      `covering the Northern Sea Route, icebreakers and cargo through Murmansk.`,
    "open.txt",
  );
  const { calls, statuses } = consolidate([filed, open]);
  assert.deepEqual(
    calls.map((c) => c.id),
    ["2023-03-13-modi-putin"],
  );
  assert.deepEqual(
    statuses.map((s) => s.callId),
    ["2023-03-13-modi-putin", "2023-03-13-modi-putin"],
  );
  assert.ok(statuses[1]!.warnings.some((w) => /2023-03-13 is the one day that fits/.test(w.message)));
});

test("two softly dated reports of one call pin each other to the one day both allow", () => {
  // A page header two weeks late, and "on Thursday": the last Thursday before it, softly.
  const late = extractText(
    `Friday, November 24, 2023
Leaders speak on Chabahar port and rail corridor
Prime Minister Narendra Modi spoke with President Vladimir Putin on Thursday about the Chabahar port, the rail corridor to the Caspian and freight rates.`,
    "late.txt",
  );
  // A readout's own date and no time in the text: that day, or the evening before.
  const readout = extractText(
    `Leaders review Chabahar and corridor freight
Posted On: 10 NOV 2023 8:05AM by Wire Desk
Prime Minister Narendra Modi had a telephone conversation with President Vladimir Putin ` +
      `about the Chabahar port, the rail corridor to the Caspian and freight rates.`,
    "readout.txt",
  );
  const { calls } = consolidate([late, readout]);
  assert.deepEqual(
    calls.map((c) => c.id),
    ["2023-11-09-modi-putin"],
  );
  assert.equal(calls[0]!.sources.length, 2);
});

test("'today' under a date line that may lag a day, and a report that only fits the day before, meet on that day", () => {
  const lagging = extractText(
    ` date 2021-09-08 Leaders speak\nPrime Minister Narendra Modi had a telephone conversation today with President Vladimir Putin ` +
      `on the Taliban takeover in Kabul, refugees and the Panjshir valley.`,
    "lagging.txt",
  );
  const older = extractText(
    ` date 2021-09-07 Call on Afghanistan\nPrime Minister Narendra Modi had a telephone conversation with President Vladimir Putin ` +
      `about the Taliban takeover in Kabul, refugees and the Panjshir valley.`,
    "older.txt",
  );
  const { calls } = consolidate([lagging, older]);
  assert.deepEqual(
    calls.map((c) => c.id),
    ["2021-09-07-modi-putin"],
  );
});

test("two reports that both leave the day open pin each other when they match and share one possible day", () => {
  const quote = '"Both sides agreed that every sponsor of cross-border terror must be made to stop at once," the statement said.';
  const open = (file: string, body: string, callDate: Partial<Article["callDate"]>) => {
    const article = extractText(`Russian President Vladimir Putin rang Prime Minister Narendra Modi ${body}. ${quote}`, file);
    article.callDate = { date: null, earliest: null, latest: null, weekday: null, evidence: null, ...callDate };
    return article;
  };
  // One report's clues leave three days, the other's every Thursday in a month: one day fits both.
  const first = () => open("first.txt", "last night", { earliest: "2019-02-27", latest: "2019-03-01" });
  const second = () => open("second.txt", "on Thursday night", { earliest: "2019-02-14", latest: "2019-03-14", weekday: 4 });
  const { calls, statuses } = consolidate([first(), second()]);
  assert.deepEqual(
    calls.map((c) => c.id),
    ["2019-02-28-modi-putin"],
  );
  assert.deepEqual(
    statuses.map((s) => s.status),
    ["placed", "placed"],
  );
  assert.match(calls[0]!.sources[0]!.placement ?? "", /one day that fits both/);

  // Two days fitting both, or no shared wording: they stay unplaced.
  const wide = open("wide.txt", "last night", { earliest: "2019-02-20", latest: "2019-03-01" });
  assert.deepEqual(
    consolidate([wide, second()]).statuses.map((s) => s.status),
    ["unplaced", "unplaced"],
  );
  const unrelated = extractText(
    "Russian President Vladimir Putin rang Prime Minister Narendra Modi on Thursday night about grain and fertiliser deliveries.",
    "unrelated.txt",
  );
  unrelated.callDate = second().callDate;
  assert.deepEqual(
    consolidate([first(), unrelated]).statuses.map((s) => s.status),
    ["unplaced", "unplaced"],
  );
});
