import assert from "node:assert/strict";
import { test } from "node:test";
import {
  chronoDayMonthYear,
  clockAfterDate,
  datelineLength,
  dayMonthYear,
  findDateline,
  findUndatedDateline,
} from "../../src/extract/dateline.ts";

const date = (lines: string[], published: string | null = null) => findDateline(lines, published)?.date ?? null;

test("wire datelines in the styles outlets use", () => {
  assert.equal(date(["New Delhi, Mar 8 (IANS) Prime Minister Narendra Modi on Monday …"], "2022-03-09"), "2022-03-08");
  assert.equal(date(["MOSCOW, December 16. /TASS/. Russian President …"], "2022-12-17"), "2022-12-16");
  assert.equal(date(["New Delhi [India], March 20 (ANI): Prime Minister …"], "2024-03-21"), "2024-03-20");
  assert.equal(date(["MOSCOW, August 24 - RIA Novosti. Russian President …"], "2021-08-25"), "2021-08-24");
  assert.equal(date(["NEW DELHI/MOSCOW, Feb 25 - Indian Prime Minister …"], "2022-02-25"), "2022-02-25");
  assert.equal(date(["NEW DELHI, SEPTEMBER 20, 2016 23:04 IST"]), "2016-09-20");
  assert.equal(date(["New Delhi, Dec 31 (PTI) …"], "2024-01-01"), "2023-12-31", "a year-less dateline stays on or before publication");
});

test("page stamps and readout date lines; a later 'Updated' stamp only when nothing else is there", () => {
  assert.equal(date(["Prime Minister's Office", "Posted On: 08 AUG 2025 5:12PM by PIB Delhi"]), "2025-08-08");
  assert.equal(date(["Published time: 11 Jun, 2019 09:27"]), "2019-06-11");
  assert.equal(date(["Updated - March 21, 2024 09:31 pm IST", "Published - March 20, 2024 05:50 pm IST"]), "2024-03-20");
  assert.equal(date(["Last Updated: 19 Aug 2025, 08:15 AM IST"]), "2025-08-19");
  assert.equal(date(["Telephone conversation with Prime Minister of India Narendra Modi", "June 30, 2023", "17:05"]), "2023-06-30");
  assert.equal(
    date(["Telephone conversation with Prime Minister of India Narendra Modi", "August 18, 2025 / 16:40 / Novo-Ogaryovo"]),
    "2025-08-18",
  );
  assert.equal(
    date(["Prime Minister spoke with President Putin today.", "New Delhi", "March 20, 2024"]),
    "2024-03-20",
    "a press release's date at its foot",
  );
});

test("of several stamps, the earliest: a crawl time or ticker clock at the top never hides the byline", () => {
  const page = [
    "November 3, 2023 18:20 (IST)",
    "Share this",
    "Leaders talk ties in evening call",
    "Photo: file",
    "| @somewire | 12 Sep 2023, 09:40 am",
    "Body text follows.",
  ];
  assert.equal(date(page), "2023-09-12");
  assert.equal(findDateline(page, null)?.kind, "stamp");
  assert.equal(
    findDateline(["Saturday, October 5, 2019", "Leaders speak"], null)?.kind,
    "header",
    "a weekday-led date at the top is a header stamp",
  );
  assert.equal(date(["Weekly digest | April 2, 2021, 7:15 p.m."]), "2021-04-02", "a byline that ends in the date");
  assert.equal(date(["Published 04.11.21, 10:05 PM"]), "2021-11-04", "a numeric stamp, day first");
  assert.equal(date(["This Article is From Feb 11, 2016"]), "2016-02-11");
  assert.equal(date(["Published on: 2019-10-02"]), "2019-10-02", "an ISO stamp");
  assert.equal(date(["Updated at: 2019-10-03T08:15:00+05:30", "Published at: 2019-10-02T21:40:00+05:30"]), "2019-10-02");
  assert.equal(date(["2019-10-02 21:40 IST", "Leaders talk"]), "2019-10-02", "a machine-made stamp on its own line");
  assert.equal(findDateline(["2019-10-02 21:40 IST", "Leaders talk"], null)?.kind, "header");
  assert.equal(date(["Last Modified: Wed, 2 Oct 2019 21:40:00 GMT"]), "2019-10-02");
  assert.equal(date(["Published on: 2019-02-30"]), null, "no such day");
  assert.equal(
    date(["x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "Story first published: Monday, June 7, 2021, 4:12 [IST]"]),
    "2021-06-07",
    "a stamp below the headline block",
  );
});

test("a dateline without a year, kept as a day and month when nothing gives the year", () => {
  assert.deepEqual(findUndatedDateline(["Leaders talk", "", "KAZAN, October 14 (Wire) – The two leaders …"]), {
    month: 10,
    day: 14,
    text: "KAZAN, October 14 (Wire) – The two leaders …",
  });
  assert.equal(findUndatedDateline(["KAZAN, October 14, 2021 (Wire) – …"]), null);
});

test("no dateline in ordinary text, and none after publication", () => {
  assert.equal(date(["Prime Minister Narendra Modi spoke to President Vladimir Putin on March 3, 2020."]), null);
  assert.equal(date(["MOSCOW, March 18 (Reuters) - …"], "2020-03-10"), "2019-03-18");
  assert.equal(date(["Published On 17 Sep 2022"], "2022-09-10"), null);
});

test("the dateline at a sentence's start is measured so that it is not read as the call date", () => {
  const sentence = "New Delhi, Mar 8 (IANS) Prime Minister Narendra Modi on Monday (Mar 7) spoke to Putin.";
  assert.equal(sentence.slice(datelineLength(sentence)).startsWith("Prime Minister"), true);
  assert.equal(datelineLength("Prime Minister Narendra Modi spoke on Monday."), 0);
});

test("dates in datelines read the same without chrono as with it", () => {
  const months = [
    "Jan",
    "jan.",
    "January",
    "FEB",
    "February",
    "Mar",
    "march",
    "Apr",
    "April",
    "May",
    "Jun",
    "June",
    "Jul",
    "July",
    "Aug",
    "AUGUST",
    "Sep",
    "Sept",
    "Sept.",
    "September",
    "Oct",
    "October",
    "Nov",
    "November",
    "Dec",
    "December",
  ];
  const days = ["0", "1", "01", "9", "15", "28", "29", "30", "31", "32", "45", "99"];
  const years = ["", " 2024", ", 2023", " 1900", ", 2000", " 0999", " 3024", " 2100"];
  let fast = 0;
  for (const month of months) {
    for (const day of days) {
      for (const year of years) {
        for (const text of [`${month} ${day}${year}`, `${day} ${month}${year}`]) {
          const mine = dayMonthYear(text);
          if (!mine) continue;
          fast++;
          assert.deepEqual(mine, chronoDayMonthYear(text, "2024-06-01"), text);
        }
      }
    }
  }
  assert.ok(fast > 1000);
  assert.equal(dayMonthYear("Feb 30, 2024"), null, "a day the month lacks is left to chrono");
  assert.equal(dayMonthYear("Feb 29"), null, "so is 29 February without a year");
});

test("a post's sign-off date that dayMonthYear reads is the date chrono's strict parser gives it", async () => {
  const { chronoEnglish } = await import("../../src/extract/chrono.ts");
  const months = [
    "Jan",
    "January",
    "Feb",
    "February",
    "Mar",
    "March",
    "Apr",
    "April",
    "May",
    "Jun",
    "June",
    "Jul",
    "July",
    "Aug",
    "August",
    "Sep",
    "Sept",
    "September",
    "Oct",
    "October",
    "Nov",
    "November",
    "Dec",
    "December",
    "Marc",
    "Mayo",
    "Monday",
  ];
  let fast = 0;
  for (const month of months) {
    for (const day of ["0", "1", "9", "15", "28", "29", "30", "31", "32"]) {
      for (const year of ["2024", "2023", "1999", "2000", "1000", "2999"]) {
        // The shape the sign-off pattern captures: "January 15, 2024".
        const text = `${month} ${day}, ${year}`;
        const mine = dayMonthYear(text);
        if (!mine?.year) continue;
        fast++;
        const date = chronoEnglish().strict.parseDate(text, { instant: new Date("2000-01-01T12:00:00Z"), timezone: 0 });
        assert.equal(
          `${mine.year}-${String(mine.month).padStart(2, "0")}-${String(mine.day).padStart(2, "0")}`,
          date?.toISOString().slice(0, 10),
          text,
        );
      }
    }
  }
  assert.ok(fast > 500);
});

test("a stamp's clock time, in the outlet's own time; a UTC time is not read as local", () => {
  assert.equal(clockAfterDate("First published: Wednesday, March 4, 2020, 6:12 [IST]"), 6 * 60 + 12);
  assert.equal(clockAfterDate("Updated: 19.08.25, 08:45 PM"), 20 * 60 + 45);
  assert.equal(clockAfterDate("2021-06-01T04:30:00+05:30"), 4 * 60 + 30);
  assert.equal(clockAfterDate("2021-06-01T04:30:00Z"), null);
  assert.equal(clockAfterDate("Posted On: 08 AUG 2025 by PIB Delhi"), null);
  // The earliest clock of the day the page is dated by, whichever line gives it.
  const page = ["New Delhi, Mar 4: The two leaders spoke.", "Body text", "First published: Wednesday, March 4, 2020, 6:12 [IST]"];
  assert.equal(findDateline(page, null)?.clock, 6 * 60 + 12);
});
