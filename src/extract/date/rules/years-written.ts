import type { DateRule } from "../context.ts";

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** A sentence about what is to come: its years say nothing of when it was written. */
const FUTURE =
  /\b(?:will|would|shall|upcoming|forthcoming|next|scheduled|expected|planned|plans?|aims?|target(?:s|ed)?|vision|by|until|till|ahead|due|hopes?|through)\b/i;

/**
 * The latest year the text writes in a sentence about the past or present
 * ("the stand-off that began in 2020"): it was written in or after that year.
 * Weak: a year can name a plan or a forecast in words the rule misses (a
 * year after today leaves no day, and is dropped as such).
 */
export const yearsWritten: DateRule = {
  name: "years-written",
  clues({ sentences }) {
    let latest = 0;
    let evidence = "";
    for (const sentence of sentences) {
      if (!/\d{4}/.test(sentence) || FUTURE.test(sentence)) continue;
      for (const match of sentence.matchAll(YEAR)) {
        const year = Number(match[1]);
        if (year > latest) {
          latest = year;
          evidence = sentence.trim();
        }
      }
    }
    return latest ? [{ rule: this.name, evidence, from: `${latest}-01-01`, weak: true }] : [];
  },
};
