import type { DatedEvent } from "../../data/load.ts";

/** Between the parts of an event phrase written "air strike … Jaish": any words, within one sentence. */
const GAP = /\s*(?:…|\.\.\.)\s*/;

/**
 * The sentences that mention an event, by any of its phrases. A phrase is
 * found as written; one with a gap ("air strike … Jaish") needs its parts in
 * that order within one sentence, which is how an event is described when it
 * is not named.
 */
export function eventMentions(sentences: readonly string[], event: DatedEvent): { phrase: string; sentence: string }[] {
  const found: { phrase: string; sentence: string }[] = [];
  for (const phrase of event.phrases) {
    const parts = phrase.split(GAP).filter(Boolean);
    for (const sentence of sentences) if (inOrder(sentence, parts)) found.push({ phrase, sentence });
  }
  return found;
}

/** Whether each part stands in the sentence after the one before it. */
function inOrder(sentence: string, parts: readonly string[]): boolean {
  let at = 0;
  for (const part of parts) {
    const found = sentence.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length;
  }
  return true;
}
