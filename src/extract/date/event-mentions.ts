import type { DatedEvent } from "../../data/load.ts";

/** Between the parts of an event phrase written "air strike … Jaish": any words, within one sentence. */
const GAP = /\s*(?:…|\.\.\.)\s*/;

/**
 * The sentences of a text that mention an event, by any of its phrases. A
 * phrase is found as written; one with a gap ("air strike … Jaish") needs its
 * parts in that order within one sentence, which is how an event is described
 * when it is not named.
 */
export function eventMentions(text: string, event: DatedEvent): { phrase: string; sentence: string }[] {
  const found: { phrase: string; sentence: string }[] = [];
  for (const phrase of event.phrases) {
    const parts = phrase.split(GAP).filter(Boolean);
    if (!text.includes(parts[0]!)) continue;
    for (const sentence of sentencesWith(text, parts[0]!)) {
      let at = 0;
      const inOrder = parts.every((part) => (at = sentence.indexOf(part, at)) !== -1 && (at += part.length) > 0);
      if (inOrder) found.push({ phrase, sentence });
    }
  }
  return found;
}

/** The sentences (or lines) that hold a word. */
function sentencesWith(text: string, word: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.includes(word));
}
