import { chronoEnglish } from "./chrono.ts";
import type { IsoDate } from "../types.ts";

/**
 * When the text was written, as the page itself says: an agency dateline
 * ("NEW DELHI, Mar 8 (IANS)", "MOSCOW, December 16. /TASS/."), a page's time
 * stamp ("Posted On: 08 AUG 2025", "Updated: May 05, 2025 18:42 IST") or a
 * readout's date on its own line ("June 30, 2023"). "Today", "yesterday" and
 * "on Monday" count from this date, and the date itself is never a
 * candidate for the call date: it says when the report was filed.
 */
export interface Dateline {
  date: IsoDate;
  /** The line it was read from, kept as evidence. */
  text: string;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "Mar 8", "8 March", "SEPTEMBER 20, 2016", "05 AUG 2025", "11 Jun, 2019". */
const DAY_MONTH = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
const TIME = "(?:,?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?(?:IST|GMT|UTC|MSK)\\)?)?)?";

/** A place in capitals or title case, a comma, a date, then the agency or a stop: the wire-copy dateline. */
const AGENCY_DATELINE = new RegExp(
  `^(?<place>[A-Z][\\p{L}'’.-]*(?:[ /-][A-Z][\\p{L}'’.-]*){0,3})(?:\\s*\\[[^\\]]{2,30}\\])?,\\s+(?<date>${DAY_MONTH})${TIME}\\s*(?:\\((?:[A-Za-z][\\w -]*)\\)|/\\s*[A-Za-z]+\\s*/|[.:;]|\\s[-–—]+|$)\\s*`,
  "iu",
);
/** "Posted On: 08 AUG 2025 5:12PM by PIB Delhi", "Published time: 11 Jun, 2019 09:27", "Updated: …". */
const STAMP_LINE = new RegExp(
  `^(?<kind>posted on|published on|published|published time|publication date|first published|updated on|updated|last updated|edited time|date)\\b\\s*[:\\-–—]?\\s*(?:\\w+,\\s*)?(?<date>${DAY_MONTH})`,
  "iu",
);
/** A line that is only a date and perhaps a time: readouts and live blogs. */
const DATE_ONLY_LINE = new RegExp(`^(?:\\w+,\\s*)?(?<date>${DAY_MONTH})${TIME}(?:\\s*[/|]\\s*[^/|]{1,40}){0,2}\\s*$`, "iu");

/** Stamps that say when a page was last changed, not first written: used only when nothing better is there. */
const LATE_STAMP = /^(updated|last updated|updated on|edited time)/i;
/** How many lines from the top a page's stamp or dateline may stand. */
const HEADER_LINES = 8;
/** Press releases put the date at the foot ("New Delhi / March 20, 2024"). */
const FOOTER_LINES = 3;

/** The date the page was written, from the first lines of its body. */
export function findDateline(lines: readonly string[], published: IsoDate | null): Dateline | null {
  let late: Dateline | null = null;
  for (const raw of lines.slice(0, HEADER_LINES)) {
    const line = raw.trim();
    const stamp = STAMP_LINE.exec(line);
    const match = stamp ?? DATE_ONLY_LINE.exec(line) ?? AGENCY_DATELINE.exec(line);
    if (!match) continue;
    const date = dateOf(match.groups!.date!, published);
    if (!date) continue;
    if (stamp && LATE_STAMP.test(stamp.groups!.kind!)) {
      late ??= { date, text: line };
      continue;
    }
    return { date, text: line };
  }
  if (late) return late;
  for (const raw of lines.slice(-FOOTER_LINES)) {
    const match = DATE_ONLY_LINE.exec(raw.trim());
    const date = match ? dateOf(match.groups!.date!, published) : null;
    if (date) return { date, text: raw.trim() };
  }
  return null;
}

/** How many characters at the start of a sentence are its dateline (0 when none). */
export function datelineLength(sentence: string): number {
  if (DATE_ONLY_LINE.test(sentence.trim())) return sentence.length;
  const stamp = STAMP_LINE.exec(sentence);
  if (stamp) return sentence.length;
  return AGENCY_DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** A day and month with or without a year; a missing year is the one that keeps the date on or before publication. */
function dateOf(text: string, published: IsoDate | null): IsoDate | null {
  const parts = dayMonthYear(text) ?? chronoDayMonthYear(text, published);
  if (!parts) return null;
  const { day, month } = parts;
  let year = parts.year;
  if (year === null) {
    if (!published) return null;
    year = Number(published.slice(0, 4));
    if (iso(year, month, day) > published) year--;
  }
  const date = iso(year, month, day);
  return published && date > published ? null : date;
}

const MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH_FIRST = new RegExp(`^(${MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?$`, "i");
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?$`, "i");

/**
 * The day, month and (written) year of a date in one of the forms {@link DAY_MONTH}
 * matches: what chrono reads there, without its start-up and per-call cost.
 * Null for anything unusual (a day the month does not have, a year before
 * 1000 or after 2999), which is left to chrono.
 */
export function dayMonthYear(text: string): { day: number; month: number; year: number | null } | null {
  const monthFirst = MONTH_FIRST.exec(text);
  const match = monthFirst ?? DAY_FIRST.exec(text);
  if (!match) return null;
  const month = MONTH_NUMBERS[(monthFirst ? match[1]! : match[2]!).slice(0, 3).toLowerCase()]!;
  const day = Number(monthFirst ? match[2] : match[1]);
  const year = match[3] === undefined ? null : Number(match[3]);
  if (year !== null && (year < 1000 || year > 2999)) return null;
  // Any year that has the day: 29 February only in a leap year.
  const daysInMonth = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth || (year === null && month === 2 && day === 29)) return null;
  return { day, month, year };
}

/** The same as {@link dayMonthYear}, read by chrono: the reference for anything the fast reading leaves out. */
export function chronoDayMonthYear(text: string, published: IsoDate | null): { day: number; month: number; year: number | null } | null {
  const reference = { instant: new Date(`${published ?? "2000-01-01"}T12:00:00Z`), timezone: 0 };
  const result = chronoEnglish().parse(text.replace(/\bsept\b/i, "Sep"), reference)[0];
  if (!result || !result.start.isCertain("day") || !result.start.isCertain("month")) return null;
  return { day: result.start.get("day")!, month: result.start.get("month")!, year: result.start.isCertain("year") ? result.start.get("year")! : null };
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
