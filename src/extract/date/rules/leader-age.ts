import { addDays, inYear, yearOf } from "../../../dates.ts";
import type { Leader } from "../../../data/load.ts";
import type { DayClue } from "../day-set.ts";
import type { DateRule } from "../context.ts";

/** "the 81-year-old Singh", "81-year-old Prime Minister Manmohan Singh": an age, then up to four capitalised words. */
const AGE_BEFORE = /\b(\d{2,3})-year-old\s+((?:[A-Z][\p{L}.'’-]*\s+){0,4}[A-Z][\p{L}'’-]*)/gu;
/** "Putin, 71, said": a name, then the age between commas. */
const AGE_AFTER = /\b([A-Z][\p{L}'’-]*),\s+(\d{2,3}),/gu;

/**
 * A leader's age as the text gives it dates the text to one year of that
 * leader's life, from `born` in the leaders data. Outlets round ages and copy
 * old profiles, so the clue is weak: it never contradicts firmer ones.
 */
export const leaderAge: DateRule = {
  name: "leader-age",
  clues({ text, reference }) {
    if (!text.includes("-year-old") && !/,\s+\d{2,3},/.test(text)) return [];
    const clues: DayClue[] = [];
    const add = (age: number, names: string) => {
      const leader = reference.leaders.find((candidate) => candidate.born && namedIn(candidate, names));
      if (!leader?.born) return;
      const from = inYear(leader.born, yearOf(leader.born) + age);
      const until = inYear(leader.born, yearOf(leader.born) + age + 1);
      if (from && until)
        clues.push({ rule: this.name, evidence: `${leader.name} given as ${age} years old`, from, to: addDays(until, -1), weak: true });
    };
    for (const match of text.matchAll(AGE_BEFORE)) add(Number(match[1]), match[2]!);
    for (const match of text.matchAll(AGE_AFTER)) add(Number(match[2]), match[1]!);
    return clues;
  },
};

/** Whether the words name the leader: the last of them is the leader's surname, or the words end with one of the aliases. */
function namedIn(leader: Leader, words: string): boolean {
  const surname = leader.name.split(/\s+/).at(-1)!;
  return (
    words === surname || words.endsWith(` ${surname}`) || leader.aliases.some((alias) => words === alias || words.endsWith(` ${alias}`))
  );
}
