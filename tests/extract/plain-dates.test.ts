import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import { callClauses, chronoDateMentions, mayHoldMonthDate, plainFullDate, plainMonthDay } from "../../src/extract/call-date.ts";
import { plainText } from "../../src/extract/text.ts";
import { parseArticle } from "../../src/read/read-articles.ts";
import { withEveryArticleFile } from "../helpers/extract.ts";

/** What chrono gives for a text the fast reading claims: exactly one full, certain date at the same place. */
function agree(text: string): void {
  const plain = plainFullDate(text);
  if (!plain) return;
  for (const published of ["2024-06-01", null]) {
    const mentions = chronoDateMentions(text, 0, published);
    assert.deepEqual(
      mentions.map((m) => ({ date: m.date, at: m.at, yearWritten: m.yearWritten, dayCertain: m.dayCertain, weekday: m.weekday })),
      [{ date: plain.date, at: plain.at, yearWritten: true, dayCertain: true, weekday: null }],
      text,
    );
  }
}

/** Publication dates near a year's ends and middle: the year chrono gives a month and day depends on them. */
const PUBLISHED = ["2024-06-01", "2023-01-03", "2021-12-30", "2020-07-15", null];

/** What chrono gives for a month and day the fast reading claims: that date, at the same place, with the same weekday. */
function agreeMonthDay(text: string): number {
  let claimed = 0;
  for (const published of PUBLISHED) {
    const plain = plainMonthDay(text, published);
    if (!plain) continue;
    claimed++;
    const mentions = chronoDateMentions(text, 0, published);
    assert.deepEqual(
      mentions.map((m) => ({ date: m.date, at: m.at, yearWritten: m.yearWritten, dayCertain: m.dayCertain, weekday: m.weekday })),
      [{ date: plain.date, at: plain.at, yearWritten: false, dayCertain: true, weekday: plain.weekday }],
      `${text} (published ${published})`,
    );
  }
  return claimed;
}

function sentencesOfFiles(files: readonly string[]): string[] {
  const texts: string[] = [];
  for (const file of files) {
    const source = parseArticle(file, readFileSync(file), new Set(), "2100-01-01");
    if (source.error) continue;
    for (const { text } of plainText(source.body, file.endsWith(".md") ? "markdown" : "text", source.frontMatter.title).sentences)
      texts.push(text, callClauses(text));
  }
  return texts;
}

test("full dates read without chrono are the dates chrono reads, in every article the repository and the benchmark hold", () => {
  const texts = withEveryArticleFile(400, 11, sentencesOfFiles);
  const claimed = texts.filter((text) => plainFullDate(text)).length;
  assert.ok(claimed > 100, `the fast reading applies (${claimed} of ${texts.length})`);
  for (const text of texts) agree(text);
});

test("full dates read without chrono agree with chrono next to the words that change chrono's reading", () => {
  const dates = [
    "April 3, 1995",
    "3 April 1995",
    "december 31, 2024",
    "29 February 2024",
    "29 February 2023",
    "31 June 2020",
    "May 5, 2021",
    "09 March 2022",
    "3 APRIL 1995",
    "April 45, 1995",
    "0 April 1995",
  ];
  const before = [
    "",
    "on ",
    "On  ",
    "upon ",
    "Monday, ",
    "on Monday ",
    "two days after ",
    "a week before ",
    "at 10 am on ",
    "from ",
    "between ",
    "the night of ",
    "since ",
    "(",
    "— ",
    "third of ",
    "last ",
    "the 3rd of ",
    "mid-",
    "early ",
    "late ",
    "end of ",
    "next ",
    "this ",
    "in ",
    "within ",
    "for ",
    "by ",
    "until ",
    "or ",
    "'",
    "“",
    "(Reuters) ",
    "twenty-first to ",
    "the second ",
  ];
  const after = [
    "",
    ".",
    ",",
    " IST",
    " AD",
    ", AD",
    " (PTI)",
    " at 10:30",
    ":30",
    " to April 5, 1995",
    " – 5 April 1995",
    "-1996",
    "/2",
    " and a day later",
    " this week",
    " in the evening",
    " EST",
    " weekend",
    "th",
    "s",
    " (Reuters)",
    " GMT",
    " UTC+3",
    " +0530",
    " BC",
    " BCE",
    " CE",
    "  ",
    " noon",
    " at noon",
    " midnight",
    ", a Monday",
    " (Monday)",
    " 10:00",
    "’s",
    "”",
  ];
  let claimed = 0;
  for (const date of dates) {
    for (const pre of before) {
      for (const post of after) {
        const text = `Modi and Putin spoke ${pre}${date}${post} about trade`;
        if (plainFullDate(text)) claimed++;
        agree(text);
      }
    }
  }
  assert.ok(claimed > 50);
});

test("full dates read without chrono agree with chrono in sentences made of date-like words", () => {
  const words = [
    "on",
    "On",
    "the",
    "of",
    "a",
    "an",
    "day",
    "days",
    "week",
    "later",
    "ago",
    "after",
    "before",
    "within",
    "for",
    "in",
    "at",
    "to",
    "-",
    "–",
    ",",
    ".",
    "(",
    ")",
    "Monday",
    "mon",
    "sat",
    "first",
    "third",
    "May",
    "may",
    "March",
    "Jan.",
    "sept",
    "10",
    "3",
    "1995",
    "2024",
    "3rd",
    "am",
    "pm",
    "noon",
    "IST",
    "GMT",
    "AD",
    "BC",
    "spoke",
    "Modi",
    "Putin",
    "and",
    "since",
    "until",
    "week",
    "weekend",
    "hour",
    "an hour",
    "couple",
    "few",
    "several",
    "half",
    "twelve",
    "one",
    "year",
    "years",
    "a year",
    "quarter",
    "decade",
    "firstNov",
    "of",
  ];
  const dates = ["April 3, 1995", "3 April 1995", "on 9 May 2024", "December 31, 2023"];
  let claimed = 0;
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...words), { maxLength: 6 }),
      fc.constantFrom(...dates),
      fc.array(fc.constantFrom(...words), { maxLength: 6 }),
      (pre, date, post) => {
        const text = [...pre, date, ...post].join(" ");
        if (plainFullDate(text)) claimed++;
        agree(text);
      },
    ),
    { numRuns: 3000, seed: 20261122 },
  );
  assert.ok(claimed > 50, `${claimed}`);
});

test("months and days read without chrono are the dates chrono reads, in every article the repository and the benchmark hold", () => {
  let claimed = 0;
  for (const text of withEveryArticleFile(400, 13, sentencesOfFiles)) claimed += agreeMonthDay(text);
  assert.ok(claimed > 100, `the fast reading applies (${claimed})`);
});

test("months and days read without chrono agree with chrono next to the words that change chrono's reading", () => {
  const dates = [
    "May 16",
    "Tuesday, May 16",
    "on Tuesday, May 16",
    "On Friday Dec 1",
    "Sept. 9",
    "sept 9",
    "Sep 30",
    "Jan. 5",
    "June 31",
    "February 29",
    "Feb 28",
    "on Sunday, December 31",
    "Monday January 1",
    "on  Wednesday,  Aug 23",
    "MAY 5",
    "Thursday, Nov. 30",
    "Tuesday,May 16",
    "April 1",
  ];
  const before = [
    "",
    "on ",
    "upon ",
    "Monday, ",
    "two days after ",
    "at 10 am on ",
    "since ",
    "(",
    "— ",
    "third of ",
    "last ",
    "the 3rd of ",
    "mid-",
    "next ",
    "this ",
    "past ",
    "within ",
    "“",
    "(Reuters) ",
    "twenty-first to ",
    ", ",
    "call,",
    "call , ",
    "Hon ",
  ];
  const after = [
    "",
    ".",
    ",",
    " IST",
    " AD",
    " (PTI)",
    " at 10:30",
    ":30",
    " to April 5",
    " – 5 April",
    "-1996",
    "/2",
    " this week",
    " in the evening",
    " weekend",
    "th",
    "s",
    " GMT",
    " +0530",
    " BC",
    " noon",
    ", a Monday",
    " (Monday)",
    "’s",
    ", their offices said",
    " days later",
    " pm",
    " hours",
    ", 2021",
    " 2021",
    ", 25 people",
    " - 18",
    " to 18",
    " o'clock",
    " at night",
    " of last year",
  ];
  let claimed = 0;
  for (const date of dates)
    for (const pre of before) for (const post of after) claimed += agreeMonthDay(`Modi and Putin spoke ${pre}${date}${post} about trade`);
  assert.ok(claimed > 1000, `${claimed}`);
});

test("months and days read without chrono agree with chrono in sentences made of date-like words", () => {
  const words = [
    "on",
    "On",
    "the",
    "of",
    "a",
    "day",
    "days",
    "week",
    "later",
    "ago",
    "after",
    "within",
    "for",
    "in",
    "at",
    "to",
    "-",
    ",",
    ".",
    "(",
    ")",
    "Monday",
    "mon",
    "sat",
    "first",
    "third",
    "May",
    "may",
    "March",
    "Jan.",
    "sept",
    "10",
    "3",
    "1995",
    "3rd",
    "am",
    "pm",
    "noon",
    "IST",
    "AD",
    "spoke",
    "Modi",
    "since",
    "weekend",
    "hour",
    "couple",
    "half",
    "one",
    "year",
    "Tuesday",
    "tuesday",
    "last",
    "this",
    "next",
    "past",
    "Dec",
    "16",
    "31",
    "9",
    "Sept.",
    "Sunday",
    "night",
    "tonight",
    "today",
  ];
  let claimed = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 9 }), fc.constantFrom(" ", ", "), (parts, glue) => {
      claimed += agreeMonthDay(parts.join(glue));
    }),
    { numRuns: 5000, seed: 20261124 },
  );
  assert.ok(claimed > 50, `${claimed}`);
});

test("text the cheap test turns away holds no date chrono would give a certain month", () => {
  const texts = withEveryArticleFile(200, 12, sentencesOfFiles);
  const crafted = [
    "NovoPress reported",
    "Marching orders",
    "the Mayor said",
    "Septa",
    "Marchfirst",
    "novtwentieth",
    "in the weeks ahead",
    "for an hour",
    "Decided in Decem",
    "Jan.",
    "ofMarch",
    "a couple of days later",
  ];
  let turnedAway = 0;
  for (const text of [...texts, ...crafted]) {
    if (mayHoldMonthDate(text)) continue;
    turnedAway++;
    assert.deepEqual(chronoDateMentions(text, 0, "2024-06-01"), [], text);
  }
  assert.ok(turnedAway > 100);
});

test("the cheap test turns away no sentence of date-like words that chrono reads a month in", () => {
  const words = [
    "Nov",
    "Novo",
    "November",
    "Mayor",
    "May",
    "march",
    "Marching",
    "Sept",
    "Septa",
    "first",
    "twentieth",
    "the",
    "a",
    "week",
    "weeks",
    "days",
    "hour",
    "of",
    "on",
    "Monday",
    "weekend",
    "ago",
    "later",
    "in",
    "within",
    "for",
    "few",
    "couple",
    "twelve",
    "half",
    "an",
    "IST",
    "noon",
    "tonight",
    "yesterday",
    "last",
    "next",
    "this",
    "end",
    "mid",
    "early",
    "-",
    ",",
    ".",
    "/",
    "Press",
    "Decem",
    "Jun",
    "jun.",
    "Dec.",
    "decade",
    "quarter",
    "year",
    "years",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.constantFrom(" ", "", "-"), (parts, glue) => {
      const text = parts.join(glue);
      if (!mayHoldMonthDate(text)) assert.deepEqual(chronoDateMentions(text, 0, "2024-06-01"), [], text);
    }),
    { numRuns: 3000, seed: 20261123 },
  );
});
