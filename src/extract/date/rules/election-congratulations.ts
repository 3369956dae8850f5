import { addDays } from "../../../dates.ts";
import type { DateRule } from "../context.ts";

/** A call to congratulate comes within this many days of the election (results, swearing-in, the first call after). */
const WITHIN_DAYS = 60;

const CONGRATULATE = /\bcongratulat/i;
/** An election won, not one ahead: "re-election", "his win in the polls", "the electoral victory". */
const ELECTION = /\b(?:re-?elect\w*|elect(?:ed|ion|ions|oral)|polls?|mandate)\b/i;
const AHEAD = /\b(?:upcoming|forthcoming|coming|next|ahead of|future|success in)\b[^.]{0,40}\belections?\b|\bVictory Day\b/i;

/**
 * "congratulated Putin on his re-election": a call to congratulate on an
 * election follows one the leaders data lists for a participant (`elections`
 * in `leaders.yaml`). Weak: a late congratulation or another kind of vote
 * must not contradict what the text says.
 */
export const electionCongratulations: DateRule = {
  name: "election-congratulations",
  clues({ callSentences, leaders }) {
    const sentence = callSentences.find((s) => CONGRATULATE.test(s) && ELECTION.test(s) && !AHEAD.test(s));
    const elections = leaders.flatMap((leader) => leader.elections);
    if (!sentence || !elections.length) return [];
    const spans = elections.map((day) => ({ from: addDays(day, -1), to: addDays(day, WITHIN_DAYS) }));
    return [{ rule: this.name, evidence: sentence, spans, weak: true }];
  },
};
