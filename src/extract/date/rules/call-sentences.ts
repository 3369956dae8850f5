import type { DayClue } from "../day-set.ts";
import type { DateRule } from "../context.ts";

/** What the call sentences bound the day to: "on Monday", "earlier this week", before an upcoming event. Nothing, when they say nothing. */
export const callSentences: DateRule = {
  name: "call-sentences",
  clues({ textual }) {
    const clue: DayClue = { rule: this.name, evidence: textual.evidence ?? "the sentences about the call" };
    if (textual.earliest) clue.from = textual.earliest;
    if (textual.latest) clue.to = textual.latest;
    if (textual.weekday) clue.weekday = textual.weekday;
    return clue.from || clue.to || clue.weekday ? [clue] : [];
  },
};
