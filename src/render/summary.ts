import { listOf } from "../words.ts";

/**
 * The one-line summary on the timeline and call page, in the site's own words
 * from the record (a source's sentence may carry its errors, such as a wrong title):
 * who called whom, and what about.
 */
export function callSummary(names: readonly string[], initiator: string | null, topicLabels: readonly string[]): string {
  const others = names.filter((n) => n !== initiator);
  const opening = initiator && others.length ? `${initiator} called ${listOf(others)}` : `${listOf(names)} spoke by phone`;
  if (topicLabels.length === 0) return `${opening}.`;
  const rest = topicLabels.length - 1;
  // Labels keep their own capitals and may contain "and", so only the first is woven into the sentence.
  return `${opening} about ${topicLabels[0]}${rest ? ` and ${rest} other ${rest === 1 ? "topic" : "topics"}` : ""}.`;
}

/** "1 call", "3 calls". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
