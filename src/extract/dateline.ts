import { chronoEnglish } from "./chrono.ts";
import type { IsoDate } from "../types.ts";
import { monthNumber } from "./vocabulary.ts";

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
  /**
   * `agency`: a wire dateline; `stamp`: a labelled or bylined time stamp;
   * `header`: a bare date line at the top of a page, which may be the time
   * the page was crawled or a ticker's clock rather than when it was written.
   */
  kind: "agency" | "stamp" | "header";
  /**
   * The earliest clock time a stamp of that day gives, in minutes after
   * midnight of the outlet's own time (IST, MSK or unmarked); absent when no
   * stamp gives one, or only in UTC. A report out before dawn was written the
   * night before.
   */
  clock?: number;
}

/** A dateline or stamp whose year is not written, when nothing gives the year. */
export interface UndatedDateline {
  month: number;
  day: number;
  text: string;
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "Mar 8", "8 March", "SEPTEMBER 20, 2016", "05 AUG 2025", "11 Jun, 2019". */
const DAY_MONTH = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
/** "2024-01-16", as machine-made stamps write it (perhaps followed by "T10:42:00+05:30"). */
const ISO_DATE = "[12]\\d{3}-[01]\\d-[0-3]\\d(?![\\d-])";
/** A line that is only an ISO date and perhaps a time: a page's machine-made stamp. */
const ISO_ONLY_LINE = new RegExp(
  `^(?<iso>${ISO_DATE})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?(?:\\s*(?:IST|GMT|UTC|MSK))?)?\\s*$`,
  "i",
);
/** "19.08.25", "06/04/2017": day first, as Indian and European pages write it; used only after a stamp's label. */
const NUMERIC_DATE = "\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?!\\d)";
const TIME = "(?:,?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?(?:IST|GMT|UTC|MSK)\\)?)?)?";

/** A place in capitals or title case, a comma, a date, then the agency or a stop: the wire-copy dateline. */
const AGENCY_DATELINE = new RegExp(
  `^(?<place>[A-Z][\\p{L}'’.-]*(?:[ /-][A-Z][\\p{L}'’.-]*){0,3})(?:\\s*\\[[^\\]]{2,30}\\])?,\\s+` +
    `(?<date>${DAY_MONTH})${TIME}\\s*(?:\\((?:[A-Za-z][\\w -]*)\\)|/\\s*[A-Za-z]+\\s*/|[.:;]|\\s[-–—]+|$)\\s*`,
  "iu",
);
/** "Posted On: 08 AUG 2025 5:12PM by PIB Delhi", "Published time: 11 Jun, 2019 09:27", "Updated: …". */
const STAMP_LINE = new RegExp(
  `^(?:story\\s+)?(?<kind>posted on|published on|published at|published|published time|publication date` +
    `|first published|updated on|updated at|updated|last updated|last modified|modified|edited time|date` +
    `|this article is from)\\b\\s*[:\\-–—]?\\s*(?:\\w+,\\s*)?` +
    `(?:(?<date>${DAY_MONTH})|(?<iso>${ISO_DATE})|(?<numeric>${NUMERIC_DATE}))`,
  "iu",
);
/** "| @outlet | 20 Mar 2024, 05:12 pm", "National | March 19, 2018, 8:06 p.m.": a byline whose last part is the date. */
const BYLINE_LINE = new RegExp(`^\\|?\\s*(?:[^|]{1,40}\\|\\s*){1,3}(?:\\w+,\\s*)?(?<date>${DAY_MONTH})${TIME}\\s*\\|?\\s*$`, "iu");
/** A line that is only a date and perhaps a time: readouts and live blogs. */
const DATE_ONLY_LINE = new RegExp(`^(?:\\w+,\\s*)?(?<date>${DAY_MONTH})${TIME}(?:\\s*[/|]\\s*[^/|]{1,60}){0,2}\\s*$`, "iu");

/** How many lines from the top a wire dateline may stand. */
const HEADER_LINES = 8;
/** How far down a page's time stamps and bylines may stand (below the headline, photo credits and share buttons). */
const STAMP_LINES = 25;
/** Press releases put the date at the foot ("New Delhi / March 20, 2024"). */
const FOOTER_LINES = 3;
/** A clock time: a bare date line that carries one is a page's stamp, not a readout's own date. */
const CLOCK = /\d{1,2}[:.]\d{2}/;

/**
 * The date the page was written, from its first lines. Every stamp a page
 * carries (published, updated, a crawl time, a ticker's clock) is at or after
 * the time of writing, so the earliest of them is taken: a header stamp can
 * bound the call from above, but never stands in for an earlier byline.
 */
export function findDateline(lines: readonly string[], published: IsoDate | null): Dateline | null {
  let best: Dateline | null = null;
  const consider = (found: Dateline | null) => {
    if (!found) return;
    if (!best || found.date < best.date) best = found;
    else if (found.date === best.date && found.clock !== undefined && (best.clock === undefined || found.clock < best.clock))
      best = { ...best, clock: found.clock };
  };
  lines.slice(0, STAMP_LINES).forEach((raw, index) => consider(stampIn(raw.trim(), index, published)));
  if (best) return best;
  for (const raw of lines.slice(-FOOTER_LINES)) {
    const match = DATE_ONLY_LINE.exec(raw.trim());
    const date = match ? dateOf(match.groups!.date!, published) : null;
    if (date) return { date, text: raw.trim(), kind: "stamp" };
  }
  return null;
}

/** The stamp or dateline one line holds, if any, with the clock time written after its date. */
function stampIn(line: string, index: number, published: IsoDate | null): Dateline | null {
  const found = dateIn(line, index, published);
  if (!found) return null;
  const clock = clockAfterDate(line);
  return clock === null ? found : { ...found, clock };
}

/** "5:58 [IST]", "08:45 PM", "9.30 pm", "T06:45:00+05:30": hours, minutes, a half of the day and a zone. */
const CLOCK_TIME =
  /(?<![\d:.])(\d{1,2})[:.](\d{2})(?![\d.])(?::\d{2})?(?:\.\d+)?\s*(?:([ap])\.?\s?m\b\.?)?\s*[[(]?\s*(IST|GMT|UTC|MSK|Z|[+-]\d{2}:?\d{2})?/i;
/** Where a line's date ends: a clock before it is part of something else. */
const LINE_DATE = new RegExp(`(?:${DAY_MONTH}|${ISO_DATE}|${NUMERIC_DATE})`, "iu");

/** The clock time after a stamp's date, in minutes after midnight of the outlet's own time; null when none, or in UTC. */
export function clockAfterDate(line: string): number | null {
  const date = LINE_DATE.exec(line);
  if (!date) return null;
  const clock = CLOCK_TIME.exec(line.slice(date.index + date[0].length));
  if (!clock) return null;
  const [, hours, minutes, half, zone] = clock;
  if (zone && /^(?:GMT|UTC|Z|[+-]00:?00)$/i.test(zone)) return null;
  let hour = Number(hours);
  if (hour > 23 || Number(minutes) > 59 || (half && (hour < 1 || hour > 12))) return null;
  if (half) hour = (hour % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  return hour * 60 + Number(minutes);
}

/** The stamp or dateline one line holds, if any. */
function dateIn(line: string, index: number, published: IsoDate | null): Dateline | null {
  const stamp = STAMP_LINE.exec(line);
  if (stamp) {
    const { numeric, iso: isoText } = stamp.groups!;
    const date = isoText ? isoDate(isoText, published) : numeric ? numericDate(numeric, published) : dateOf(stamp.groups!.date!, published);
    return date ? { date, text: line, kind: "stamp" } : null;
  }
  const isoOnly = ISO_ONLY_LINE.exec(line);
  if (isoOnly) {
    const date = isoDate(isoOnly.groups!.iso!, published);
    return date ? { date, text: line, kind: index < 3 ? "header" : "stamp" } : null;
  }
  const byline = BYLINE_LINE.exec(line);
  if (byline) {
    const date = dateOf(byline.groups!.date!, published);
    return date ? { date, text: line, kind: "stamp" } : null;
  }
  const only = DATE_ONLY_LINE.exec(line);
  if (only) {
    const date = dateOf(only.groups!.date!, published);
    // A readout's own date on its line ("June 30, 2023") is when it was issued; a date with a clock time
    // or a weekday at the very top of a page is a header that may have been stamped later.
    const header = index < 3 && (CLOCK.test(line) || /^\p{L}+day,/iu.test(line));
    return date ? { date, text: line, kind: header ? "header" : "stamp" } : null;
  }
  if (index >= HEADER_LINES) return null;
  const agency = AGENCY_DATELINE.exec(line);
  const date = agency ? dateOf(agency.groups!.date!, published) : null;
  return date ? { date, text: line, kind: "agency" } : null;
}

/**
 * A dateline or stamp in the first lines whose year is not written ("MOSCOW,
 * May 27 (Agency) –"), for an article with no publication date: the day and
 * month still narrow the call date once other clues give the year.
 */
export function findUndatedDateline(lines: readonly string[]): UndatedDateline | null {
  for (const raw of lines.slice(0, HEADER_LINES)) {
    const line = raw.trim();
    const match = STAMP_LINE.exec(line) ?? DATE_ONLY_LINE.exec(line) ?? AGENCY_DATELINE.exec(line);
    const text = match?.groups?.date;
    if (!text) continue;
    const parts = dayMonthYear(text);
    if (parts && parts.year === null) return { month: parts.month, day: parts.day, text: line };
  }
  return null;
}

/** "2024-01-16": a real day, not after publication. */
function isoDate(text: string, published: IsoDate | null): IsoDate | null {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return published && text > published ? null : text;
}

/** "19.08.25": day, month, and a two-digit year in this century. */
function numericDate(text: string, published: IsoDate | null): IsoDate | null {
  const [day, month, year] = text.split(/[./-]/).map(Number) as [number, number, number];
  const fullYear = year < 100 ? 2000 + year : year;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(fullYear, month, 0)).getUTCDate()) return null;
  const date = iso(fullYear, month, day);
  return published && date > published ? null : date;
}

/** How many characters at the start of a sentence are its dateline (0 when none). */
export function datelineLength(sentence: string): number {
  if (DATE_ONLY_LINE.test(sentence.trim()) || ISO_ONLY_LINE.test(sentence.trim())) return sentence.length;
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
  const month = monthNumber(monthFirst ? match[1]! : match[2]!);
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
  return {
    day: result.start.get("day")!,
    month: result.start.get("month")!,
    year: result.start.isCertain("year") ? result.start.get("year")! : null,
  };
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
