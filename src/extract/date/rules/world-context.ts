import type { DayClue } from "../day-set.ts";
import type { DateRule } from "../context.ts";
import { eventMentions } from "../event-mentions.ts";

/** "former", "ex-", "then", "the late", perhaps with a country's name or adjective between ("former US President …"). */
const FORMER = /\b(?:[Ff]ormer|[Ee]x-|[Ee]rstwhile|[Tt]hen|[Ll]ate)(?:\s+[A-Z][\w.]*){0,2}\s*$/;

/**
 * Other office holders and events the text names (`content/data/context.yaml`):
 * a text that calls Zelensky Ukraine's President was written in his term, and
 * one that mentions an attack was written after it.
 */
export const worldContext: DateRule = {
  name: "world-context",
  clues({ text, sentences, reference }) {
    const clues: DayClue[] = [];
    for (const holder of reference.context.officeHolders) {
      const alias = holder.aliases.find((a) => mentionedAsSuch(text, a));
      // A title in background may be the one held then: it narrows, never contradicts.
      if (alias) clues.push({ rule: this.name, evidence: `${holder.name}'s time in office (${alias})`, spans: holder.terms, weak: true });
    }
    for (const event of reference.context.events) {
      const mention = eventMentions(sentences, event)[0];
      if (mention) clues.push({ rule: this.name, evidence: `after ${event.name} (${event.date}): "${mention.phrase}"`, from: event.date });
    }
    return clues;
  },
};

/** The alias stands in the text as a whole phrase, not after "former". */
export function mentionedAsSuch(text: string, alias: string): boolean {
  for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + 1)) {
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text[at + alias.length] ?? " ";
    const boundary = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
    if (boundary && !/[\p{L}\p{N}]/u.test(after) && !FORMER.test(before)) return true;
  }
  return false;
}
