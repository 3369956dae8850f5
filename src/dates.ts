import { DateTime } from "luxon";
import type { IsoDate } from "./types.ts";

/** Calendar dates are handled in UTC so that no time zone moves them by a day. */
/** The earliest date a call record can have: India's independence. Read, extract and render all check against it. */
export const EARLIEST_CALL_DATE: IsoDate = "1947-08-15";

export function dateTime(iso: IsoDate): DateTime {
  return DateTime.fromISO(iso, { zone: "utc" });
}

/** Returns the date when `text` is a real calendar date `YYYY-MM-DD`, else null. */
export function parseIsoDate(text: string): IsoDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  return dateTime(text).isValid ? text : null;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const ms = utcMidnight(iso);
  // Like luxon's toISODate() on an invalid date: null.
  return (Number.isNaN(ms) ? null : new Date(ms + days * DAY_MS).toISOString().slice(0, 10)) as IsoDate;
}

const DAY_MS = 86_400_000;

/**
 * UTC midnight of a real `YYYY-MM-DD` date, else NaN. Plain `Date` arithmetic
 * is exact for whole days in UTC and far cheaper than luxon, which the
 * extractor would otherwise call thousands of times per archive.
 */
function utcMidnight(iso: IsoDate): number {
  const ms = Date.parse(iso);
  // Date.parse rolls "2021-02-30" over to March; a real date reads back the same.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(iso) ? ms : NaN;
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
    const weekdays = Array.from({ length: 7 }, (_, i) => dateTime(`2021-03-0${i + 1}`).setLocale("en-GB").toFormat("cccc"));
    nameTables = { weekdays, longMonths: months.map((m) => m.toFormat("LLLL")), shortMonths: months.map((m) => m.toFormat("LLL")) };
  }
  return nameTables;
}

/** Year, month, day and weekday of a real date from year 1000 to 9999, else null. */
function calendarParts(iso: IsoDate): { year: string; month: number; day: number; weekday: number } | null {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(utcMidnight(iso))) return null;
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), weekday: weekdayOf(iso) };
}
