/**
 * The calendar words the English rules read, in one place: the date readers,
 * the call cues, the datelines and the content matcher all take them from
 * here. Lower case; weekdays from Monday (1) to Sunday (7), as luxon counts.
 */

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;

/** The abbreviations outlets use, as chrono's dictionary has them ("sept" besides "sep"). */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"] as const;

/** `monday|tuesday|…`, for building patterns. */
export const WEEKDAY_ALTERNATION = WEEKDAYS.join("|");

/** `january|february|…`, for building patterns. */
export const MONTH_ALTERNATION = MONTHS.join("|");

/** A weekday's name with a capital, for messages: 1 → "Monday". */
export function weekdayName(day: number): string {
  const name = WEEKDAYS[day - 1]!;
  return name[0]!.toUpperCase() + name.slice(1);
}

/** A month's number from its name or abbreviation (any case); 0 when it is neither. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}
