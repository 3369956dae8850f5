import { EARLIEST_CALL_DATE, weekdayOf } from "../../dates.ts";
import type { CallDate, IsoDate, Warning } from "../../types.ts";
import type { DateContext, DateRule } from "./context.ts";
import type { DayClue, DaySet } from "./day-set.ts";
import { daysFitting } from "./day-set.ts";
import { weekdayName } from "../vocabulary.ts";
import { callSentences } from "./rules/call-sentences.ts";
import { electionCongratulations } from "./rules/election-congratulations.ts";
import { eventWeek } from "./rules/event-week.ts";
import { leaderAge } from "./rules/leader-age.ts";
import { leadersInOffice } from "./rules/leaders-in-office.ts";
import { monthDayWithoutYear } from "./rules/month-day.ts";
import { notAfterPublication } from "./rules/publication.ts";
import { undatedDateline } from "./rules/undated-dateline.ts";
import { titledLeaders } from "./rules/titled-leaders.ts";
import { worldContext } from "./rules/world-context.ts";
import { yearsWritten } from "./rules/years-written.ts";

/**
 * The rules that narrow a call date the call sentences leave open. Order does
 * not change the result (each only adds a constraint); it is the order their
 * names appear in the evidence, most telling first:
 * - what the call sentences say (a weekday, "earlier this week", before an upcoming event);
 * - a day and month without a year, and a wire dateline without one;
 * - the page's publication date and stamps, which the call cannot be after;
 * - both leaders in office (or designate), and alive, by the leaders data;
 * - other office holders and events the text names, by the context data,
 *   and an event it dates by a bare weekday ("the strike on Tuesday");
 * - a congratulation on an election, soon after one of the leaders' elections;
 * - other leaders the text names with a title, leaders' ages, and the latest
 *   year the text writes of the past (all but the events are weak: they
 *   narrow but never empty the set).
 */
export const DATE_RULES: readonly DateRule[] = [
  callSentences,
  monthDayWithoutYear,
  undatedDateline,
  notAfterPublication,
  leadersInOffice,
  worldContext,
  eventWeek,
  electionCongratulations,
  titledLeaders,
  leaderAge,
  yearsWritten,
];

/** The most fitting days kept on the record for consolidation to choose among. */
const MAX_CANDIDATES = 64;

/**
 * The call's day as the set of days that fits every clue, for an article
 * whose call sentences leave the day open: the rules narrow the range, and a
 * set of one day is the call date, its evidence naming the rules that
 * decided. A larger set is kept (as bounds, a weekday and, when short, the
 * days themselves) for consolidation to place by content.
 */
export function resolveCallDay(context: DateContext, today: IsoDate): { callDate: CallDate; warnings: Warning[] } {
  const { textual } = context;
  const { clues, set } = fittingDays(
    DATE_RULES.flatMap((rule) => rule.clues(context)),
    { from: EARLIEST_CALL_DATE, to: today },
  );
  const rules = decidingRules(clues);
  if (set.days?.length === 1) {
    const date = set.days[0]!;
    return {
      callDate: { date, earliest: date, latest: date, weekday: weekdayOf(date), evidence: telling(clues), rule: rules.join(" + ") },
      warnings: [{ message: `the call date ${date} is the only day that fits every clue (${rules.join(", ")})` }],
    };
  }
  if (set.days?.length === 0) {
    return {
      callDate: { ...textual, evidence: null },
      warnings: [{ message: `no day fits every clue about the call date (${rules.join(", ")}); left open` }],
    };
  }
  const callDate: CallDate = { date: null, earliest: set.from, latest: set.to, weekday: set.weekday, evidence: null };
  if (set.days) callDate.candidates = set.days;
  const count = set.days ? `${set.days.length} days fit` : "many days fit";
  const weekday = set.weekday ? `, on a ${weekdayName(set.weekday)}` : "";
  return {
    callDate,
    warnings: [
      { message: `the call date is not stated exactly: ${count} between ${set.from} and ${set.to}${weekday} (${rules.join(", ")})` },
    ],
  };
}

/**
 * The days that fit the firm clues, narrowed by each weak clue in turn that
 * still leaves a day: background may date a text loosely, never contradict
 * what it says of the call.
 */
function fittingDays(all: readonly DayClue[], bounds: { from: IsoDate; to: IsoDate }): { clues: DayClue[]; set: DaySet } {
  const clues = all.filter((clue) => !clue.weak);
  let set = daysFitting(clues, bounds, MAX_CANDIDATES);
  for (const weak of all.filter((clue) => clue.weak)) {
    if (set.days?.length === 0) break;
    const narrower = daysFitting([...clues, weak], bounds, MAX_CANDIDATES);
    if (narrower.days?.length === 0) continue;
    clues.push(weak);
    set = narrower;
  }
  return { clues, set };
}

/** The rules that said something, once each, in rule order. */
function decidingRules(clues: readonly DayClue[]): string[] {
  return [...new Set(clues.map((clue) => clue.rule))];
}

/** The sentence a reader should see first: the text's own words before the data's. */
function telling(clues: readonly DayClue[]): string {
  const fromText = clues.find((clue) => clue.monthDay || clue.weekday) ?? clues[0];
  return fromText?.evidence ?? "every clue about the call date";
}
