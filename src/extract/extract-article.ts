import path from "node:path";
import type { Leader, Reference } from "../data/load.ts";
import type { Article, ArticleSource, Evidence, IsoDate, Quote, Sentence, Warning } from "../types.ts";
import { EARLIEST_CALL_DATE } from "../dates.ts";
import { findCallDate } from "./call-date.ts";
import { keepWithinSpan } from "./date-span.ts";
import { findDateline } from "./dateline.ts";
import { BOTH_LEADERS, CALL_CUE, EARLIER_CALL_CUE, FUTURE_CALL_CUE, NO_CALL_CUE, NOT_A_CALL_CUE, PAIR_SPOKE, PHONE_WORD, togetherNow } from "./cues.ts";
import type { SidePattern } from "./initiator.ts";
import { compileSides, findInitiatorStatements } from "./initiator.ts";
import { looksEnglish } from "./language.ts";
import type { LeaderMatcher, LeaderMention } from "./leaders.ts";
import { chooseParticipants, compileLeaderMatcher, findLeaderMentions, normaliseAlias, titleWarnings, toParticipant } from "./leaders.ts";
import { attributionPhrase, dedupeQuotes, findQuoteSpans } from "./quotes.ts";
import { fullNameIn, isInstitution, resolveSpeaker } from "./speakers.ts";
import { headlineOf as firstHeadline } from "./headline.ts";
import { plainText } from "./text.ts";
import type { TopicMatcher } from "./topics.ts";
import { compileTopics, findTopics, isAboutTheCall, withQuoteContinuations } from "./topics.ts";
import { allMatches } from "./matches.ts";

/** Everything extraction needs, compiled once per build from the data files. */
export interface Extractor {
  reference: Reference;
  leaders: LeaderMatcher;
  topics: TopicMatcher[];
  sides: SidePattern[];
  /** The two countries whose leaders' calls are recorded, in the order ids list them. */
  countries: string[];
  /** Dates outside the archive's span when nothing narrows them. */
  span: { from: IsoDate; to: IsoDate };
}

export function createExtractor(reference: Reference, today: IsoDate = new Date().toISOString().slice(0, 10)): Extractor {
  return {
    reference,
    leaders: compileLeaderMatcher(reference),
    topics: compileTopics(reference.topics),
    sides: compileSides(reference.institutions, reference.countries),
    countries: reference.countries.map((c) => c.id),
    span: { from: EARLIEST_CALL_DATE, to: today },
  };
}

/** Reads one article's text into an {@link Article}: each step below is its own module. */
export function extractArticle(source: ArticleSource, extractor: Extractor): Article {
  const { frontMatter } = source;
  const warnings: Warning[] = [...source.warnings];
  const format = path.extname(source.file).toLowerCase() === ".md" ? "markdown" : "text";
  const { paragraphs, sentences, lines } = plainText(source.body, format, frontMatter.title);
  const title = frontMatter.title ?? firstHeadline(paragraphs, path.basename(source.file));
  const base: ArticleBase = {
    file: source.file,
    title,
    publisher: frontMatter.publisher ?? null,
    url: frontMatter.url ?? null,
    published: source.published,
    body: source.body,
    contentHash: source.contentHash,
  };
  const notACall = (message: string | null): Article => articleRecord(base, {
    isCall: false,
    callDate: { date: null, earliest: null, latest: null, weekday: null, evidence: null },
    participants: [],
    initiator: null,
    topics: [],
    quotes: [],
    evidence: {},
    warnings: message ? [...warnings, { message }] : warnings,
  });

  const wholeText = paragraphs.join(" ");
  if (!looksEnglish(wholeText)) return notACall("the article is not in English, which the extractor does not support yet; it was not read");

  // Which sentences describe the call, and which sentences "the two leaders" there points back to.
  const callSentences = new Set<number>();
  // Whether each sentence has a call word: asked here and again for the sentences about the call.
  const callCue = sentences.map((s) => CALL_CUE.test(s.text));
  sentences.forEach((s, i) => {
    // Only a sentence with a call word can describe the call: the other tests are not needed for the rest.
    if (!callCue[i]) return;
    // "spoke by phone, days after their virtual summit" is a call; "held a video call" is not.
    const notACall = NOT_A_CALL_CUE.test(s.text) && !PHONE_WORD.test(s.text);
    if (!notACall && !EARLIER_CALL_CUE.test(s.text) && !NO_CALL_CUE.test(s.text) && !FUTURE_CALL_CUE.test(s.text)) callSentences.add(i);
  });
  const mentions = findLeaderMentions(sentences, extractor.leaders);
  // The countries each sentence names, gathered once rather than by filtering every mention per sentence.
  const countriesIn: Set<string>[] = sentences.map(() => new Set<string>());
  for (const m of mentions) countriesIn[m.sentence]!.add(m.country);
  // "Modi and Putin spoke about fertilisers": leaders of the two countries, not together anywhere in the text, talked by phone.
  if (!callSentences.size && !togetherNow(wholeText)) {
    sentences.forEach((s, i) => {
      if (countriesIn[i]!.size >= 2 && PAIR_SPOKE.test(s.text) && !FUTURE_CALL_CUE.test(s.text) && !NO_CALL_CUE.test(s.text)) callSentences.add(i);
    });
  }
  // "Putin called Modi" reports a call without any other call word.
  const initiatorStatements = findInitiatorStatements(sentences, mentions, extractor.sides);
  for (const statement of initiatorStatements) callSentences.add(statement.sentence);
  const initiatorFound = initiatorStatements[0] ?? null;
  // Who was on the call: the call sentences, and the sentence "the two leaders" points back to.
  const participantContext = new Set(callSentences);
  for (const i of callSentences) if (BOTH_LEADERS.test(sentences[i]!.text) && i > 0) participantContext.add(i - 1);
  // When: those, plus the headline and lede.
  const callContext = new Set(participantContext);
  // The lede (after a short headline line, when there is one) says what happened.
  // With a front-matter title, the body starts with the lede itself.
  const lede = !frontMatter.title && (paragraphs[0]?.split(/\s+/).length ?? 0) <= 25 ? 1 : 0;
  const headline = new Set<number>();
  if (lede) sentences.forEach((s, i) => s.paragraph === 0 && headline.add(i));
  if (callSentences.size) {
    sentences.forEach((s, i) => {
      if (s.paragraph <= lede) callContext.add(i);
    });
  }

  const bothSides = new Set<number>();
  sentences.forEach((s, i) => {
    if (countriesIn[i]!.size >= 2 || BOTH_LEADERS.test(s.text)) bothSides.add(i);
  });
  const found = findCallDate({
    sentences,
    callSentences: callContext,
    bothSides,
    published: source.published,
    dateline: findDateline(lines, source.published),
    headline,
    override: frontMatter.callDate,
  });
  const { callDate, warnings: spanWarnings } = keepWithinSpan(found.callDate, extractor.span);
  const dateWarnings = [...found.warnings, ...spanWarnings];
  const from = callDate.earliest ?? extractor.span.from;
  const to = callDate.latest ?? callDate.earliest ?? extractor.span.to;

  let leaders = chooseParticipants({ mentions, callContext: participantContext, from, to, countries: extractor.countries }, extractor.reference);
  if (callSentences.size && leaders.length < extractor.countries.length) {
    // "He told Modi on the phone …": the other side is named in the headline, the lede or earlier in the paragraph.
    const wider = widerParticipantContext(sentences, callSentences, mentions, participantContext, lede);
    const more = chooseParticipants({ mentions, callContext: wider, from, to, countries: extractor.countries }, extractor.reference);
    leaders = extractor.countries.flatMap((country) => leaders.filter((l) => l.country === country).concat(more.filter((l) => l.country === country)).slice(0, 1));
    // A readout titled "Telephone conversation with Prime Minister of India …" may name its own leader only further down.
    if (leaders.length < extractor.countries.length && wider.size > participantContext.size) {
      const anywhere = chooseParticipants({ mentions, callContext: new Set(sentences.keys()), from, to, countries: extractor.countries }, extractor.reference);
      leaders = extractor.countries.flatMap((country) => leaders.filter((l) => l.country === country).concat(anywhere.filter((l) => l.country === country)).slice(0, 1));
    }
  }
  const evidence: Evidence = {};
  if (frontMatter.participants) {
    const named = leadersNamed(frontMatter.participants, extractor);
    if (named.missing.length) warnings.push({ message: `front matter "participants": ${named.missing.map((n) => `"${n}"`).join(", ")} not in the leaders data; ignored` });
    if (named.leaders.length) {
      if (leaders.length && !sameLeaders(leaders, named.leaders)) {
        warnings.push({ message: `front matter "participants" (${named.leaders.map((l) => l.name).join(", ")}) overrides the text (${leaders.map((l) => l.name).join(", ")})` });
      }
      leaders = named.leaders;
      evidence.participants = "front matter participants";
    }
  }

  const hasBothSides = extractor.countries.every((country) => leaders.some((l) => l.country === country));
  if (!callSentences.size && !frontMatter.callDate) return notACall(null);
  if (!hasBothSides) {
    return notACall(callSentences.size ? "the article reports a call, but not one between an Indian and a Russian leader" : null);
  }
  warnings.push(...dateWarnings);
  if (frontMatter.callDate && callDate.date && textDateDiffers(sentences, callContext, source.published, frontMatter.callDate)) {
    warnings.push({ message: `front matter "callDate" (${frontMatter.callDate}) overrides the date the text gives` });
  }

  const callSentenceList = [...callSentences].sort((a, b) => a - b);
  // Fields without a sentence are left out rather than set to undefined, so a record survives a JSON round trip (the cache) unchanged.
  const callEvidence = sentences[callSentenceList[0]!]?.text;
  if (callEvidence) evidence.isCall = callEvidence;
  if (callDate.evidence) evidence.date = callDate.evidence;
  const participantsEvidence = evidence.participants ?? participantEvidence(mentions, leaders, participantContext, sentences);
  if (participantsEvidence) evidence.participants = participantsEvidence;

  warnings.push(...titleWarnings(mentions, leaders, from, to, extractor.reference));

  const initiator = initiatorFound ? leaders.find((l) => l.country === initiatorFound.country)?.name ?? null : null;
  if (initiator) evidence.initiator = sentences[initiatorFound!.sentence]!.text;

  const aboutCall = new Set<number>();
  sentences.forEach((s, i) => {
    if (isAboutTheCall(s.text, callCue[i])) aboutCall.add(i);
  });
  const topicEvidence = findTopics(sentences, withQuoteContinuations(sentences, aboutCall), extractor.topics);
  let topics = extractor.reference.topics.map((t) => t.slug).filter((slug) => topicEvidence.has(slug));
  if (frontMatter.topics) {
    topics = frontMatter.topics;
    evidence.topics = bySlug(topics, () => "front matter topics");
  } else evidence.topics = bySlug(topics, (slug) => topicEvidence.get(slug)!);

  const quotes = extractQuotes(paragraphs, leaders, extractor, source.file);

  const participantDate = callDate.date ?? from;
  return articleRecord(base, {
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

/** What an article record takes from its file, whatever the text says. */
type ArticleBase = Pick<Article, "file" | "title" | "publisher" | "url" | "published" | "body" | "contentHash">;

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

function extractQuotes(paragraphs: readonly string[], participants: readonly Leader[], extractor: Extractor, file: string): Quote[] {
  const context = { matcher: extractor.leaders, institutions: extractor.reference.institutions, participants };
  const previous = { person: null as string | null, institution: null as string | null };
  const quotes: Quote[] = [];
  const whole = paragraphs.join("\n");
  let previousSpan: { last: number; speaker: string | null } | null = null;
  for (const found of findQuoteSpans(paragraphs)) {
    const prior = paragraphs[found.first - 1] ?? "";
    // A quotation that opens its paragraph after "… the Prime Minister said:" is introduced by that line.
    const span = !found.before.trim() && !found.signedBy && /:\s*$/.test(prior) ? { ...found, before: prior } : found;
    const lookback = `${span === found ? prior : paragraphs[found.first - 2] ?? ""} ${span.before}`;
    const phrase = attributionPhrase(span);
    const earlier = () => paragraphs.slice(0, found.first).join("\n");
    // "…,” a senior official said. “…,” he added.': the pronoun is the speaker just quoted in this paragraph.
    const before = previousSpan as { last: number; speaker: string | null } | null;
    const samePerson: boolean = Boolean(phrase && /^(?:he|she)$/i.test(phrase.trim()) && before && before.last === span.first && before.speaker && !isInstitution(before.speaker, extractor.reference.institutions));
    // '“A,” Modi said. “B.”': a quotation with no attribution of its own, right after another in its paragraph, is the same speaker's.
    const between = found.before.replace(/["“«][^"“”«»]*["”»]/g, " ").trim();
    const continues = !phrase && !found.signedBy && !/[.!?]\s+\S/.test(between) && before?.last === span.first && Boolean(before.speaker);
    let speaker: string | null = samePerson || continues ? before!.speaker : resolveSpeaker({ phrase, lookback, earlier }, previous, context);
    // A second quotation in the sentence of the first ("… said “A” and “B”") shares its speaker.
    if (!speaker && previousSpan?.last === span.first) speaker = previousSpan.speaker;
    if (speaker && !isInstitution(speaker, extractor.reference.institutions)) speaker = fullNameIn(whole, speaker);
    previousSpan = { last: span.last, speaker };
    // A statement the text names ("Official release") is referred back to like an institution ("the release added").
    if (speaker && (isInstitution(speaker, extractor.reference.institutions) || STATEMENT_NAME.test(speaker))) previous.institution = speaker;
    else if (speaker) previous.person = speaker;
    quotes.push({ text: span.text, speaker, source: file });
  }
  return dedupeQuotes(quotes);
}

/**
 * The sentences that may name a party a call sentence leaves unnamed ("The
 * call came …", "he told Modi …"): the headline, the lede, and the sentences
 * before it in its paragraph. Not for "Modi spoke to Zelensky", which names
 * both parties, nor for a call with another country's leader or a minister.
 */
function widerParticipantContext(
  sentences: readonly Sentence[],
  callSentences: ReadonlySet<number>,
  mentions: readonly LeaderMention[],
  participantContext: ReadonlySet<number>,
  lede: number,
): Set<number> {
  const wider = new Set(participantContext);
  const open = [...callSentences].filter((c) => {
    const named = mentions.filter((m) => m.sentence === c);
    const text = sentences[c]!.text;
    // A readout's title "Telephone conversation with Prime Minister of India …" names only the other party.
    const noSubject = named.length === 0 || /\b(?:he|she|his|her)\b/i.test(text) || /^(?:(?:tele)?phone |telephonic )?(?:conversation|call|talks)\s+with\b/i.test(text);
    return !namesAnotherLeader(text, named) && noSubject;
  });
  if (!open.length) return wider;
  // The lede is the first real paragraph, not a byline or a date on its own line.
  const firstBody = sentences.find((s) => s.paragraph >= lede && s.text.split(/\s+/).length > 6)?.paragraph ?? 0;
  sentences.forEach((s, i) => {
    if (s.paragraph <= firstBody || open.some((c) => sentences[c]!.paragraph === s.paragraph && c >= i)) wider.add(i);
  });
  return wider;
}

const STATEMENT_NAME = /\b(?:statement|release|readout|press service|press office|communiqu[eé])$/i;

/** Someone other than the archive's leaders: "US President Donald Trump", "Foreign Minister Sergey Lavrov", "world leaders". */
// "Prime Minister of Pakistan Shehbaz Sharif": a readout's title names the office and country first.
const TITLED_NAME = /\b(?:President|Prime Minister|Chancellor|Premier|King|Emir|Crown Prince|Minister|Secretary|Adviser|Advisor|Ambassador|Envoy)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+?)?\s+(?:[A-Z][\w'’.-]*\s?)+|\bworld leaders\b/g;

function namesAnotherLeader(text: string, mentions: readonly LeaderMention[]): boolean {
  for (const match of allMatches(TITLED_NAME, text)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (!mentions.some((m) => m.start < end && m.end > start)) return true;
  }
  return false;
}

function leadersNamed(names: readonly string[], extractor: Extractor): { leaders: Leader[]; missing: string[] } {
  const leaders: Leader[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const leader = extractor.leaders.aliasIndex.get(normaliseAlias(name))?.[0] ?? extractor.reference.leaders.find((l) => l.slug === name);
    if (leader) leaders.push(leader);
    else missing.push(name);
  }
  return { leaders, missing };
}

function sameLeaders(a: readonly Leader[], b: readonly Leader[]): boolean {
  return a.length === b.length && a.every((l) => b.includes(l));
}

function textDateDiffers(sentences: readonly Sentence[], callSentences: ReadonlySet<number>, published: IsoDate | null, override: IsoDate): boolean {
  const fromText = findCallDate({ sentences, callSentences, published }).callDate.date;
  return fromText !== null && fromText !== override;
}

function participantEvidence(mentions: readonly LeaderMention[], leaders: readonly Leader[], callContext: ReadonlySet<number>, sentences: readonly { text: string }[]): string | undefined {
  const index = [...callContext].sort((a, b) => a - b).find((i) => leaders.every((l) => mentions.some((m) => m.sentence === i && (m.leader === l || (!m.leader && m.country === l.country)))));
  return index === undefined ? undefined : sentences[index]!.text;
}

/** The first line of a pasted article is usually its headline; keep it short for lists. */
function headlineOf(firstParagraph: string): string {
  const words = firstParagraph.split(/\s+/);
  return words.length <= 16 ? firstParagraph : `${words.slice(0, 14).join(" ")}…`;
}
