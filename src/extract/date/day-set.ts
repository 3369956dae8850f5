import { addDays, daysBetween, inYear, weekdayOf, yearOf } from "../../dates.ts";
import type { IsoDate } from "../../types.ts";

/**
 * One thing a rule learned about the call's day. Every field narrows: the
 * call's day is the set of days that fits every clue of every rule.
 */
export interface DayClue {
  /** The rule that found it, for the record's evidence. */
  rule: string;
  /** The sentence, line or data entry it came from. */
  evidence: string;
  /** Not before this day. */
  from?: IsoDate;
  /** Not after this day. */
  to?: IsoDate;
  /** On this weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** In some year, on this month and day, or up to `within` days before it (a dateline and "on Monday"). */
  monthDay?: { month: number; day: number; within: number };
  /** Inside one of these spans (a leader's terms); `to` null is open. */
  spans?: readonly { from: IsoDate; to: IsoDate | null }[];
  /**
   * Read from background the text may date loosely (a title in a sentence
   * about the past, an age): it narrows the set, but is dropped when it
   * would leave no day at all.
   */
  weak?: boolean;
}

/** The days that fit every clue: listed when there are few, else only their bounds. */
export interface DaySet {
  /** Every fitting day in order, when there are at most the limit; null when there are more (or too many to list). */
  days: IsoDate[] | null;
  /** Bounds of the fitting days (or of the search, when not listed). */
  from: IsoDate;
  to: IsoDate;
  weekday: number | null;
}

/** Ranges longer than this are not walked day by day: they hold too many days to settle anything. */
const MAX_WALK_DAYS = 1500;

/**
 * The days that fit every clue, between `from` and `to`. A day-and-month clue
 * is walked year by year, so even an open range is cheap; otherwise the range
 * is walked day by day only when it is short.
 */
export function daysFitting(clues: readonly DayClue[], bounds: { from: IsoDate; to: IsoDate }, limit = 64): DaySet {
  let from = bounds.from;
  let to = bounds.to;
  const weekdays = new Set<number>();
  for (const clue of clues) {
    if (clue.from && clue.from > from) from = clue.from;
    if (clue.to && clue.to < to) to = clue.to;
    if (clue.weekday) weekdays.add(clue.weekday);
    // A clue's spans bound the set too: from the first span's start to the last one's end.
    if (clue.spans?.length) {
      const first = clue.spans.reduce((a, b) => (b.from < a ? b.from : a), clue.spans[0]!.from);
      if (first > from) from = first;
      const open = clue.spans.some((span) => span.to === null);
      const last = open ? null : clue.spans.reduce((a, b) => (b.to! > a ? b.to! : a), clue.spans[0]!.to!);
      if (last && last < to) to = last;
    }
  }
  const weekday = weekdays.size === 1 ? [...weekdays][0]! : null;
  // Two different weekdays: no day fits both.
  if (weekdays.size > 1 || from > to) return { days: [], from, to, weekday };
  const fits = (day: IsoDate) => day >= from && day <= to && clues.every((clue) => fitsClue(day, clue));
  const anchored = clues.find((clue) => clue.monthDay);
  let candidates: Iterable<IsoDate> | null = null;
  const spanned = shortestSpans(clues, from, to);
  if (anchored) candidates = monthDayDays(anchored.monthDay!, from, to);
  else if (daysBetween(from, to) <= MAX_WALK_DAYS) candidates = everyDay(from, to);
  else if (spanned) candidates = spanned;
  if (!candidates) return { days: null, from, to, weekday };
  const days: IsoDate[] = [];
  for (const day of candidates) {
    if (!fits(day)) continue;
    days.push(day);
  }
  days.sort();
  if (!days.length) return { days, from, to, weekday };
  return { days: days.length <= limit ? days : null, from: days[0]!, to: days[days.length - 1]!, weekday };
}

function fitsClue(day: IsoDate, clue: DayClue): boolean {
  if (clue.weekday && weekdayOf(day) !== clue.weekday) return false;
  if (clue.spans && !clue.spans.some((span) => span.from <= day && (span.to === null || day <= span.to))) return false;
  if (clue.monthDay && !nearMonthDay(day, clue.monthDay)) return false;
  return true;
}

/** Whether a day is the month and day of its year (or the next), or up to `within` days before it. */
function nearMonthDay(day: IsoDate, monthDay: { month: number; day: number; within: number }): boolean {
  for (const year of [yearOf(day), yearOf(day) + 1]) {
    const anchor = monthDayIn(year, monthDay);
    if (!anchor) continue;
    const gap = daysBetween(day, anchor);
    if (gap >= 0 && gap <= monthDay.within) return true;
  }
  return false;
}

function* monthDayDays(monthDay: { month: number; day: number; within: number }, from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let year = yearOf(from); year <= yearOf(to) + 1; year++) {
    const anchor = monthDayIn(year, monthDay);
    if (!anchor) continue;
    for (let back = 0; back <= monthDay.within; back++) yield addDays(anchor, -back);
  }
}

/** The days inside the clue whose spans (within the bounds) hold fewest days, when few enough to walk; null otherwise. */
function shortestSpans(clues: readonly DayClue[], from: IsoDate, to: IsoDate): IsoDate[] | null {
  let best: IsoDate[] | null = null;
  for (const clue of clues) {
    if (!clue.spans) continue;
    const clipped = clue.spans
      .map((span) => ({ from: span.from > from ? span.from : from, to: span.to !== null && span.to < to ? span.to : to }))
      .filter((span) => span.from <= span.to);
    const size = clipped.reduce((sum, span) => sum + daysBetween(span.from, span.to) + 1, 0);
    if (size > MAX_WALK_DAYS || (best && size >= best.length)) continue;
    best = [...new Set(clipped.flatMap((span) => [...everyDay(span.from, span.to)]))];
  }
  return best;
}

function* everyDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let day = from; day <= to; day = addDays(day, 1)) yield day;
}

/** The month and day in a year; null when the year lacks it (29 February). */
function monthDayIn(year: number, monthDay: { month: number; day: number }): IsoDate | null {
  const day = inYear(`2000-${pad(monthDay.month)}-${pad(monthDay.day)}`, year);
  return day && Number(day.slice(8, 10)) === monthDay.day ? day : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
