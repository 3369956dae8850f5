import type { Leader, Office, Reference } from "../../../data/load.ts";
import type { DayClue } from "../day-set.ts";
import type { DateRule } from "../context.ts";
import { mentionedAsSuch } from "./world-context.ts";

/** One way a text may name a leader in office: "President Pranab Mukherjee", with the spans that title fits. */
interface TitledName {
  leader: Leader;
  phrase: string;
  spans: { from: string; to: string | null }[];
}

const TITLED = new WeakMap<object, TitledName[]>();

/**
 * Leaders in the leaders data who are not on the call, named with an office
 * title ("President Pranab Mukherjee accepted the resignation"): news copy
 * gives people the title they hold when it is written ("former" or "then"
 * otherwise), so the text dates from that office's terms. The call's own
 * participants are left to the leaders-in-office rule, which knows about
 * designates and titles outlets get wrong.
 */
export const titledLeaders: DateRule = {
  name: "titled-leaders",
  clues({ text, leaders, reference }) {
    // The call's own leaders are left out, and one clue per person is enough.
    const done = new Set(leaders.map((leader) => leader.name));
    const clues: DayClue[] = [];
    for (const titled of titledNames(reference)) {
      if (done.has(titled.leader.name) || !mentionedAsSuch(text, titled.phrase)) continue;
      clues.push({
        rule: this.name,
        evidence: `${titled.leader.name}'s time in office ("${titled.phrase}")`,
        spans: titled.spans,
        weak: true,
      });
      done.add(titled.leader.name);
    }
    return clues;
  },
};

/** Every office title put before every full name (a name of two words or more), per leader and office. */
function titledNames(reference: Pick<Reference, "leaders" | "offices">): TitledName[] {
  let names = TITLED.get(reference);
  if (names) return names;
  const offices = new Map<string, Office>(reference.offices.map((office) => [office.id, office]));
  names = [];
  for (const leader of reference.leaders) {
    const fullNames = [leader.name, ...leader.aliases].filter((alias) => /\s/.test(alias.trim()));
    for (const officeId of new Set(leader.offices.map((term) => term.office))) {
      const office = offices.get(officeId);
      if (!office) continue;
      const spans = leader.offices.filter((term) => term.office === officeId).map(({ from, to }) => ({ from, to }));
      for (const title of office.titles) for (const name of new Set(fullNames)) names.push({ leader, phrase: `${title} ${name}`, spans });
    }
  }
  TITLED.set(reference, names);
  return names;
}
