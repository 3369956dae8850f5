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
  const article = extractText(`Russian President Vladimir Putin and Prime Minister Narendra Modi spoke by telephone on Tuesday, ahead of the upcoming BRICS summit in Kazan on October 22, 2024.`);
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
