import type { DayClue } from "../day-set.ts";
import type { DateRule } from "../context.ts";
import { weekdayName } from "../../vocabulary.ts";

/** What the call sentences bound the day to: "on Monday", "earlier this week", before an upcoming event. Nothing, when they say nothing. */
export const callSentences: DateRule = {
  name: "call-sentences",
  clues({ textual, callSentences: sentences }) {
    // The sentence a reader is shown: the one naming the weekday, when the date reader kept none.
    const weekday = textual.weekday ? weekdayName(textual.weekday).toLowerCase() : null;
    const naming = weekday ? sentences.find((sentence) => sentence.toLowerCase().includes(weekday)) : undefined;
    const clue: DayClue = { rule: this.name, evidence: textual.evidence ?? naming ?? sentences[0] ?? "the sentences about the call" };
    if (textual.earliest) clue.from = textual.earliest;
    if (textual.latest) clue.to = textual.latest;
    if (textual.weekday) clue.weekday = textual.weekday;
    return clue.from || clue.to || clue.weekday ? [clue] : [];
  },
};
