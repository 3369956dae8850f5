/** Longest summary shown in lists; longer sentences are cut at a word. */
export const SUMMARY_MAX = 220;

/**
 * The one-line summary on the timeline: the sentence that reports the call,
 * as a source wrote it, else a plain statement of who called whom.
 */
export function callSummary(names: readonly string[], initiator: string | null, callSentence: string | undefined): string {
  const sentence = callSentence?.replace(/\s+/g, " ").trim();
  if (sentence) return shorten(sentence, SUMMARY_MAX);
  const others = names.filter((n) => n !== initiator);
  return initiator && others.length ? `${initiator} called ${listOf(others)}.` : `${listOf(names)} spoke by phone.`;
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
