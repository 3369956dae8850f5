import type { CallDate, IsoDate, Sentence } from "../../types.ts";
import { addDays, isRealDate, monthDayBefore, weekdayOf } from "../../dates.ts";
import { FILED_THAT_DAY_RULE, RELATIVE_TO_DATE_LINE_RULE, SOFT_WEEKDAY_RULE } from "../call-date.ts";
import type { MonthDayClue } from "../call-date.ts";
import type { Dateline, UndatedDateline } from "../dateline.ts";
import { onFirstUse } from "../../first-use.ts";
import { MONTHS, monthNumber } from "../vocabulary.ts";
import type { CompiledLanguage } from "./compile.ts";
import { withAsciiDigits } from "./compile.ts";

/**
 * Dates in a language file's terms: "7 октября", "в среду", "вчера";
 * "7 जनवरी", "सोमवार को", "आज", "कल" (yesterday, in a report of a call),
 * Devanagari digits. The result is what the English reader gives the date
 * rules (`date/`), so both languages go through the same rules from there.
 */

/** A day and month (and perhaps a year) written in one sentence. */
interface DayMonth {
  day: number;
  month: number;
  year: number | null;
  at: number;
  text: string;
}

/** chrono-node's Russian parser, loaded on first use (most builds read no Russian). */
const russianChrono = onFirstUse<typeof import("chrono-node/ru")>("chrono-node/ru");

/**
 * Days and months written in a text: with chrono-node where the language
 * file names its locale (it knows "7 окт", "07.10.2025", "7-го октября"),
 * otherwise "7 जनवरी [2024]" from the file's month names.
 */
export function dayMonths(text: string, language: CompiledLanguage): DayMonth[] {
  const plain = withAsciiDigits(text, language.resources.digits);
  if (language.resources.chronoLocale === "ru") {
    return (
      russianChrono()
        .parse(plain, new Date(Date.UTC(2000, 0, 1)))
        // Only a written day ("7 окт", "07.10.2025"): chrono also counts "вчера" from its reference day as certain.
        .filter((r) => r.start.isCertain("day") && r.start.isCertain("month") && /\d/.test(r.text))
        .map((r) => ({
          day: r.start.get("day")!,
          month: r.start.get("month")!,
          year: r.start.isCertain("year") ? r.start.get("year")! : null,
          at: r.index,
          text: r.text,
        }))
    );
  }
  const found: DayMonth[] = [];
  for (const month of language.months.find(plain)) {
    const before = /(\d{1,2})\s*$/.exec(plain.slice(Math.max(0, month.start - 4), month.start));
    if (!before) continue;
    const after = /^\.?,?\s*(\d{4})(?!\d)/.exec(plain.slice(month.end));
    const at = month.start - before[0].length;
    found.push({
      day: Number(before[1]),
      month: Number(month.key),
      year: after ? Number(after[1]) : null,
      at,
      text: plain.slice(at, month.end + (after?.[0].length ?? 0)),
    });
  }
  return found;
}

function iso(year: number, month: number, day: number): IsoDate | null {
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isRealDate(date) ? date : null;
}

/** The latest date on this day and month on or before the anchor. */
function lastOnOrBefore(month: number, day: number, anchor: IsoDate): IsoDate | null {
  const year = Number(anchor.slice(0, 4));
  for (const y of [year, year - 1]) {
    const date = iso(y, month, day);
    if (date && date <= anchor) return date;
  }
  return null;
}

/**
 * A wire dateline at the top, in the language's words: "НЬЮ-ДЕЛИ, 7 окт — РИА Новости.",
 * "नई दिल्ली, 7 जनवरी (भाषा)".
 */
export function findLanguageDateline(
  lines: readonly string[],
  published: IsoDate | null,
  language: CompiledLanguage,
): { dateline: Dateline | null; undated: UndatedDateline | null } {
  for (const raw of lines.slice(0, HEADER_LINES)) {
    const line = raw.trim();
    const first = dayMonths(line.slice(0, DATELINE_REACH), language)[0];
    if (!first) continue;
    const before = line.slice(0, first.at).trim();
    const onlyDate = before === "" && line.length - first.text.length < 25;
    const placeComma = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]{1,30},$/u.test(before);
    if (!onlyDate && !placeComma) continue;
    if (first.year === null) {
      // "МОСКВА, 9 марта. /ТАСС/." under a publication date: the year is the publication's.
      const date = published ? lastOnOrBefore(first.month, first.day, published) : null;
      if (date && published && date >= addDays(published, -7))
        return { dateline: { date, text: line, kind: onlyDate ? "stamp" : "agency" }, undated: null };
      return { dateline: null, undated: { month: first.month, day: first.day, text: line } };
    }
    const date = iso(first.year, first.month, first.day);
    if (date && (!published || date <= published))
      return { dateline: { date, text: line, kind: onlyDate ? "stamp" : "agency" }, undated: null };
  }
  return { dateline: null, undated: null };
}

const HEADER_LINES = 8;
/** A dateline's date stands near the start of its line. */
const DATELINE_REACH = 60;

/** "— PMO India (@PMOIndia) April 6, 2017": a post quoted in the article, and the day it was posted. */
const POST_SIGNOFF = new RegExp(
  String.raw`\(@\w+\)\s+(${MONTHS.map((m) => m.slice(0, 3)).join("|")})[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})`,
  "i",
);

export interface LanguageDateInput {
  sentences: readonly Sentence[];
  /** The sentences about the call, those that name both sides first. */
  callSentences: readonly number[];
  published: IsoDate | null;
  dateline: Dateline | null;
  undated: UndatedDateline | null;
  /** The date line above the text may lag the call by a day (not front matter). */
  publishedMayLag: boolean;
}

/**
 * When the call sentences date the call, as the English reader says it: a
 * full date; a day and month (its year from the publication date, or left to
 * the date rules); "today"/"yesterday" and a weekday counted from the
 * dateline or publication; a quoted post's day. With none of these the date
 * is open, with the weekday when one is given, for the date rules.
 */
export function readLanguageDate(
  input: LanguageDateInput,
  language: CompiledLanguage,
): { callDate: CallDate; monthDays: MonthDayClue[]; undated: UndatedDateline | null } {
  const { sentences, callSentences, published, dateline } = input;
  const anchor = dateline?.date ?? published;
  const resolved = (date: IsoDate, evidence: string, soft?: { earliest: IsoDate; rule: string }): CallDate => ({
    date,
    earliest: soft?.earliest ?? date,
    latest: date,
    weekday: weekdayOf(date),
    evidence,
    ...(soft ? { rule: soft.rule } : {}),
  });
  const monthDays: MonthDayClue[] = [];
  let undated = input.undated;
  let weekday: { day: number; text: string } | null = null;
  let relative: { yesterday: boolean; text: string } | null = null;

  for (const index of callSentences) {
    const text = sentences[index]!.text;
    for (const found of dayMonths(text, language)) {
      if (found.year !== null) {
        const date = iso(found.year, found.month, found.day);
        if (date && (!anchor || date <= anchor)) return { callDate: resolved(date, text), monthDays, undated };
      } else if (anchor) {
        const date = lastOnOrBefore(found.month, found.day, anchor);
        if (date) return { callDate: resolved(date, text), monthDays, undated };
      } else monthDays.push({ month: found.month, day: found.day, weekday: null, evidence: text });
    }
    const plain = withAsciiDigits(text, language.resources.digits);
    weekday ??= (() => {
      const w = language.weekdays.find(plain)[0];
      return w ? { day: Number(w.key), text } : null;
    })();
    if (!relative) {
      if (language.yesterday.test(plain)) relative = { yesterday: true, text };
      else if (language.today.test(plain)) relative = { yesterday: false, text };
    }
  }
  if (monthDays.length) {
    if (weekday) monthDays[0]!.weekday = weekday.day;
    return { callDate: open(weekday?.day ?? null), monthDays, undated };
  }
  if (relative && anchor) {
    const date = relative.yesterday ? addDays(anchor, -1) : anchor;
    const soft = !dateline && input.publishedMayLag ? { earliest: addDays(date, -1), rule: RELATIVE_TO_DATE_LINE_RULE } : undefined;
    return { callDate: resolved(date, relative.text, soft), monthDays, undated };
  }
  if (relative?.yesterday && undated) {
    // "Yesterday" under a dateline without a year: the day before it.
    undated = { ...monthDayBefore(undated.month, undated.day), text: undated.text };
  }
  if (weekday && anchor) {
    let date = anchor;
    while (weekdayOf(date) !== weekday.day) date = addDays(date, -1);
    const soft =
      date < anchor && ((!dateline && input.publishedMayLag) || dateline?.kind === "header")
        ? { earliest: addDays(anchor, -31), rule: SOFT_WEEKDAY_RULE }
        : undefined;
    return { callDate: resolved(date, weekday.text, soft), monthDays, undated };
  }
  // A post quoted in the article ("… today", signed with its date) reports the call the day it was posted.
  for (const sentence of sentences) {
    const signoff = sentence.text.includes("(@") ? POST_SIGNOFF.exec(sentence.text) : null;
    if (!signoff) continue;
    const date = iso(Number(signoff[3]), monthNumber(signoff[1]!), Number(signoff[2]));
    if (date && (!published || date <= published) && (!weekday || weekdayOf(date) === weekday.day))
      return { callDate: resolved(date, sentence.text), monthDays, undated };
  }
  // A wire report that gives no time at all was filed the day of the call, or the day after.
  if (dateline && !weekday && !relative)
    return {
      callDate: resolved(dateline.date, dateline.text, { earliest: addDays(dateline.date, -1), rule: FILED_THAT_DAY_RULE }),
      monthDays,
      undated,
    };
  return { callDate: open(weekday?.day ?? null), monthDays, undated };
}

function open(weekday: number | null): CallDate {
  return { date: null, earliest: null, latest: null, weekday, evidence: null };
}
