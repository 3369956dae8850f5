import path from "node:path";
import type { Leader, Reference } from "../data/load.ts";
import type { Article, ArticleSource, Evidence, IsoDate, Sentence, Warning } from "../types.ts";
import { EARLIEST_CALL_DATE } from "../dates.ts";
import { findCallDate } from "./call-date.ts";
import { keepWithinSpan } from "./date-span.ts";
import { findDateline, findUndatedDateline } from "./dateline.ts";
import { resolveCallDay } from "./date/resolve.ts";
import { BOTH_LEADERS, CALL_CUE, EARLIER_CALL_CUE, FUTURE_CALL_CUE, NO_CALL_CUE, NOT_A_CALL_CUE, PAIR_SPOKE, PHONE_WORD, togetherNow } from "./cues.ts";
import type { SidePattern } from "./initiator.ts";
import { compileSides, findInitiatorStatements } from "./initiator.ts";
import { looksEnglish } from "./language.ts";
import type { LeaderMatcher, LeaderMention } from "./leaders.ts";
import { chooseParticipants, compileLeaderMatcher, findLeaderMentions, normaliseAlias, titleWarnings, toParticipant } from "./leaders.ts";
import { extractQuotes } from "./quote-speakers.ts";
import { plainText } from "./text.ts";
import type { TopicMatcher } from "./topics.ts";
import { compileTopics, topicsOfCall } from "./topics.ts";
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
  const title = frontMatter.title ?? headlineOf(paragraphs[0] ?? path.basename(source.file));
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
  const lede = ledeParagraph(paragraphs, Boolean(frontMatter.title));
  const headline = new Set<number>();
  if (lede) sentences.forEach((s, i) => s.paragraph < lede && headline.add(i));
  if (callSentences.size) {
    sentences.forEach((s, i) => {
      if (s.paragraph <= lede) callContext.add(i);
    });
  }

  const bothSides = new Set<number>();
  sentences.forEach((s, i) => {
    if (countriesIn[i]!.size >= 2 || BOTH_LEADERS.test(s.text)) bothSides.add(i);
  });
  const dateline = findDateline(lines, source.published);
  const found = findCallDate({
    sentences,
    callSentences: callContext,
    bothSides,
    published: source.published,
    dateline,
    headline,
    override: frontMatter.callDate,
    publishedMayLag: source.published !== null && !frontMatter.published,
  });
  const textual = keepWithinSpan(found.callDate, extractor.span);
  let callDate = textual.callDate;
  const dateWarnings = [...found.warnings, ...textual.warnings];

  const chooseLeaders = (from: IsoDate, to: IsoDate): Leader[] => {
    let chosen = chooseParticipants({ mentions, callContext: participantContext, from, to, countries: extractor.countries }, extractor.reference);
    if (!callSentences.size || chosen.length >= extractor.countries.length) return chosen;
    // "He told Modi on the phone …": the other side is named in the headline, the lede or earlier in the paragraph.
    const wider = widerParticipantContext(sentences, callSentences, mentions, participantContext, lede);
    const more = chooseParticipants({ mentions, callContext: wider, from, to, countries: extractor.countries }, extractor.reference);
    chosen = extractor.countries.flatMap((country) => chosen.filter((l) => l.country === country).concat(more.filter((l) => l.country === country)).slice(0, 1));
    // A readout titled "Telephone conversation with Prime Minister of India …" may name its own leader only further down.
    if (chosen.length < extractor.countries.length && wider.size > participantContext.size) {
      const anywhere = chooseParticipants({ mentions, callContext: new Set(sentences.keys()), from, to, countries: extractor.countries }, extractor.reference);
      chosen = extractor.countries.flatMap((country) => chosen.filter((l) => l.country === country).concat(anywhere.filter((l) => l.country === country)).slice(0, 1));
    }
    return chosen;
  };
  let leaders = chooseLeaders(callDate.earliest ?? extractor.span.from, callDate.latest ?? callDate.earliest ?? extractor.span.to);
  if (callSentences.size && !callDate.date) {
    // The call sentences leave the day open: the date rules narrow it with every other clue, the leaders' terms among them.
    const callText = [...callContext].map((i) => sentences[i]!.text).join(" ");
    const day = resolveCallDay(
      {
        textual: callDate,
        monthDays: found.monthDays,
        published: source.published,
        dateline,
        undatedDateline: findUndatedDateline(lines),
        leaders,
        former: formerLeaders(mentions, leaders, sentences),
        text: wholeText,
        callText,
        reference: extractor.reference,
      },
      extractor.span.to,
    );
    callDate = day.callDate;
    // The range the rules leave may settle an office the text only describes ("the Prime Minister").
    if (leaders.length < extractor.countries.length && callDate.earliest && callDate.latest) leaders = chooseLeaders(callDate.earliest, callDate.latest);
    dateWarnings.push(...day.warnings);
  }
  const from = callDate.earliest ?? extractor.span.from;
  const to = callDate.latest ?? callDate.earliest ?? extractor.span.to;
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

  const topicEvidence = topicsOfCall(sentences, callCue, extractor.topics);
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

/** Someone other than the archive's leaders: "US President Donald Trump", "Foreign Minister Sergey Lavrov", "world leaders". */
// "Prime Minister of Pakistan Shehbaz Sharif": a readout's title names the office and country first.
const TITLED_NAME = /\b(?:President|Prime Minister|Chancellor|Premier|King|Emir|Crown Prince|Minister|Secretary|Adviser|Advisor|Ambassador|Envoy)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+?)?\s+(?:[A-Z][\w'’.-]*\s?)+|\b(?<!\b(?:two|both|both the) )world leaders\b/g;

function namesAnotherLeader(text: string, mentions: readonly LeaderMention[]): boolean {
  for (const match of allMatches(TITLED_NAME, text)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (!mentions.some((m) => m.start < end && m.end > start)) return true;
  }
  return false;
}

/** Lines above the lede that are this short are headline, kicker or byline, not story. */
const HEADLINE_WORDS = 25;
/** A paragraph this long reads as the story's first sentence. */
const LEDE_WORDS = 12;

/**
 * Which paragraph is the lede: the first that reads as a story sentence
 * after the short lines above it (headline, standfirst, "Outlet / section",
 * a photo credit). With a front-matter title the body starts with the lede.
 */
function ledeParagraph(paragraphs: readonly string[], titled: boolean): number {
  if (titled || (paragraphs[0]?.split(/\s+/).length ?? 0) > HEADLINE_WORDS) return 0;
  for (let i = 1; i < Math.min(paragraphs.length, 4); i++) {
    if (paragraphs[i]!.split(/\s+/).length > LEDE_WORDS) return i;
  }
  return 1;
}

/** Participants the text calls "former" ("former Indian Prime Minister Manmohan Singh"): they had left office by the call. */
function formerLeaders(mentions: readonly LeaderMention[], leaders: readonly Leader[], sentences: readonly Sentence[]): Set<Leader> {
  const former = new Set<Leader>();
  for (const m of mentions) {
    if (m.leader && leaders.includes(m.leader) && /\b(?:former|ex-)\s*$/i.test(sentences[m.sentence]!.text.slice(Math.max(0, m.start - 12), m.start))) former.add(m.leader);
  }
  return former;
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
