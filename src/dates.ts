import { DateTime } from "luxon";
import type { IsoDate } from "./types.ts";

/** The earliest date a call record can have: India's independence. Read, extract and render all check against it. */
export const EARLIEST_CALL_DATE: IsoDate = "1947-08-15";

/** Calendar dates are handled in UTC so that no time zone moves them by a day. */
export function dateTime(iso: IsoDate): DateTime {
  return DateTime.fromISO(iso, { zone: "utc" });
}

/** Returns the date when `text` is a real calendar date `YYYY-MM-DD`, else null. */
export function parseIsoDate(text: string): IsoDate | null {
  return isRealDate(text) ? text : null;
}

/** A real calendar date written `YYYY-MM-DD` (what luxon accepts there), checked without luxon. */
export function isRealDate(iso: string): boolean {
  return !Number.isNaN(utcMidnight(iso));
}

/** The year of a real date, else NaN (luxon's `.year` of an invalid date). */
export function yearOf(iso: IsoDate): number {
  return isRealDate(iso) ? Number(iso.slice(0, 4)) : NaN;
}

/**
 * The same month and day in another year, the day cut to the month's length
 * (29 February becomes the 28th), as luxon's `set({ year })` gives it; null
 * when that is no date. Plain arithmetic for years 1000–9999, luxon beyond.
 */
export function inYear(iso: IsoDate, year: number): IsoDate | null {
  if (year < 1000 || year > 9999 || !Number.isInteger(year) || !isRealDate(iso)) {
    const moved = dateTime(iso).set({ year });
    return moved.isValid ? moved.toISODate() : null;
  }
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${iso.slice(5, 7)}-${String(day).padStart(2, "0")}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const ms = utcMidnight(iso);
  // Like luxon's toISODate() on an invalid date: null.
  return (Number.isNaN(ms) ? null : new Date(ms + days * DAY_MS).toISOString().slice(0, 10)) as IsoDate;
}

const DAY_MS = 86_400_000;

/** The month and day before a month and day with no year ("yesterday" under an undated dateline); a year without 29 February never shifts into it. */
export function monthDayBefore(month: number, day: number): { month: number; day: number } {
  const before = addDays(`2001-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, -1);
  return { month: Number(before.slice(5, 7)), day: Number(before.slice(8, 10)) };
}

/**
 * UTC midnight of a real `YYYY-MM-DD` date, else NaN. Plain `Date` arithmetic
 * is exact for whole days in UTC and far cheaper than luxon, which the
 * extractor would otherwise call thousands of times per archive.
 */
function utcMidnight(iso: IsoDate): number {
  if (!ISO_DATE.test(iso)) return NaN;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return NaN;
  // Date.parse rolls "2021-02-30" over to March: only a day the month has is a real date.
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? ms : NaN;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  // Date-only ISO strings parse as UTC midnight, so whole days need no time-zone library (and this runs once per call page).
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: IsoDate): number {
  const ms = utcMidnight(iso);
  return Number.isNaN(ms) ? NaN : ((new Date(ms).getUTCDay() + 6) % 7) + 1;
}

export function minDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

export function maxDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** "Monday, 20 December 2021". */
export function formatLong(iso: IsoDate): string {
  const parts = calendarParts(iso);
  if (!parts) return dateTime(iso).setLocale("en-GB").toFormat("cccc, d LLLL yyyy");
  return `${names().weekdays[parts.weekday - 1]}, ${parts.day} ${names().longMonths[parts.month - 1]} ${parts.year}`;
}

/** "20 Dec 2021". */
export function formatShort(iso: IsoDate): string {
  const parts = calendarParts(iso);
  if (!parts) return dateTime(iso).setLocale("en-GB").toFormat("d LLL yyyy");
  return `${parts.day} ${names().shortMonths[parts.month - 1]} ${parts.year}`;
}

/**
 * Month and weekday names as luxon writes them in en-GB, asked once: a site
 * formats thousands of dates, and luxon formatting each costs more than the
 * rest of the page data. Other cases (invalid dates) still go through luxon.
 */
let nameTables: { weekdays: string[]; longMonths: string[]; shortMonths: string[] } | undefined;
function names() {
  if (!nameTables) {
    const month = (m: number) => dateTime(`2021-${String(m).padStart(2, "0")}-01`).setLocale("en-GB");
    const months = Array.from({ length: 12 }, (_, i) => month(i + 1));
    // 2021-03-01 was a Monday.
    const weekdays = Array.from({ length: 7 }, (_, i) =>
      dateTime(`2021-03-0${i + 1}`)
        .setLocale("en-GB")
        .toFormat("cccc"),
    );
    nameTables = { weekdays, longMonths: months.map((m) => m.toFormat("LLLL")), shortMonths: months.map((m) => m.toFormat("LLL")) };
  }
  return nameTables;
}

/** Year, month, day and weekday of a real date from year 1000 to 9999, else null. */
function calendarParts(iso: IsoDate): { year: string; month: number; day: number; weekday: number } | null {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(utcMidnight(iso))) return null;
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), weekday: weekdayOf(iso) };
}
