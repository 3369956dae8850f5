import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { addDays, inYear, isRealDate, parseIsoDate, weekdayOf, yearOf } from "../../src/dates.ts";

const luxon = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });

/** Every month and day, valid or not, over years that test leap rules and the edges of four digits. */
function candidates(): string[] {
  const out: string[] = [];
  for (const year of ["0000", "0999", "1000", "1600", "1900", "1947", "2000", "2023", "2024", "2100", "9999"]) {
    for (let month = 0; month <= 13; month++)
      for (let day = 0; day <= 32; day++) out.push(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return [...out, "", "2024-1-01", "2024-01-01T00:00", " 2024-01-01", "abcd-ef-gh", "20240101"];
}

test("real dates are told apart as luxon tells them, without luxon", () => {
  for (const iso of candidates()) {
    const valid = luxon(iso).isValid && /^\d{4}-\d{2}-\d{2}$/.test(iso);
    assert.equal(isRealDate(iso), valid, iso);
    assert.equal(parseIsoDate(iso), valid ? iso : null, iso);
    assert.ok(valid ? yearOf(iso) === luxon(iso).year : Number.isNaN(yearOf(iso)), iso);
    // Weekdays and day counts in the years calls can have (luxon counts year 0 differently).
    if (valid && iso >= "1000" && iso < "9999") {
      assert.equal(weekdayOf(iso), luxon(iso).weekday, iso);
      assert.equal(addDays(iso, 40), luxon(iso).plus({ days: 40 }).toISODate(), iso);
    }
  }
});

test("a date moved to another year is luxon's set({ year }), 29 February becoming the 28th", () => {
  for (const iso of candidates().filter((c) => luxon(c).isValid)) {
    for (const year of [999, 1000, 1999, 2023, 2024, 9999]) {
      const moved = luxon(iso).set({ year });
      assert.equal(inYear(iso, year), moved.isValid ? moved.toISODate() : null, `${iso} → ${year}`);
    }
  }
  assert.equal(inYear("2024-02-29", 2023), "2023-02-28");
});
