/**
 * Every quotation of an article with its speaker: the spans found by
 * quotes.ts, each attributed by speakers.ts. Its own module so that the
 * article's extraction only asks for the result.
 */
import type { Institution, Leader } from "../data/load.ts";
import type { Quote } from "../types.ts";
import type { LeaderMatcher } from "./leaders.ts";
import { findLeaderMentions } from "./leaders.ts";
import type { QuoteSpan } from "./quotes.ts";
import { attributionPhrase, dedupeQuotes, findQuoteSpans } from "./quotes.ts";
import { fullNameIn, isInstitution, resolveSpeaker } from "./speakers.ts";

/** What attribution needs from the compiled extractor (an `Extractor` will do). */
export interface QuoteExtractor {
  leaders: LeaderMatcher;
  reference: { institutions: readonly Institution[] };
}

/** The last quotation read in a paragraph run: where it ends and whose it is. */
interface QuotedSpan {
  last: number;
  speaker: string | null;
}

/**
 * The article's quotations, in text order, each with its speaker as the
 * text names it (a participant's canonical name, an institution from the
 * data, or the source as written), duplicates dropped.
 */
export function extractQuotes(
  paragraphs: readonly string[],
  participants: readonly Leader[],
  extractor: QuoteExtractor,
  file: string,
): Quote[] {
  const context = {
    matcher: extractor.leaders,
    institutions: extractor.reference.institutions,
    participants: withNamedLeaders(paragraphs, participants, extractor.leaders),
  };
  const previous = { person: null as string | null, institution: null as string | null };
  const quotes: Quote[] = [];
  const whole = paragraphs.join("\n");
  // Widened on purpose: TypeScript would narrow a plain `= null` to null for the whole loop.
  let previousSpan = null as QuotedSpan | null;
  const spans = findQuoteSpans(paragraphs);
  for (const [index, found] of spans.entries()) {
    const prior = paragraphs[found.first - 1] ?? "";
    // A quotation that opens its paragraph after "… the Prime Minister said:" is introduced by that line.
    const span = !found.before.trim() && !found.signedBy && /:\s*$/.test(prior) ? { ...found, before: prior } : found;
    const lookback = `${span === found ? prior : (paragraphs[found.first - 2] ?? "")} ${span.before}`;
    // '“A … ¶ “B …,” Peskov said': quoting that runs on over paragraphs is attributed where it ends.
    const phrase = attributionPhrase(span) ?? (found.runsOn ? phraseWhereRunEnds(spans, index) : null);
    const earlier = () => paragraphs.slice(0, found.first).join("\n");
    // "…,” a senior official said. “…,” he added.': the pronoun is the speaker just quoted in this paragraph.
    const before = previousSpan;
    const samePerson: boolean = Boolean(
      phrase &&
      /^(?:he|she)$/i.test(phrase.trim()) &&
      before &&
      before.last === span.first &&
      before.speaker &&
      !isInstitution(before.speaker, extractor.reference.institutions),
    );
    // '“A,” Modi said. “B.”': a quotation with no attribution of its own, right after another in its paragraph, is the same speaker's.
    const between = found.before.replace(/["“«][^"“”«»]*["”»]/g, " ").trim();
    const continues = !phrase && !found.signedBy && !/[.!?]\s+\S/.test(between) && before?.last === span.first && Boolean(before.speaker);
    // The sentence introducing the quotation, asked for by a few phrases only ("it said").
    const clause = () => span.before.slice(lastSentenceStart(span.before));
    let speaker: string | null =
      samePerson || continues
        ? before!.speaker
        : resolveSpeaker({ phrase, lookback, earlier, clause, quote: span.text }, previous, context);
    // A second quotation in the sentence of the first ("… said “A” and “B”") shares its speaker.
    if (!speaker && before?.last === span.first) speaker = before.speaker;
    // A paragraph that reopens the quoting with no attribution of its own goes on with the source of the paragraph before.
    if (!speaker && !phrase && before?.last === span.first - 1) speaker = before.speaker;
    if (speaker && !isInstitution(speaker, extractor.reference.institutions)) speaker = fullNameIn(whole, speaker);
    previousSpan = { last: span.last, speaker };
    // A statement the text names ("Official release") is referred back to like an institution ("the release added").
    if (speaker && (isInstitution(speaker, extractor.reference.institutions) || STATEMENT_NAME.test(speaker)))
      previous.institution = speaker;
    else if (speaker) previous.person = speaker;
    quotes.push({ text: span.text, speaker, source: file });
  }
  attributeFromLaterInSentence(spans, quotes);
  return dedupeQuotes(quotes);
}

/**
 * 'Putin “A,” conveyed condolences and “B”, the spokesperson said': a quotation with
 * no speaker of its own takes the speaker of the next one when no sentence ends between them.
 */
function attributeFromLaterInSentence(spans: readonly QuoteSpan[], quotes: Quote[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const next = quotes[i + 1]!;
    if (quotes[i]!.speaker || !next.speaker || spans[i + 1]!.first !== spans[i]!.last || spans[i + 1]!.signedBy) continue;
    const after = spans[i]!.after;
    const open = after.search(/["“«]/);
    const between = open < 0 ? after : after.slice(0, open);
    if (!/[.!?]\s/.test(between)) quotes[i] = { ...quotes[i]!, speaker: next.speaker };
  }
}

/**
 * The participants, and for a country none of them is from, the leader of it
 * the text names most: when the call's parties were not found, "the Prime
 * Minister said" still points to the leader the article is about.
 */
function withNamedLeaders(paragraphs: readonly string[], participants: readonly Leader[], matcher: LeaderMatcher): readonly Leader[] {
  const countries = matcher.reference.countries.map((c) => c.id);
  if (countries.every((country) => participants.some((p) => p.country === country))) return participants;
  const counts = new Map<Leader, number>();
  const mentions = findLeaderMentions(
    paragraphs.map((text, paragraph) => ({ text, paragraph, start: 0 })),
    matcher,
  );
  for (const { leader } of mentions) if (leader) counts.set(leader, (counts.get(leader) ?? 0) + 1);
  const added = countries
    .filter((country) => !participants.some((p) => p.country === country))
    .flatMap((country) => {
      const named = [...counts].filter(([leader]) => leader.country === country).sort((a, b) => b[1] - a[1]);
      return named.length ? [named[0]![0]] : [];
    });
  return added.length ? [...participants, ...added] : participants;
}

/** Where the last sentence of a text begins: after the last full stop, question or exclamation mark and its space. */
function lastSentenceStart(text: string): number {
  // A text that ends its last sentence ("India's readout was shorter. “…,” it said") gives that sentence.
  let end = text.length - 1;
  while (end > 0 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x0a)) end--;
  for (let i = end - 1; i > 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x0a)) return i + 2;
  }
  return 0;
}

/** The attribution of the last quotation in a run of paragraphs each reopening the quoting, from `index` on. */
function phraseWhereRunEnds(spans: readonly QuoteSpan[], index: number): string | null {
  let i = index;
  while (spans[i]!.runsOn && spans[i + 1]?.first === spans[i]!.last + 1 && !spans[i + 1]!.before.trim()) i++;
  return i === index ? null : attributionPhrase(spans[i]!);
}

const STATEMENT_NAME = /\b(?:statement|release|readout|press service|press office|communiqu[eé])$/i;
