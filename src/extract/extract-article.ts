import type { Leader } from "../data/load.ts";
import type { Article, ArticleSource } from "../types.ts";
import { detectLanguage } from "./language.ts";
import type { CompiledLanguage } from "./languages/compile.ts";
import type { Extractor } from "./extractor.ts";
import { findLanguageCallSentences, languageQuotes, languageTopics, readLanguageMentions, readLanguageTextDate } from "./languages/read.ts";
import type { LeaderMention } from "./leaders.ts";
import { titleWarnings, toParticipant } from "./leaders.ts";
import { extractQuotes } from "./quote-speakers.ts";
import { chooseCallLeaders, formerLeaders } from "./steps/call-leaders.ts";
import { narrowCallDate, readTextDate } from "./steps/call-day.ts";
import { findCallSentences } from "./steps/call-sentences.ts";
import type { ArticleBase, ArticleContext } from "./steps/context.ts";
import { readArticleContext, readLeaderMentions } from "./steps/context.ts";
import { applyFrontMatter } from "./steps/front-matter.ts";
import { topicsOfCall } from "./topics.ts";

// The extractor is made once per build in its own module (the steps need its type); callers keep importing it from here.
export type { Extractor } from "./extractor.ts";
export { createExtractor } from "./extractor.ts";

/**
 * Reads one article into an {@link Article}: the steps below, in order, over
 * one context that each fills in (each step is its own module under
 * `steps/`); front matter is applied last, so nothing is worked out twice.
 */
export function extractArticle(source: ArticleSource, extractor: Extractor): Article {
  const context = readArticleContext(source, extractor);
  // Every article passes here: one in a language without a file is kept and flagged, never read with another language's rules.
  const detected = detectLanguage(context.wholeText, extractor.reference.languages);
  context.base.language = detected.code;
  if (!detected.supported)
    return notACall(
      context,
      `the article is in ${languageName(detected.code)}, which the extractor has no language file for (content/data/languages/); it was not read`,
    );
  const language = detected.code === "en" ? null : extractor.languages.get(detected.code!)!;
  for (const step of language ? languageSteps(language) : EXTRACTION_STEPS) step(context);
  const verdict = callVerdict(context);
  return verdict.isCall ? callRecord(context) : notACall(context, verdict.why);
}

/** The extraction steps, in the order they run; each reads what those before it found. */
const EXTRACTION_STEPS: readonly ((context: ArticleContext) => void)[] = [
  // Every leader the text names or describes, sentence by sentence.
  readLeaderMentions,
  // Which sentences report the call, and which surround them (headline, lede, "the two leaders").
  findCallSentences,
  // When, from the call sentences alone.
  readTextDate,
  // Who, over the range that date leaves: names first, offices only where one holder fits.
  chooseCallLeaders,
  // When, narrowed by every clue when the call sentences leave it open (the date rules).
  narrowCallDate,
  // What the user wrote wins.
  applyFrontMatter,
];

/** A paragraph in Latin letters among those of another script: a post or statement quoted in English. */
function isEnglishParagraph(paragraph: string): boolean {
  const letters = paragraph.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((l) => l <= "\u024f").length / letters.length > 0.9;
}

/** The same steps for a language with a file: its own readers where the English ones read English words. */
function languageSteps(language: CompiledLanguage): readonly ((context: ArticleContext) => void)[] {
  return [
    (context) => readLanguageMentions(context, language),
    (context) => findLanguageCallSentences(context, language),
    (context) => readLanguageTextDate(context, language),
    chooseCallLeaders,
    narrowCallDate,
    applyFrontMatter,
  ];
}

/** "a language it cannot tell", "Tamil (ta)": for the flag on an article that is not read. */
function languageName(code: string | null): string {
  if (!code) return "a language other than English that it cannot tell";
  const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
  return name && name !== code ? `${name} (${code})` : code;
}

/** Whether the article reports a call between the two countries' leaders; if not, why (null: nothing worth saying). */
function callVerdict(context: ArticleContext): { isCall: true } | { isCall: false; why: string | null } {
  const { callSentences, leaders, extractor } = context;
  if (!callSentences.size && !context.source.frontMatter.callDate) return { isCall: false, why: null };
  if (extractor.countries.every((country) => leaders.some((l) => l.country === country))) return { isCall: true };
  return {
    isCall: false,
    why: callSentences.size ? "the article reports a call, but not one between an Indian and a Russian leader" : null,
  };
}

/** The record of a call: the date and leaders found, who placed it, its topics and quotes, and the sentence each came from. */
function callRecord(context: ArticleContext): Article {
  const { warnings, evidence, sentences, callDate, leaders, extractor, mentions } = context;
  warnings.push(...context.dateWarnings);
  // Fields without a sentence are left out rather than set to undefined, so a record survives a JSON round trip (the cache) unchanged.
  const firstCallSentence = Math.min(...context.callSentences);
  const callEvidence = sentences[firstCallSentence]?.text;
  if (callEvidence) evidence.isCall = callEvidence;
  if (callDate.evidence) evidence.date = callDate.evidence;
  if (callDate.evidence && callDate.rule) evidence.dateRule = callDate.rule;
  const participantsEvidence = evidence.participants ?? participantEvidence(mentions, leaders, context.participantContext, sentences);
  if (participantsEvidence) evidence.participants = participantsEvidence;

  const from = callDate.earliest ?? extractor.span.from;
  const to = callDate.latest ?? callDate.earliest ?? extractor.span.to;
  // "Former Indian Prime Minister Manmohan Singh" gives an office he had left, rightly: no warning.
  const former = formerLeaders(context);
  warnings.push(
    ...titleWarnings(
      former.size ? mentions.filter((m) => !m.leader || !former.has(m.leader)) : mentions,
      leaders,
      from,
      to,
      extractor.reference,
    ),
  );

  const statement = context.initiatorStatement;
  const initiator = statement ? (leaders.find((l) => l.country === statement.country)?.name ?? null) : null;
  if (initiator) evidence.initiator = sentences[statement!.sentence]!.text;

  let topics: string[];
  if (context.topicsOverride) {
    topics = context.topicsOverride;
    evidence.topics = bySlug(topics, () => "front matter topics");
  } else {
    const language = context.base.language && context.base.language !== "en" ? extractor.languages.get(context.base.language) : undefined;
    const topicEvidence = language
      ? languageTopics(context, language)
      : topicsOfCall(sentences, context.callCue, extractor.topics, { callSentences: context.callSentences });
    topics = extractor.reference.topics.map((t) => t.slug).filter((slug) => topicEvidence.has(slug));
    evidence.topics = bySlug(topics, (slug) => topicEvidence.get(slug)!);
  }

  const quoteLanguage =
    context.base.language && context.base.language !== "en" ? extractor.languages.get(context.base.language) : undefined;
  // A report in another language may embed posts in English ("PM @narendramodi spoke to …"): those paragraphs are read by the English rules.
  const quotes = quoteLanguage
    ? [
        ...languageQuotes(context, quoteLanguage, leaders),
        ...extractQuotes(context.paragraphs.filter(isEnglishParagraph), leaders, extractor, context.source.file),
      ]
    : extractQuotes(context.paragraphs, leaders, extractor, context.source.file);
  const participantDate = callDate.date ?? from;
  return articleRecord(context.base, {
    isCall: true,
    callDate,
    participants: leaders.map((leader) => toParticipant(leader, participantDate, callDate.date ?? to, extractor.reference)),
    initiator,
    topics,
    quotes,
    evidence,
    warnings,
  });
}

function notACall(context: ArticleContext, message: string | null): Article {
  return articleRecord(context.base, {
    isCall: false,
    callDate: { date: null, earliest: null, latest: null, weekday: null, evidence: null },
    participants: [],
    initiator: null,
    topics: [],
    quotes: [],
    evidence: {},
    warnings: message ? [...context.warnings, { message }] : context.warnings,
  });
}

/**
 * The evidence for each topic, keyed by slug: a plain loop, where
 * Object.fromEntries made an array per entry. (Slugs are lower-case letters,
 * digits and hyphens, as the data loader checks, so none is a special key.)
 */
function bySlug(slugs: readonly string[], evidenceOf: (slug: string) => string): Record<string, string> {
  const evidence: Record<string, string> = {};
  for (const slug of slugs) evidence[slug] = evidenceOf(slug);
  return evidence;
}

/**
 * The record, its fields written out one by one in their usual order: V8
 * copies `{ ...base, isCall, … }` (a spread followed by new fields) on a slow
 * path that cost microseconds per article, more than some whole steps.
 */
function articleRecord(base: ArticleBase, found: Omit<Article, keyof ArticleBase>): Article {
  return {
    file: base.file,
    title: base.title,
    publisher: base.publisher,
    url: base.url,
    published: base.published,
    body: base.body,
    contentHash: base.contentHash,
    language: base.language,
    isCall: found.isCall,
    callDate: found.callDate,
    participants: found.participants,
    initiator: found.initiator,
    topics: found.topics,
    quotes: found.quotes,
    evidence: found.evidence,
    warnings: found.warnings,
  };
}

function participantEvidence(
  mentions: readonly LeaderMention[],
  leaders: readonly Leader[],
  callContext: ReadonlySet<number>,
  sentences: readonly { text: string }[],
): string | undefined {
  const index = [...callContext]
    .sort((a, b) => a - b)
    .find((i) =>
      leaders.every((l) => mentions.some((m) => m.sentence === i && (m.leader === l || (!m.leader && m.country === l.country)))),
    );
  return index === undefined ? undefined : sentences[index]!.text;
}
