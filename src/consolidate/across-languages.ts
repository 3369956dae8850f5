import type { Article } from "../types.ts";
import { monthName } from "../extract/vocabulary.ts";
import type { IndexedCall } from "./call-index.ts";

/**
 * Placing a report in another language whose text leaves the date open. It
 * shares no words with English reports of the same call, so the content
 * match (`content-match.ts`) cannot see it; two other clues can:
 * - "their last call was on 17 September": of the calls that fit, only one
 *   whose leaders' previous call in the archive fell on that day;
 * - what was discussed: the one call whose sources give every topic the
 *   report gives, when it gives at least two.
 */

/**
 * The calls whose previous call (same leaders) fell on the day the article
 * names, and why, when that narrowed them; all of them when it names none,
 * or none fits.
 */
export function afterThePreviousCall(
  article: Article,
  fits: readonly string[],
  calls: readonly IndexedCall[] | undefined,
): { fits: string[]; why: string | null } {
  const previous = article.callDate.previousCall;
  if (!previous || !calls) return { fits: [...fits], why: null };
  const kept = fits.filter((id) => {
    const at = calls.findIndex((c) => c.id === id);
    const before = at > 0 ? calls[at - 1]!.date : null;
    return before !== null && Number(before.slice(5, 7)) === previous.month && Number(before.slice(8, 10)) === previous.day;
  });
  if (!kept.length || kept.length === fits.length) return { fits: [...fits], why: null };
  return {
    fits: kept,
    why: `the one whose previous call in the archive fell on ${previous.day} ${monthName(previous.month)}, the day the text gives for their last call`,
  };
}

/** How many topics a report must give before they can place it on their own. */
const MIN_TOPICS = 2;

/** The one call (of those that fit) whose sources give every topic of a report in another language; null when none or several do. */
export function coveringCall(
  article: Article,
  candidates: readonly { id: string; members: readonly Article[] }[],
): { id: string; why: string } | null {
  if (!article.language || article.language === "en" || article.topics.length < MIN_TOPICS) return null;
  const covering = candidates.filter((c) => {
    const topics = new Set(c.members.flatMap((m) => m.topics));
    return article.topics.every((t) => topics.has(t));
  });
  if (covering.length !== 1) return null;
  return { id: covering[0]!.id, why: `gives topics (${article.topics.join(", ")}) that only that call's sources all give as well` };
}
