import type { Article } from "../types.ts";
import { sameQuotation } from "../extract/quotes.ts";
import { LANGUAGE_COMMON_WORDS } from "../extract/languages/compile.ts";
import { MONTHS, WEEKDAYS } from "../extract/vocabulary.ts";

/**
 * Placing an article whose date the text leaves open by what it says: outlets
 * that report one call quote the same readout and the same post, and share
 * its rare words and numbers ("33 combat jets", "Sumy", "constitutional
 * vote"); reports of other calls between the same leaders do not.
 */

/** Words too common in these reports to tell calls apart, besides those under four letters. */
const COMMON = new Set(
  (
    "that with this from have were they their them there then than said says will would also been into about after " +
    "over more most other some such only when what which while where being both each " +
    "prime minister president leader leaders india indian russia russian russia's india's modi putin narendra " +
    "vladimir minister's president's phone call called calls telephone telephonic " +
    "conversation conversations spoke talks talked discussed discussion discussions bilateral relations ties " +
    "cooperation partnership strategic special privileged countries country " +
    "speak speaks spoken speaking sides side issues issue agreed expressed conveyed thanked statement office " +
    "official officials government press release according reported report news year years today " +
    "under various work make made another high just together continue continued agenda strengthen strengthening " +
    "looked looking forward national including between progress areas " +
    "many media read first second visit held leadership sectors development developments regional global " +
    "international matters mutual interest further well very good warm friendly " +
    "close closely important could should being during took take taken told tell added noted hoped hope wished " +
    "wish welcomed welcome invited invitation support " +
    "week month"
  )
    .split(" ")
    .concat(WEEKDAYS, MONTHS),
);

/** A quotation this long or longer is evidence; short phrases ("special and privileged") are shared by many reports. */
const MIN_SHARED_QUOTE_WORDS = 6;

/** What an article says that can tell its call from others: rare words and numbers, and its quotations. */
export interface ContentProfile {
  words: Set<string>;
  quotes: string[];
  topics: Set<string>;
}

/** The words, quotations and topics of an article, for comparison with others. */
export function contentProfile(article: Pick<Article, "body" | "quotes" | "topics" | "participants">): ContentProfile {
  const words = new Set<string>();
  // The leaders' own names are in every report of their calls.
  const names = new Set(article.participants.flatMap((p) => p.name.toLowerCase().split(/[\s.]+/)));
  for (const match of article.body.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const word = match[0].replace(/['’]s$/, "").replace(/['’-]+$/, "");
    if (
      /^\d+$/.test(word)
        ? word.length >= 2 && !/^(19|20)\d\d$/.test(word)
        : word.length >= 4 && !COMMON.has(word) && !LANGUAGE_COMMON_WORDS.has(word) && !names.has(word)
    )
      words.add(word);
  }
  const quotes = article.quotes.map((q) => q.text).filter((text) => text.split(/\s+/).length >= MIN_SHARED_QUOTE_WORDS);
  return { words, quotes, topics: new Set(article.topics) };
}

/** How much two profiles share, and what: shared rare words are weighted by how few articles have them. */
export interface Match {
  score: number;
  sharedQuotes: number;
  sharedWords: string[];
}

/**
 * The evidence that two reports are about one call: quotations they share
 * count most, then rare words (weighted by inverse document frequency over
 * the archive, normalised by the sizes of both), then topics.
 */
export function compareProfiles(
  a: ContentProfile,
  b: ContentProfile,
  documentFrequency: ReadonlyMap<string, number>,
  documents: number,
): Match {
  // As if a few more reports lacked every word: in a small archive a word two reports share still counts.
  const idf = (word: string) => Math.log((documents + VIRTUAL_DOCUMENTS) / ((documentFrequency.get(word) ?? 0) + 1));
  let shared = 0;
  const sharedWords: string[] = [];
  for (const word of a.words) {
    if (!b.words.has(word)) continue;
    shared += idf(word);
    sharedWords.push(word);
  }
  const norm = (words: Set<string>) => Math.sqrt([...words].reduce((sum, w) => sum + idf(w), 0)) || 1;
  const wordScore = shared / (norm(a.words) * norm(b.words));
  const sharedQuotes = a.quotes.filter((q) => b.quotes.some((other) => sameQuotationWhole(q, other))).length;
  const topicsShared = [...a.topics].filter((t) => b.topics.has(t)).length;
  const topicScore = topicsShared / Math.max(1, Math.max(a.topics.size, b.topics.size));
  sharedWords.sort((x, y) => idf(y) - idf(x));
  return { score: wordScore + 0.3 * Math.min(sharedQuotes, 3) + 0.1 * topicScore, sharedQuotes, sharedWords };
}

/** Reports assumed to lack every word, so that weights mean something when the archive is small. */
const VIRTUAL_DOCUMENTS = 8;

/** The same quotation, most of it: a short phrase inside a long passage ("at the initiative of the Indian side") is not one report quoting another. */
function sameQuotationWhole(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 0.6 * long.length && sameQuotation(a, b);
}

/** How many documents hold each word. */
export function documentFrequencies(profiles: Iterable<ContentProfile>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const profile of profiles) for (const word of profile.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * What a best match needs to place an article by content alone: a score, a
 * lead over the next call, and either a shared quotation or several shared
 * rare words (two topic words such as "trade" and "energy" are not enough).
 */
export const CLEAR_WIN = { minimum: 0.12, margin: 1.5, sharedWords: 4 };

/** What moves a date the text did give (softly): a shared quotation, or many shared rare words. */
export const STRONG_MATCH = { minimum: 0.3, margin: 1.5, sharedWords: 8 };

/** The one candidate that clearly matches best, or null when none does. */
export function clearWinner<T>(
  scored: readonly { item: T; match: Match }[],
  bar: typeof CLEAR_WIN = CLEAR_WIN,
): { item: T; match: Match; runnerUp: Match | null } | null {
  const ranked = [...scored].sort((x, y) => y.match.score - x.match.score);
  const best = ranked[0];
  if (!best || best.match.score < bar.minimum) return null;
  if (!best.match.sharedQuotes && best.match.sharedWords.length < bar.sharedWords) return null;
  const runnerUp = ranked[1]?.match ?? null;
  if (runnerUp && best.match.score < bar.margin * runnerUp.score) return null;
  return { item: best.item, match: best.match, runnerUp };
}

/** "shares 2 quotations and the words 'sumy', 'ceasefire' with its sources": the evidence in words. */
export function describeMatch(match: Match): string {
  const parts: string[] = [];
  if (match.sharedQuotes) parts.push(`${match.sharedQuotes} quotation${match.sharedQuotes === 1 ? "" : "s"}`);
  if (match.sharedWords.length)
    parts.push(
      `the words ${match.sharedWords
        .slice(0, 4)
        .map((w) => `"${w}"`)
        .join(", ")}`,
    );
  return `shares ${parts.join(" and ") || "its topics"} with the call's sources`;
}
