import path from "node:path";
import { loadLanguageFile } from "../data/languages.ts";
import { DEFAULT_DATA_DIR } from "../data/load.ts";

/**
 * The calendar words the English rules read, in one place, from
 * `content/data/languages/en.yaml`: the date readers, the call cues, the
 * datelines and the content matcher all take them from here. Lower case;
 * weekdays from Monday (1) to Sunday (7), as luxon counts.
 */

/** The English file, read once when the rules are built (from the default data folder: these are the language's calendar words, not anything a site edits). */
const ENGLISH = loadLanguageFile(path.join(DEFAULT_DATA_DIR, "languages", "en.yaml"));

export const WEEKDAYS: readonly string[] = ENGLISH.weekdays.map((forms) => forms[0]!.toLowerCase());

export const MONTHS: readonly string[] = ENGLISH.months.map((forms) => forms[0]!.toLowerCase());

/** The abbreviations outlets use, as chrono's dictionary has them ("sept" besides "sep"). */
export const MONTH_ABBREVIATIONS: readonly string[] = ENGLISH.months.flatMap((forms) => forms.slice(1).map((f) => f.toLowerCase()));

/** "today", "this morning" …; "yesterday", "last night" …: in the file's order, which the date readers' patterns keep. */
export const RELATIVE_DAYS = { today: ENGLISH.relativeDays.today, yesterday: ENGLISH.relativeDays.yesterday } as const;

/** The words English function words are counted from (`language.ts`), and the verbs of placing a call (`initiator.ts`). */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = ENGLISH.functionWords;
export const CALLER_VERBS: readonly string[] = ENGLISH.initiator.callerVerbs;

/** `monday|tuesday|…`, for building patterns. */
export const WEEKDAY_ALTERNATION = WEEKDAYS.join("|");

/** `january|february|…`, for building patterns. */
export const MONTH_ALTERNATION = MONTHS.join("|");

/** A weekday's name with a capital, for messages: 1 → "Monday". */
export function weekdayName(day: number): string {
  return capitalized(WEEKDAYS[day - 1]!);
}

/** A month's name with a capital, for messages: 9 → "September". */
export function monthName(month: number): string {
  return capitalized(MONTHS[month - 1]!);
}

function capitalized(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/** A month's number from its name or abbreviation (any case); 0 when it is neither. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}
