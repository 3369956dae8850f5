import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText } from "../helpers/extract.ts";

test("a full date in the call sentence wins over the later date line", () => {
  const article = extractText(` date 2023-07-12 PM Modi and President Putin review ties

Prime Minister Narendra Modi spoke to Russian President Vladimir Putin over the phone on June 30, 2023, and the two leaders reviewed bilateral cooperation.`);
  assert.equal(article.callDate.date, "2023-06-30");
});

test("'on Monday' resolves to the Monday on or before the date line", () => {
  const article = extractText(` date 2022-12-16 Modi, Putin hold talks
Prime Minister Narendra Modi on Friday held a telephone conversation with President Vladimir Putin.`);
  assert.equal(article.callDate.date, "2022-12-16");
  const later = extractText(` date 2022-12-18 Modi, Putin hold talks
Prime Minister Narendra Modi on Friday held a telephone conversation with President Vladimir Putin.`);
  assert.equal(later.callDate.date, "2022-12-16", "two days after publication the Friday is the one before");
});

test("'yesterday' and 'today' count back from the date line", () => {
  const article = extractText(` date 2024-06-06 Putin calls Modi
Russian President Vladimir Putin yesterday telephoned Prime Minister Narendra Modi to congratulate him.`);
  assert.equal(article.callDate.date, "2024-06-05");
});

test("a month and day with a weekday, and no year, take the year from the date line", () => {
  const article = extractText(` date 2024-02-08 Leaders talk
Narendra Modi had a telephonic conversation with Vladimir Putin on Monday, Jan 15, discussing trade.`);
  assert.equal(article.callDate.date, "2024-01-15");
  assert.equal(article.callDate.weekday, 1);
});

test("a date tied to another event in the call sentence is not the call date", () => {
  const article = extractText(` date 2021-12-20 Follow-up call
Prime Minister Narendra Modi on Monday had a phone call with President Vladimir Putin, following up on the summit on December 6.`);
  assert.equal(article.callDate.date, "2021-12-20");
});

test("only a tweet's sign-off dates the call", () => {
  const article = extractText(`Modi thanks Putin after call

Prime Minister Narendra Modi thanked President Vladimir Putin during a telephone conversation, and posted about it.

Thank you, President Putin, for your warm wishes on our national festival today. — Narendra Modi (@narendramodi) August 15, 2019`);
  assert.equal(article.callDate.date, "2019-08-15");
});

test("with no date line and only a weekday, the call date stays a range with its weekday", () => {
  const article = extractText(
    `Russian President Vladimir Putin and Prime Minister Narendra Modi spoke by telephone on Tuesday, ` +
      `ahead of the upcoming BRICS summit in Kazan on October 22, 2024.`,
  );
  assert.equal(article.callDate.date, null);
  assert.equal(article.callDate.weekday, 2);
  // The last Tuesday before the summit's eve.
  assert.equal(article.callDate.latest, "2024-10-15");
  assert.ok(article.callDate.earliest! < "2024-10-15");
});

test("a resolved date is never after publication", () => {
  const article = extractText(` date 2020-01-10 Leaders speak
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on March 3, 2020.`);
  assert.notEqual(article.callDate.date, "2020-03-03");
  assert.ok(article.warnings.some((w) => /after the publication date/.test(w.message)));
});

test("an agency dateline, not the later date line, anchors 'on Monday (Mar 7)' and is never the call date itself", () => {
  const article = extractText(` date 2022-03-09 Modi speaks to Putin

New Delhi, Mar 8 (IANS) Prime Minister Narendra Modi on Monday (Mar 7) held a phone conversation with Russian President Vladimir Putin.`);
  assert.equal(article.callDate.date, "2022-03-07");
});

test("'yesterday' and 'today' count from the dateline the report was filed under", () => {
  const yesterday = extractText(` date 2001-01-29 Putin rings Vajpayee

NEW DELHI, Jan 28 (UNI) Russian President Vladimir Putin rang up Prime Minister Atal Bihari Vajpayee yesterday to offer help.`);
  assert.equal(yesterday.callDate.date, "2001-01-27");
  const today = extractText(` date 1999-06-16 Vajpayee briefs Yeltsin

NEW DELHI, June 15. The Prime Minister, Mr. Atal Bihari Vajpayee, today spoke to the Russian President, Mr. Boris Yeltsin, over the telephone.`);
  assert.equal(today.callDate.date, "1999-06-15");
});

test("a press release's 'Posted On' stamp dates 'today' when there is no date line", () => {
  const article = extractText(`Prime Minister's Office
PM speaks with President of the Russian Federation
Posted On: 08 AUG 2025 5:12PM by PIB Delhi
Prime Minister Shri Narendra Modi received a phone call today from the President of the Russian Federation, H.E. Mr. Vladimir Putin.`);
  assert.equal(article.callDate.date, "2025-08-08");
  assert.equal(article.initiator, "Vladimir Putin");
});

test("a readout that gives no time was filed the day of the call", () => {
  const article = extractText(`Telephone conversation with Prime Minister of India Narendra Modi
June 30, 2023
Vladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi.
The President of Russia informed his interlocutor about the events of June 24.`);
  assert.equal(article.callDate.date, "2023-06-30");
});

test("a weekday or date in a clause about another event is not the call's", () => {
  const results = extractText(
    ` date 2024-06-06 Putin congratulates Modi

New Delhi, Jun 6 (Wire) Russian President Vladimir Putin spoke to Prime Minister Narendra Modi yesterday ` +
      `and congratulated him on the victory in the Lok Sabha polls, the results of which were declared on Tuesday.`,
  );
  assert.equal(results.callDate.date, "2024-06-05");
  const said = extractText(` date 2016-09-21 Putin calls Modi

Russian President Vladimir Putin telephoned Prime Minister Narendra Modi on Monday (September 19) to condemn the attack in Uri, officials said on Tuesday.
India and the Soviet Union signed their treaty of friendship on August 9, 1971.`);
  assert.equal(said.callDate.date, "2016-09-19");
  const previous = extractText(
    ` date 2025-08-19 Putin briefs Modi

Russian President Vladimir Putin spoke with Prime Minister Narendra Modi on August 18 ` +
      `and briefed him on his meeting with the US President in Alaska the previous Friday.`,
  );
  assert.equal(previous.callDate.date, "2025-08-18");
});

test("a full date that disagrees with its own weekday is not used", () => {
  const article = extractText(` date 2024-03-22 Modi and Putin speak
Prime Minister Narendra Modi spoke to President Vladimir Putin over the phone on Tuesday, March 20.`);
  assert.notEqual(article.callDate.date, "2024-03-20", "March 20, 2024 was a Wednesday");
  assert.ok(article.warnings.some((w) => /weekday/.test(w.message)));
});

test("'today' inside a quoted post is the post's day, not the report's", () => {
  const article = extractText(
    `---
published: 2024-09-20
---
On Tuesday, August 27, Prime Minister Narendra Modi spoke to President Vladimir Putin by phone.

Taking to X, PM Modi wrote, "Spoke with President Putin today. We discussed the Russia-Ukraine conflict."`,
    "post.md",
  );
  assert.equal(article.callDate.date, "2024-08-27");
});

test("'on Monday, five days after <date>' is dated only when the weekday agrees", () => {
  const article = extractText(
    `Putin told Modi in a phone conversation on Monday, five days after the lander touched down on August 23, 2023, that he would skip the summit. ` +
      `Vladimir Putin spoke from Moscow.`,
  );
  assert.equal(article.callDate.date, "2023-08-28");
  const disagreeing = extractText(
    `Putin told Modi in a phone conversation on Tuesday, five days after the lander touched down on August 23, 2023, that he would skip the summit. ` +
      `Vladimir Putin spoke from Moscow.`,
  );
  assert.equal(disagreeing.callDate.date, null);
});

test("the agencies' bare weekday ('spoke Monday with') dates the call; 'next Monday' does not", () => {
  const article = extractText(` date 2024-03-21 Putin, Modi talk
MOSCOW (AP) — Russian President Vladimir Putin spoke Wednesday with Indian Prime Minister Narendra Modi by phone, the Kremlin said.`);
  assert.equal(article.callDate.date, "2024-03-20");
  const next = extractText(` date 2024-03-21 Putin, Modi talk
Russian President Vladimir Putin spoke by phone with Indian Prime Minister Narendra Modi ahead of next Monday's summit, on Wednesday.`);
  assert.equal(next.callDate.date, "2024-03-20");
});

test("'earlier this week' and 'last week' bound the call to that week", () => {
  // 2022-12-18 is a Sunday: this week runs from Monday 12 December.
  const thisWeek = extractText(` date 2022-12-18 Week in review
Prime Minister Narendra Modi spoke to Russian President Vladimir Putin earlier this week about the G20.`);
  assert.equal(thisWeek.callDate.date, null);
  assert.deepEqual([thisWeek.callDate.earliest, thisWeek.callDate.latest], ["2022-12-12", "2022-12-18"]);
  const lastWeek = extractText(` date 2022-12-21 Week in review
Prime Minister Narendra Modi phoned President Vladimir Putin last week to discuss trade.`);
  assert.deepEqual([lastWeek.callDate.earliest, lastWeek.callDate.latest], ["2022-12-12", "2022-12-18"]);
  const later = extractText(` date 2022-12-13 Week ahead
Prime Minister Narendra Modi telephoned President Vladimir Putin, and a visit is planned later this week.`);
  assert.notEqual(later.callDate.earliest, "2022-12-12", "'later this week' is not a span of the past");
});

test("a weekday with 'last week' is that day of the previous week", () => {
  const article = extractText(` date 2022-12-21 Week in review
Prime Minister Narendra Modi phoned President Vladimir Putin on Friday last week to discuss trade.`);
  assert.equal(article.callDate.date, "2022-12-16");
});

test("'by telephone on <date>' is the call's date, not another event's", () => {
  const a = extractText(
    `Leaders speak\nPrime Minister Narendra Modi and President Vladimir Putin spoke by telephone on November 3, 2020 about vaccines.`,
  );
  assert.equal(a.callDate.date, "2020-11-03");
});

test("a weekday counted back from a page's own publication date (front matter, page metadata) is firm; from a date line above the text, soft", () => {
  const fromFrontMatter = extractText(
    `---\npublished: 2023-05-12\n---\nPrime Minister Narendra Modi spoke by phone with President Vladimir Putin on Tuesday about grain.`,
    "fm.md",
  );
  assert.equal(fromFrontMatter.callDate.date, "2023-05-09");
  assert.equal(fromFrontMatter.callDate.earliest, "2023-05-09");
  const fromDateLine = extractText(
    ` date 2023-05-12 Call\nPrime Minister Narendra Modi spoke by phone with President Vladimir Putin on Tuesday about grain.`,
  );
  assert.equal(fromDateLine.callDate.date, "2023-05-09");
  assert.ok(fromDateLine.callDate.earliest! < "2023-05-09");
});

test("a report with no time in it, out before dawn, was written the evening after the call", () => {
  const filedAt = (clock: string) =>
    extractText(
      `Leaders discuss grain corridor

New Delhi, Aug 12: Russian President Vladimir Putin and Prime Minister Narendra Modi discussed the grain corridor ` +
        `in a telephone conversation, the Russian Embassy said.

First published: Friday, August 12, 2022, ${clock} [IST]`,
    );
  assert.equal(filedAt("5:40").callDate.date, "2022-08-11");
  assert.equal(filedAt("14:05").callDate.date, "2022-08-12");
});
