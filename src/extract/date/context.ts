import type { Leader, Reference } from "../../data/load.ts";
import type { CallDate, IsoDate } from "../../types.ts";
import type { MonthDayClue } from "../call-date.ts";
import type { Dateline, UndatedDateline } from "../dateline.ts";
import type { DayClue } from "./day-set.ts";

/** What the date rules read: one article, after its call sentences and leaders are known. */
export interface DateContext {
  /** What the call sentences themselves say: a date, or a range and a weekday. */
  textual: CallDate;
  /** Days and months the call sentences give without a year. */
  monthDays: readonly MonthDayClue[];
  published: IsoDate | null;
  dateline: Dateline | null;
  /** A dateline whose year is not written, for an article with no publication date. */
  undatedDateline: UndatedDateline | null;
  /** The call's participants as chosen so far. */
  leaders: readonly Leader[];
  /** Participants the text calls "former". */
  former: ReadonlySet<Leader>;
  /** The article's whole text, its sentences, and those that report the call (as the steps split them). */
  text: string;
  sentences: readonly string[];
  callSentences: readonly string[];
  reference: Pick<Reference, "context" | "leaders" | "offices">;
}

/** One named rule: what it adds to the call's day set. */
export interface DateRule {
  name: string;
  clues(context: DateContext): DayClue[];
}
