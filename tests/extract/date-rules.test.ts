import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { daysFitting } from "../../src/extract/date/day-set.ts";
import { eventMentions } from "../../src/extract/date/event-mentions.ts";
import { DATE_RULES } from "../../src/extract/date/resolve.ts";
import { extractText } from "../helpers/extract.ts";

const span = { from: "1947-08-15", to: "2026-11-22" };

describe("the day set", () => {
  it("a weekday and a day and month without a year, inside two people's terms, leave the years that fit", () => {
    const set = daysFitting(
      [
        { rule: "t", evidence: "", weekday: 3, monthDay: { month: 3, day: 2, within: 0 } },
        { rule: "t", evidence: "", spans: [{ from: "2014-04-26", to: null }] },
      ],
      span,
    );
    assert.deepEqual(set.days, ["2016-03-02", "2022-03-02"]);
  });

  it("a lower bound from the context settles it to one day", () => {
    const set = daysFitting(
      [
        { rule: "t", evidence: "", weekday: 3, monthDay: { month: 3, day: 2, within: 0 } },
        { rule: "t", evidence: "", spans: [{ from: "2014-04-26", to: null }] },
        { rule: "t", evidence: "", from: "2020-01-01" },
      ],
      span,
    );
    assert.deepEqual(set.days, ["2022-03-02"]);
  });

  it("a dateline's day and month with a weekday up to a week before it", () => {
    const set = daysFitting([{ rule: "t", evidence: "", weekday: 5, monthDay: { month: 6, day: 10, within: 6 } }], {
      from: "2020-01-01",
      to: "2021-12-31",
    });
    assert.deepEqual(set.days, ["2020-06-05", "2021-06-04"]);
  });

  it("29 February only in leap years", () => {
    const set = daysFitting([{ rule: "t", evidence: "", monthDay: { month: 2, day: 29, within: 0 } }], {
      from: "2015-01-01",
      to: "2021-12-31",
    });
    assert.deepEqual(set.days, ["2016-02-29", "2020-02-29"]);
  });

  it("two different weekdays leave no day; a long range with only a weekday is not listed", () => {
    assert.deepEqual(
      daysFitting(
        [
          { rule: "a", evidence: "", weekday: 1 },
          { rule: "b", evidence: "", weekday: 2 },
        ],
        span,
      ).days,
      [],
    );
    const open = daysFitting([{ rule: "a", evidence: "", weekday: 1 }], span);
    assert.equal(open.days, null);
    assert.equal(open.weekday, 1);
  });
});

describe("date rules on whole articles (written for these tests)", () => {
  it("the rule list names each rule once", () => {
    const names = DATE_RULES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
  });

  it("a weekday and a day and month with no year and no publication date: the leaders' terms and the war settle the year", () => {
    const article = extractText(
      `Modi rings Putin over stranded students
Prime Minister Narendra Modi on Friday (March 4) spoke by phone with Russian President Vladimir Putin ` +
        `about getting students out of the fighting after the invasion of Ukraine.`,
    );
    assert.equal(article.callDate.date, "2022-03-04");
    assert.match(article.callDate.rule ?? "", /month-day-without-year/);
    assert.match(article.callDate.rule ?? "", /world-context/);
  });

  it("without the war's mention the same text leaves two years, and keeps both as candidates", () => {
    const article = extractText(`Modi rings Putin
Prime Minister Narendra Modi on Friday (March 4) spoke by phone with Russian President Vladimir Putin about trade.`);
    assert.equal(article.callDate.date, null);
    assert.deepEqual(article.callDate.candidates, ["2016-03-04", "2022-03-04"]);
  });

  it("a bare weekday and no other clue stays open, bounded by the leaders' terms", () => {
    const article = extractText(
      `Prime Minister Narendra Modi held a telephone conversation with President Vladimir Putin on Tuesday about oil.`,
    );
    assert.equal(article.callDate.date, null);
    assert.equal(article.callDate.weekday, 2);
    assert.ok(article.callDate.earliest! >= "2014-04-26");
  });

  it("a named full name is the person whatever the year: no year in the text still finds both leaders", () => {
    const article = extractText(`Narendra Modi and Vladimir Putin spoke on the phone on Thursday and discussed fertiliser deliveries.`);
    assert.deepEqual(
      article.participants.map((p) => p.name),
      ["Narendra Modi", "Vladimir Putin"],
    );
  });

  it("a wire dateline without a year, a weekday, and a former leader", () => {
    const article = extractText(
      `Putin thanks former Indian premier for years of work

KAZAN, June 3 (Wire) – Russian President Vladimir Putin rang former Indian Prime Minister Manmohan Singh on Tuesday ` +
        `to thank him for his years in office, according to the Kremlin.`,
    );
    // Singh left office on 2014-05-26 and died on 2024-12-26: one Tuesday in the week up to 3 June of each year between.
    assert.equal(article.callDate.date, null);
    const days = article.callDate.candidates ?? [];
    assert.equal(days[0], "2014-06-03");
    assert.equal(days.length, 11);
    assert.ok(days.every((d) => d <= "2024-12-26"));
    assert.ok(!article.warnings.some((w) => /calls Manmohan Singh/.test(w.message)), "no title warning for a former office holder");
  });

  it("an event the text mentions bounds the call from below", () => {
    const article = extractText(
      `Prime Minister Narendra Modi spoke with President Vladimir Putin on Wednesday night, days after the Pahalgam attack, and Putin offered condolences.`,
    );
    assert.ok(article.callDate.earliest! >= "2025-04-22");
  });

  it("a title given after 'former' does not date the text by that person's term", () => {
    const article = extractText(
      `Prime Minister Narendra Modi spoke by phone with President Vladimir Putin on Friday ` +
        `about talks that former US President Barack Obama had once proposed.`,
    );
    assert.ok(!(article.callDate.rule ?? "").includes("world-context"));
    assert.ok((article.callDate.latest ?? "") > "2017-01-20");
  });

  it("another leader named with a present title dates the text to that term", () => {
    const text =
      `Putin thanks former Indian premier for years of work

KAZAN, June 3 (Wire) – Russian President Vladimir Putin rang former Indian Prime Minister Manmohan Singh on Tuesday ` +
      `to thank him for his years in office, according to the Kremlin.
Singh's resignation had been accepted by President Pranab Mukherjee a fortnight earlier.`;
    const article = extractText(text);
    // Of the eleven Tuesdays the dateline allows (see above), four fall in Mukherjee's term (2012-2017).
    assert.deepEqual(article.callDate.candidates, ["2014-06-03", "2015-06-02", "2016-05-31", "2017-05-30"]);
    assert.ok(article.warnings.some((w) => /titled-leaders/.test(w.message)));
  });

  it("a title in background that contradicts the call's leaders is dropped, not allowed to empty the set", () => {
    const article = extractText(
      `Prime Minister Narendra Modi and President Vladimir Putin spoke on the phone on Thursday (August 8). ` +
        `Ties were raised to a special strategic partnership when President Pratibha Patil was in office.`,
    );
    // Patil (2007-2012) cannot overlap Modi's term; the clue is weak, so the weekday and day still decide among the years.
    assert.ok(!(article.callDate.rule ?? "").includes("titled-leaders"));
    assert.ok(
      article.callDate.date === null ? (article.callDate.candidates ?? []).includes("2024-08-08") : article.callDate.date === "2024-08-08",
    );
  });

  it("a leader's age dates the text to one year of that leader's life", () => {
    const article =
      extractText(`Russian President Vladimir Putin telephoned former Prime Minister Manmohan Singh on Tuesday. The 82-year-old Singh said he was touched.
MOSCOW, June 3 (Wire) - The Kremlin said the two men spoke warmly.`);
    // Singh was 82 from 2014-09-26 to 2015-09-25: of the Tuesdays up to 3 June, only 2015-06-02.
    assert.equal(article.callDate.date, "2015-06-02");
    assert.match(article.callDate.rule ?? "", /leader-age/);
  });

  it("a congratulation on an election won puts the call soon after one of the leaders' elections", () => {
    const article = extractText(
      `Modi phones Putin after the vote
Prime Minister Narendra Modi on Tuesday telephoned President Vladimir Putin and congratulated him on his re-election as President. ` +
        `Putin invited Modi to visit Moscow.`,
    );
    // Tuesdays within two months after Putin's elections in March 2018 and March 2024 (and Modi's), not every Tuesday since 2014.
    const days = article.callDate.candidates ?? [];
    assert.ok(days.length > 0 && days.length <= 64, `a short list of days, got ${days.length}`);
    assert.ok(days.includes("2018-03-20") && days.includes("2024-03-19"));
    assert.ok(!days.includes("2022-03-01"));
  });

  it("a congratulation on a vote that elected nobody (a referendum on the constitution) says nothing of elections", () => {
    const article = extractText(
      "Prime Minister Narendra Modi telephoned President Vladimir Putin on Thursday and congratulated him on the vote " +
        "that approved changes to Russia's constitution.",
    );
    assert.ok(!(article.callDate.rule ?? "").includes("election-congratulations"));
    assert.ok(!article.warnings.some((w) => /election-congratulations/.test(w.message)));
  });

  it("wishing success in elections still ahead is not a congratulation on one won", () => {
    const article = extractText(
      `Prime Minister Narendra Modi spoke with President Vladimir Putin on Monday, who congratulated him and wished him success in the coming elections.`,
    );
    assert.ok(!(article.callDate.rule ?? "").includes("election-congratulations"));
  });
});

describe("events the text describes or dates by a weekday (written for these tests)", () => {
  const strike = { name: "a strike", date: "2019-02-26", phrases: ["Balakot", "air strike … Jaish"] };

  it("a phrase with a gap needs its parts in order within one sentence", () => {
    assert.equal(eventMentions(["Jets carried out an air strike on a Jaish training site."], strike).length, 1);
    assert.equal(eventMentions(["Jaish was blamed.", "Later came an air strike elsewhere."], strike).length, 0);
    assert.equal(eventMentions(["The Balakot raid was debated."], strike)[0]?.phrase, "Balakot");
  });

  it("an event dated 'on <its own weekday>' puts the call within a week of it; another weekday says nothing", () => {
    const text =
      `Putin rings Modi

Russian President Vladimir Putin telephoned Prime Minister Narendra Modi on Friday night to offer support. ` +
      `The crisis deepened after the strike on Balakot on Tuesday.`;
    const article = extractText(text);
    // 2019-02-26 was a Tuesday: the text is from the week after it, and the one Friday after the strike in that week is 2019-03-01.
    assert.equal(article.callDate.date, "2019-03-01");
    assert.match(article.callDate.rule ?? "", /event-week/);
    // The page shows the sentence that named the day, not a placeholder.
    assert.match(article.evidence.date ?? "", /telephoned Prime Minister Narendra Modi on Friday night/);
    const wrongDay = extractText(text.replace("on Tuesday", "on Sunday"));
    assert.equal(wrongDay.callDate.date, null, "a weekday that is not the event's own says nothing of the week");
    assert.ok(!(wrongDay.callDate.rule ?? "").includes("event-week"));
  });
});

describe("years the text writes (written for these tests)", () => {
  it("the latest year written of the past bounds the call from below; one written of plans does not", () => {
    const past = extractText(
      `Prime Minister Narendra Modi spoke by phone with President Vladimir Putin on Monday. ` +
        `The border stand-off with China began in 2020 and talks have gone on since.`,
    );
    assert.ok(past.callDate.earliest! >= "2020-01-01");
    const plans = extractText(
      `Prime Minister Narendra Modi spoke by phone with President Vladimir Putin on Monday. They aim to double trade by 2030.`,
    );
    assert.ok(plans.callDate.earliest! < "2020-01-01");
  });
});
