import type { Sentence, Topic } from "../types.ts";
import { CALL_CUE, DISCUSSION_CUE, OTHER_EVENT_CUE } from "./cues.ts";

export interface TopicMatcher {
  topic: Topic;
  /** Tests one sentence. */
  matches(text: string): boolean;
}

/** Phrases match whole words, ignoring case; a trailing `*` matches any ending. */
export function compileTopics(topics: readonly Topic[]): TopicMatcher[] {
  return topics.map((topic) => {
    const alternatives = topic.phrases.map((phrase) => {
      const stem = phrase.endsWith("*");
      const body = (stem ? phrase.slice(0, -1) : phrase).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[\\s-]");
      return stem ? `${body}[\\w-]*` : body;
    });
    // Short all-capital phrases (UN, SCO, LNG) are acronyms: match their case exactly.
    const acronyms = alternatives.filter((_, i) => isAcronym(topic.phrases[i]!));
    const words = alternatives.filter((_, i) => !isAcronym(topic.phrases[i]!));
    const whole = (list: string[], flags: string) => (list.length ? new RegExp(`(?<![\\w-])(?:${list.join("|")})(?![\\w-])`, flags) : null);
    const wordPattern = whole(words, "iu");
    const acronymPattern = whole(acronyms, "u");
    return { topic, matches: (text) => Boolean(wordPattern?.test(text) || acronymPattern?.test(text)) };
  });
}

function isAcronym(phrase: string): boolean {
  return /^[A-Z0-9-]{2,5}$/.test(phrase) && /[A-Z]/.test(phrase);
}

/**
 * Sentences that report what the leaders said or discussed on the call, as
 * opposed to background about other events.
 */
export function isAboutTheCall(sentence: string): boolean {
  if (CALL_CUE.test(sentence)) return true;
  return DISCUSSION_CUE.test(sentence) && !OTHER_EVENT_CUE.test(sentence);
}

/** "… spoke on Monday, days after X visited Moscow, during which …": the clause after "days after" is another event. */
const BACKGROUND_CLAUSE = /,?\s*\b(?:(?:just |only )?(?:hours|days|weeks|months|a day|a week|a month|shortly|soon) (?:after|before)|(?:comes|came|coming) (?:after|amid|days|weeks)|in the wake of|against the backdrop of)\b.*$/i;

export function withoutBackgroundClause(sentence: string): string {
  return sentence.replace(BACKGROUND_CLAUSE, "");
}

/** The topics discussed, each with the first sentence that shows it. */
export function findTopics(sentences: readonly Sentence[], aboutCall: ReadonlySet<number>, matchers: readonly TopicMatcher[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const index of [...aboutCall].sort((a, b) => a - b)) {
    const text = withoutBackgroundClause(sentences[index]!.text);
    for (const { topic, matches } of matchers) {
      if (!found.has(topic.slug) && matches(text)) found.set(topic.slug, text);
    }
  }
  return found;
}
