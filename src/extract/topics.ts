import type { Sentence, Topic } from "../types.ts";
import { isTitleCase } from "./leaders.ts";
import type { NeedleScan } from "./needles.ts";
import { NeedleIndex } from "./needles.ts";
import { remembered } from "./remember.ts";
import { CALL_CUE, DISCUSSION_CUE, NOT_DISCUSSED_CUE, OTHER_EVENT_CUE } from "./cues.ts";
import { allMatches } from "./matches.ts";

/** Where one of a topic's phrases stands in a sentence. */
export interface TopicMatch {
  slug: string;
  start: number;
  end: number;
}

/** One sentence as every topic reads it: lower-cased and its casing judged once, not once per topic. */
export interface TopicText {
  text: string;
  lower: string;
  titleCase?: boolean;
  /** Which needles of one {@link NeedleIndex} the sentence contains, found in one pass. */
  needles?: NeedleScan;
}

export function topicText(text: string): TopicText {
  return { text, lower: text.toLowerCase() };
}

export interface TopicMatcher {
  topic: Topic;
  /** Every place in `text` where one of the topic's phrases stands. */
  find(text: string): TopicMatch[];
  /** The same, for a sentence prepared once for all topics. */
  findIn(sentence: TopicText): TopicMatch[];
  /** Tests one sentence. */
  matches(text: string): boolean;
}

interface PhrasePattern {
  pattern: RegExp;
  /**
   * The number in the {@link NeedleIndex} of all topics of the phrase's
   * longest word, which every match must contain: a cheap test that skips
   * most regex runs.
   */
  needleId: number;
  /** A name ("Far East", "Sputnik V") rather than a common word ("investment"). */
  proper: boolean;
  slug: string;
}

/** Every topic's phrases filed by the id of their needle, so that a sentence is read for all topics at once. */
interface AllTopics {
  index: NeedleIndex;
  byNeedle: PhrasePattern[][];
}

const ALL_TOPICS = new WeakMap<readonly TopicMatcher[], AllTopics>();

/** Phrases match whole words, ignoring case; a trailing `*` matches any ending. */
export function compileTopics(topics: readonly Topic[]): TopicMatcher[] {
  // Every phrase pattern starts its words at a boundary ((?<!\w) first, [\s-] between words), so its needle, one of those words, does too.
  const index = new NeedleIndex({ atWordStarts: true });
  const byNeedle: PhrasePattern[][] = [];
  const matchers = topics.map((topic): TopicMatcher => {
    const patterns: PhrasePattern[] = topic.phrases.map((phrase) => {
      const stem = phrase.endsWith("*");
      const raw = stem ? phrase.slice(0, -1) : phrase;
      const body = raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[\\s-]");
      // Short all-capital phrases (UN, SCO, LNG) are acronyms: match their case exactly.
      const caseSensitive = isAcronym(phrase);
      const needle = raw.split(/[ -]/).reduce((longest, part) => (part.length > longest.length ? part : longest), "");
      const pattern: PhrasePattern = {
        pattern: new RegExp(`(?<!\\w)${stem ? `${body}[\\w-]*` : body}(?![\\w-])`, caseSensitive ? "gu" : "giu"),
        needleId: index.add(caseSensitive ? needle : needle.toLowerCase(), caseSensitive),
        proper: /[A-Z]/.test(raw),
        slug: topic.slug,
      };
      (byNeedle[pattern.needleId] ??= []).push(pattern);
      return pattern;
    });
    // A plain loop: this runs for every sentence and every topic, so it avoids an array per phrase.
    const findIn = (sentence: TopicText): TopicMatch[] => {
      const { present, stamp } = scanned(sentence, index);
      let found: TopicMatch[] | undefined;
      for (const pattern of patterns) if (present[pattern.needleId] === stamp) found = matchPhrase(sentence, pattern, found);
      return found ?? NONE;
    };
    const find = (text: string) => {
      const found = findIn(topicText(text));
      return found === NONE ? [] : found;
    };
    return { topic, find, findIn, matches: (text) => find(text).length > 0 };
  });
  ALL_TOPICS.set(matchers, { index, byNeedle });
  return matchers;
}

/** The sentence's needle scan, made once for all topics of one index. */
function scanned(sentence: TopicText, index: NeedleIndex): NeedleScan {
  if (!sentence.needles || !index.holds(sentence.needles)) sentence.needles = index.scan(sentence.text, sentence.lower);
  return sentence.needles;
}

/** Adds the places where one phrase stands in the sentence to `found`. */
function matchPhrase(
  sentence: TopicText,
  { pattern, proper, slug }: PhrasePattern,
  found: TopicMatch[] | undefined,
): TopicMatch[] | undefined {
  const { text } = sentence;
  for (const m of allMatches(pattern, text)) {
    const end = m.index + m[0].length;
    // In a Title Case headline every word is capitalised: no run of capitals is a name there.
    // (Only a match that starts with a capital can stand inside a name: the cheap test goes first.)
    // "non-military" denies the word; "met at the SCO summit" names a venue, not a subject of the call.
    if (negatedByPrefix(text, m.index) || (slug !== ANNUAL_SUMMIT && isVenue(text, m.index, end))) continue;
    if (proper || !startsWithCapital(text, m.index) || (sentence.titleCase ??= isTitleCase(text)) || !insideName(text, m.index, end))
      (found ??= []).push({ slug, start: m.index, end });
  }
  return found;
}

/**
 * Every topic's matches in one sentence. Matchers made by {@link compileTopics}
 * are read together: only the phrases whose needle the sentence holds are tried.
 */
function findAllIn(sentence: TopicText, matchers: readonly TopicMatcher[]): TopicMatch[] {
  const all = ALL_TOPICS.get(matchers);
  let found: TopicMatch[] | undefined;
  if (!all) {
    for (const matcher of matchers) for (const match of matcher.findIn(sentence)) (found ??= []).push(match);
    return found ?? NONE;
  }
  const { present, stamp } = scanned(sentence, all.index);
  for (let id = 0; id < all.byNeedle.length; id++) {
    if (present[id] !== stamp) continue;
    for (const pattern of all.byNeedle[id]!) found = matchPhrase(sentence, pattern, found);
  }
  return found ?? NONE;
}

/** "non-military", "non-nuclear": the prefix says the thing is absent. */
function negatedByPrefix(text: string, start: number): boolean {
  return start >= 4 && text.charCodeAt(start - 1) === 0x2d && /\bnon-$/i.test(text.slice(start - 4, start));
}

/** The summit's own topic: its meetings are what it is about, so a venue there still counts. */
const ANNUAL_SUMMIT = "annual-summit";

/**
 * "earlier meetings, including at the SCO summit": where leaders met before,
 * not what they discussed. ("agreed to meet at the BRICS summit" looks ahead:
 * the summit is a subject of the call.)
 */
function isVenue(text: string, start: number, end: number): boolean {
  return (
    VENUE_AFTER.test(text.slice(end, end + 12)) &&
    VENUE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    MET_BEFORE.test(text.slice(0, start))
  );
}

/** A meeting already held: "met", "earlier meetings", "last met". */
const MET_BEFORE = /\b(?:met|earlier|previous|last)\b/i;

const VENUE_AFTER = /^\s+(?:summit|meeting|forum|session)\b/i;
const VENUE_BEFORE = /\b(?:at|sidelines of|during|on the margins of) (?:the |this year's |last year's )?(?:\d{4} )?$/i;

/** Shared by every sentence without a match; never added to. */
const NONE: TopicMatch[] = [];

function startsWithCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x41 && c <= 0x5a;
}

function isAcronym(phrase: string): boolean {
  return /^[A-Z0-9-]{2,5}$/.test(phrase) && /[A-Z]/.test(phrase);
}

/**
 * A common word inside a name of three or more capitalised words ("Russian
 * Direct Investment Fund", "Defence Minister Rajnath Singh") names that body
 * or person, not a subject the leaders discussed. Asked only of a match
 * that starts with a capital (the caller tests that first, as it is cheap).
 */
function insideName(text: string, start: number, end: number): boolean {
  const before = /(?:[A-Z][\w'’.-]*\s+)*$/.exec(text.slice(0, start))![0];
  const after = /^(?:\s+[A-Z][\w'’.-]*)*/.exec(text.slice(end))![0];
  const words = `${before}${text.slice(start, end)}${after}`.trim().split(/\s+/);
  // A title before a name ("Defence Minister Rajnath Singh") or a body's name ("… Investment Fund").
  return words.length >= 3 || /^(?:Ministers?|Ministry|Ministries|Secretary|Minister's)\b/.test(after.trim());
}

/**
 * Sentences that report what the leaders said or discussed on the call, as
 * opposed to background about other events, or items the call did not cover.
 */
export function isAboutTheCall(sentence: string, hasCallCue: boolean = CALL_CUE.test(sentence)): boolean {
  if (NOT_DISCUSSED_CUE.test(sentence) || ANALYSIS.test(sentence) || othersClaim(sentence)) return false;
  // Another occasion (a message, talks to come) is asked only of the few sentences that otherwise count.
  return reportsTheCall(sentence, hasCallCue) && !anotherOccasion(sentence);
}

function reportsTheCall(sentence: string, hasCallCue: boolean): boolean {
  if (hasCallCue) return true;
  // "Energy projects were also spoken about": the passive names no leader but reports the call.
  if (sentence.includes("spoken about") || sentence.includes("came up")) return true;
  // "Particular attention was paid to …": the readout's passive for what was discussed.
  if (sentence.includes("attention") && ATTENTION_PAID.test(sentence)) return true;
  // "Modi informed Putin about his visit to Washington": a visit briefed on is what the call covered.
  if ((sentence.includes("briefed") || sentence.includes("informed") || sentence.includes("apprised")) && BRIEFED_ON.test(sentence))
    return true;
  // "discussed trade, which has surged since 2022": the aside's other event is not the sentence's.
  // "He recalled his visit last month": an earlier event brought up on the call is part of it.
  // The pattern matches case-sensitively, so only a sentence with the word as written can match.
  if (sentence.includes("ecall") && RECALLED.test(sentence)) return true;
  return (
    (DISCUSSION_CUE.test(sentence) ||
      LEADER_SAID.test(sentence) ||
      ((sentence.includes("es ") || sentence.includes("fs ")) && HEADLINE_VERB.test(sentence))) &&
    !OTHER_EVENT_CUE.test(withoutBackgroundClause(sentence)) &&
    !(sentence.includes("visited") && PAST_VISIT.test(sentence))
  );
}

/** "When the President came to Delhi on 4 March, the two sides …": what was done on that visit, not on the call. */
const PAST_VISIT = /\bvisited [A-Z][\w-]*(?: [A-Z][\w-]*)? (?:on|in|last)\b/;

/** "President Putin said that …", "He also said that …": what a leader said, as reported. */
const LEADER_SAID = /\b(?:he|she|president|prime minister|pm|leaders?|sides?)\s+(?:also\s+)?(?:said|told|stated)\b/i;

/** A leader bringing up an earlier event: "the Prime Minister recalled with warmth his visit". */
// "Recalling their talks at the summit, the two leaders …": the same, with the participle first.
const RECALLED = /\b(?:he|she|president|prime minister|pm|leaders?|sides?|[A-Z][a-z]+)\s+(?:also\s+)?(?:fondly\s+)?recalled\b|^Recalling\b/;

/** A headline or subheading in the present tense: "Modi invites Putin to India for the summit". */
const HEADLINE_VERB = /\b(?:invites|discusses|briefs)\b/;

const ATTENTION_PAID = /\battention (?:was|were) (?:also )?(?:paid|given|devoted) to\b/i;

/** A leader who briefed or informed the other on something; "had briefed" is an earlier occasion. */
const BRIEFED_ON = /(?<!had )\b(?:briefed|informed|apprised)\b(?:\s+[\w'’]+){0,3}?\s+(?:on|about|of)\b/i;

/**
 * Commentary on the call rather than its content: "Analysts said …", "The
 * exchange reinforced …", "The call comes amid …".
 */
// "Other world leaders … have called Modi": their calls, not this one.
const ANALYSIS = new RegExp(
  String.raw`^(?:analysts|experts|observers|commentators|critics|diplomats|other (?:world |foreign |global )?leaders)\b` +
    String.raw`|^the (?:call|conversation|exchanges?|talks|outreach|phone call) (?:\w+ )?` +
    String.raw`(?:reinforc|signal|reflect|demonstrat|show|came|comes|underscor|mark)`,
  "i",
);

/** "Western officials have claimed that …", "critics have long argued …": what others hold, not what the leaders said. */
const OTHERS_CLAIM = /\b(?:have|has) (?:long |repeatedly |often )?(?:claimed|alleged|accused|argued)\b/i;

function othersClaim(sentence: string): boolean {
  return (
    (sentence.includes("claimed") || sentence.includes("alleged") || sentence.includes("accused") || sentence.includes("argued")) &&
    OTHERS_CLAIM.test(sentence)
  );
}

/** Another occasion than the call: a message or letter, talks still to come. */
const ANOTHER_OCCASION = new RegExp(
  String.raw`\b(?:in (?:his|her|their|a) (?:message|letter|telegram) of` +
    String.raw`|(?:will|would) be (?:high |top |among the issues )?on the agenda|(?:is|are) expected to (?:be )?discuss)`,
  "i",
);

/** Whether the sentence is about another occasion: the pattern runs only when one of its words is there. */
function anotherOccasion(sentence: string): boolean {
  return (
    (sentence.includes("message") ||
      sentence.includes("letter") ||
      sentence.includes("telegram") ||
      sentence.includes("agenda") ||
      sentence.includes("expected")) &&
    ANOTHER_OCCASION.test(sentence)
  );
}

/** "… spoke on Monday, days after X visited Moscow, during which …": the clause after "days after" is another event. */
const BACKGROUND_CLAUSE = new RegExp(
  String.raw`,\s*as (?!well|part|a |an |the (?:way|only))(?=\w+ \w+).*$|,\s*in line with\b.*$` +
    String.raw`|,?\s*\b(?:(?:just |only )?(?:hours|days|weeks|months|a day|a week|a month|shortly|soon) (?:after|before)` +
    String.raw`|(?:comes|came|(?<!the )coming) (?:after|amid|as|days|weeks|besides|alongside|on the heels of)|in the wake of` +
    String.raw`|against the backdrop of|amid(?:st)?|in the face of|appearing to|seen as|as (?:a )?penalty for` +
    String.raw`|(?:first|only|second|third|latest) (?:\w+ )?(?:call|conversation|contact|talks) since)\b.*$`,
  "i",
);
/** "Putin speaks to Modi as Trump doubles tariffs": a new capitalised subject after "as" starts another story (case matters). */
const AS_ANOTHER_SUBJECT = /\s+as (?=(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [a-z]+s\b).*$/;
/** ", which buys much of its defence equipment from Moscow,": an aside about a country or a thing, not what was said. */
const ASIDE = /,\s*which\b[^,]*(?:,|$)/gi;

/** Asked for the same sentence by the test for talk about the call and again when its topics are read. */
export const withoutBackgroundClause: (sentence: string) => string = remembered(cutBackgroundClauses);

function cutBackgroundClauses(sentence: string): string {
  // "…, a day after X happened, and discussed Y": the background clause ends where the next verb phrase begins.
  return sentence
    .replace(LIVE_RUBRIC, "")
    .replace(LEADING_BACKGROUND, "")
    .split(NEXT_VERB_PHRASE)
    .map((part) => part.replace(BACKGROUND_CLAUSE, "").replace(AS_ANOTHER_SUBJECT, "").replace(ASIDE, ","))
    .join(", and ");
}

/** "Amid the tariff row, Modi spoke to Putin …": the opening phrase up to its comma is the backdrop. */
const LEADING_BACKGROUND =
  /^(?:amid(?:st)?|in the face of|against the backdrop of|in the wake of|days after|weeks after|a day after)\b[^,]*,\s*/i;

/** "Tariff Row Live Updates: …": a live blog's running story, not what the call was about. */
const LIVE_RUBRIC = /^[^:]{0,60}\bLive(?: Updates| News| Blog)?\s*:\s*/i;

/** ", and discussed …", ", and agreed …": a new verb phrase of the sentence's subject. */
const NEXT_VERB_PHRASE = /,\s+and\s+(?=(?:also\s+)?[a-z]+ed\b)/;

/**
 * A quotation opened in a sentence about the call runs on into the next
 * sentences of its paragraph ("… writing: “Thank you for the call. We are
 * committed to peace in Ukraine.”"): those sentences are the call's too.
 */
export function withQuoteContinuations(sentences: readonly Sentence[], aboutCall: ReadonlySet<number>): Set<number> {
  const result = new Set(aboutCall);
  for (const start of aboutCall) {
    // A post embedded without marks ("… — Narendra Modi (@narendramodi) …"): all of it is what was said.
    const signed = signedPostAround(sentences, start);
    if (signed) for (let i = signed.first; i <= signed.last; i++) result.add(i);
    let open = openQuoteLeft(sentences[start]!.text);
    let paragraph = sentences[start]!.paragraph;
    for (let i = start + 1; open && i < sentences.length; i++) {
      const next = sentences[i]!;
      // Quoting left open may go on in the next paragraph when that reopens it with a mark.
      if (
        next.paragraph !== paragraph &&
        !(next.paragraph === paragraph + 1 && /^["“«]/.test(next.text) && sentences[i - 1]!.paragraph === paragraph)
      )
        break;
      paragraph = next.paragraph;
      result.add(i);
      open = !/["”»]/.test(next.text.slice(1));
    }
  }
  return result;
}

/** The sentences of the paragraph around `index` when it ends with a post's sign-off ("(@handle)"). */
function signedPostAround(sentences: readonly Sentence[], index: number): { first: number; last: number } | null {
  const { paragraph } = sentences[index]!;
  let last = index;
  while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === paragraph) last++;
  if (!sentences[last]!.text.includes("(@")) return null;
  let first = index;
  while (first > 0 && sentences[first - 1]!.paragraph === paragraph) first--;
  return { first, last };
}

/** Whether a sentence opens a double quotation it does not close. */
function openQuoteLeft(text: string): boolean {
  // Counted in one walk over the characters rather than three arrays of matches.
  let curlyOpen = 0;
  let curlyClose = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab)
      curlyOpen++; // “ «
    else if (c === 0x201d || c === 0xbb)
      curlyClose++; // ” »
    else if (c === 0x22) straight++;
  }
  return curlyOpen > curlyClose || straight % 2 === 1;
}

/**
 * "the military action against Iraq", "military strikes": a war the leaders
 * talked about, not defence ties between them. ("special military operation"
 * stays, as the Ukraine topic names it.)
 */
const ARMED_CONFLICT =
  /(?<!special )\bmilitary (?:action|operation|offensive|strike|intervention|campaign|escalation|confrontation|conflict|clash)(?:e?s)?\b/gi;

/** "Iranian military leader X", "a military commander": a person's description, not defence ties. */
const MILITARY_PERSON = /\bmilitary (?:leader|commander|chief|general|officer|official)s?\b/gi;

/** "wished each other success in the elections", "best wishes for Russia's BRICS presidency": good luck, not a greeting. */
const GOOD_LUCK = /^[^.;]{0,30}?\b(?:success|presidency|chairmanship)\b/i;
const GREETINGS = "greetings";
const PRESIDENCY_BEFORE = /\b(?:presidency|chairmanship)\b[^.;]*$/i;

/** The topics discussed, each with the first sentence that shows it. */
export function findTopics(
  sentences: readonly Sentence[],
  aboutCall: ReadonlySet<number>,
  matchers: readonly TopicMatcher[],
): Map<string, string> {
  const found = new Map<string, string>();
  for (const index of [...aboutCall].sort((a, b) => a - b)) {
    let plain = withoutBackgroundClause(sentences[index]!.text).replace(ARMED_CONFLICT, "hostilities");
    if (plain.includes("ilitary")) plain = plain.replace(MILITARY_PERSON, "commander");
    const text = topicText(plain);
    // The order of matches within a sentence does not matter: only which topics it shows is kept.
    const matches = findAllIn(text, matchers);
    // "special military operation" is Ukraine, not defence: a phrase inside a longer one of another topic does not count.
    const kept = matches.filter(
      (m) =>
        !matches.some((o) => o.slug !== m.slug && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) &&
        !(m.slug === GREETINGS && isGoodLuck(text.text, m)),
    );
    for (const { slug } of kept) if (!found.has(slug)) found.set(slug, sentences[index]!.text);
  }
  return found;
}

/** A wish ("wished", "best wishes") for success or for a presidency, which the greetings topic does not cover. */
function isGoodLuck(text: string, match: TopicMatch): boolean {
  const word = text.slice(match.start, match.end).toLowerCase();
  // "As Russia holds the BRICS presidency, Modi conveyed his best wishes": the presidency may come first.
  return (
    word.includes("wish") &&
    (GOOD_LUCK.test(text.slice(match.end, match.end + 60)) ||
      PRESIDENCY_BEFORE.test(text.slice(Math.max(0, match.start - 80), match.start)))
  );
}

/** What the article's extraction knows about the call that sharpens the choice of sentences. */
export interface CallSentences {
  /**
   * The sentences that report this call. When given, a sentence with a call
   * word that is not among them (another leaders' call, an earlier or a
   * future one, a video meeting) is not read for topics.
   */
  callSentences?: ReadonlySet<number>;
}

/**
 * The topics the article says were discussed on the call, each with the first
 * sentence that shows it: read only from the sentences about the call
 * ({@link isAboutTheCall}) and the quotations they open. `callCue[i]` says
 * whether sentence i has a call word (the caller has asked already).
 */
export function topicsOfCall(
  sentences: readonly Sentence[],
  callCue: readonly boolean[],
  matchers: readonly TopicMatcher[],
  call: CallSentences = {},
): Map<string, string> {
  const aboutCall = new Set<number>();
  const { callSentences } = call;
  sentences.forEach((s, i) => {
    // "Modi also spoke to Zelensky and urged …": a call word in a sentence about some other call.
    if (callSentences && callCue[i] && !callSentences.has(i)) return;
    if (isAboutTheCall(s.text, callCue[i])) aboutCall.add(i);
  });
  return findTopics(sentences, withQuoteContinuations(sentences, aboutCall), matchers);
}
