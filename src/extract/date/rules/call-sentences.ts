import type { DateRule } from "../context.ts";

/** What the call sentences bound the day to: "on Monday", "earlier this week", before an upcoming event. */
export const callSentences: DateRule = {
  name: "call-sentences",
  clues({ textual }) {
    const clue = { rule: this.name, evidence: textual.evidence ?? "the sentences about the call" };
    return [{ ...clue, ...(textual.earliest ? { from: textual.earliest } : {}), ...(textual.latest ? { to: textual.latest } : {}), ...(textual.weekday ? { weekday: textual.weekday } : {}) }];
  },
};
