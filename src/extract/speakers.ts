import type { Institution, Leader } from "../data/load.ts";
import type { LeaderMatcher } from "./leaders.ts";
import { findLeaderMentions } from "./leaders.ts";
import { allMatches } from "./matches.ts";

export interface SpeakerContext {
  matcher: LeaderMatcher;
  institutions: readonly Institution[];
  /** The call's participants, which descriptions ("the Russian President") and pronouns point to. */
  participants: readonly Leader[];
}

export interface Attribution {
  /** The attribution phrase: "the Kremlin's press office", "Modi", "it". */
  phrase: string | null;
  /** Text before the quote in its paragraph and the paragraph before, where "it" or "he" may point. */
  lookback: string;
  /** All the article's text before the quote, for a statement named further up (a function: made only when needed). */
  earlier?: string | (() => string);
  /** The sentence that introduces the quotation, up to its opening mark ("The Kremlin, in its readout, said"); a function: made only when needed. */
  clause?: string | (() => string);
  /** The quotation's words, which name who is spoken of ("my friend President Putin"), not who speaks. */
  quote?: string;
}

const PERSON_PRONOUN = /^(he|she|him|her)$/i;
const THING_REFERENCE = new RegExp(
  String.raw`^(it|they|the (statement|readout|release|ministry|office|report|note|communiqu[eé]|press release|press service` +
    String.raw`|press office|spokesperson|spokesman|side|agency|account|version))$`,
  "i",
);
// "The two leaders agreed on “…”": the leaders are who the words report on; the words are the source's being reported.
const COLLECTIVE_SUBJECT =
  /^(?:the\s+)?(?:(?:two|both)\s+(?:leaders|sides|countries|presidents|heads of (?:state|government))|leaders|sides)(?:\s+(?:also|further|then|later))?$/i;
/** "the statement said": a document, whose issuer the text named where it first mentioned a statement. */
const DOCUMENT_REFERENCE = /^the (?:\w+ )?(?<noun>statement|readout|release|advisory)$/i;
// The role in either case ("Foreign Secretary Vikram Misri"), the name in capitals.
const OFFICIAL_WITH_NAME = new RegExp(
  String.raw`\b(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|[Aa]dvis[eo]r|[Aa]ide|[Aa]mbassador|[Ee]nvoy` +
    String.raw`|[Cc]hief|[Hh]ead)\s+(?<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)`,
);

/**
 * Names the speaker of a quotation: a participant's canonical name, an
 * institution from the data file, or the source as the article names it.
 * `previous` is the speaker of the quotation before, for "he said".
 */
export function resolveSpeaker(
  attribution: Attribution,
  previous: { person: string | null; institution: string | null },
  context: SpeakerContext,
): string | null {
  // "Modi‘s office": some outlets set the apostrophe as an opening single mark.
  const phrase = attribution.phrase?.replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim() ?? "";
  // Names inside earlier quotations are what was said, not who said it.
  const unquoted = (text: string) => text.replace(/["“][^"“”]*["”]/g, " ").replace(/(?<!\w)‘[^‘’]*(?:’(?!\w)|$)/g, " ");
  // All the text before the quotation is needed only for a few kinds of phrase: it is joined and cleaned when asked for.
  const given = attribution.earlier;
  let cleaned: string | undefined;
  const earlier = () => (cleaned ??= unquoted((typeof given === "function" ? given() : given) ?? ""));
  attribution = { ...attribution, lookback: unquoted(attribution.lookback), earlier };
  // A quotation with no attribution at all, after "…, the Kremlin press service reported.": that source's text.
  if (!phrase) return lastSource(attribution.lookback, context.institutions);
  if (PERSON_PRONOUN.test(phrase)) {
    // "The spokesman said Mr Vajpayee thanked the Russian leader … “…,” he added": "he" is who was saying.
    const subject = lastSpeechSubject(attribution.lookback);
    // "The PMO said …. “…,” he said": "he" is a person, not the office (its spokesman still counts).
    const body = subject && !PERSON_ROLE.test(subject) && institutionIn(subject.replace(/[’‘`]/g, "'"), context.institutions);
    if (subject && !body) {
      const speaker = resolveSpeaker({ ...attribution, phrase: subject }, previous, context);
      if (speaker) return speaker;
    }
    // "“… my friend President Putin …,” he wrote": the writer is not the leader the words name.
    return lastLeader(attribution.lookback, context, attribution.quote) ?? previous.person;
  }
  // "the readout added", "it said": the body quoted last, else one named just before.
  // "the aide said" after "presidential aide Yuri Ushakov": the person who holds that role in the text.
  const role = ROLE_REFERENCE.exec(phrase);
  if (role) {
    const holder = lastRoleHolder(`${earlier()} ${attribution.lookback}`, role.groups!.role!);
    if (holder) return holder;
  }
  // "The message reads": whoever the text says sent it ("a message was sent to Modi": the other participant).
  if (MESSAGE_REFERENCE.test(phrase)) {
    const sender = messageSender(`${earlier()} ${attribution.lookback}`, context);
    if (sender) return sender;
  }
  // The body named just before ("New Delhi's statement … It said") wins over the one quoted last.
  // "the Indian readout" names its body: that is read further down.
  if (
    THING_REFERENCE.test(phrase) ||
    COLLECTIVE_SUBJECT.test(phrase) ||
    (DOCUMENT_REFERENCE.test(phrase) && !institutionIn(phrase, context.institutions))
  ) {
    // "The Kremlin echoed New Delhi's statement, “…,” it said": "it" is the sentence's subject, not the body named last.
    const clause = typeof attribution.clause === "function" ? attribution.clause() : attribution.clause;
    const subject = clause ? leadingInstitution(clause, context.institutions) : null;
    if (subject) return subject;
    // "the statement" is one the text mentioned: its issuer, before any body quoted since.
    const document = DOCUMENT_REFERENCE.exec(phrase);
    const source =
      // "advisor" finds "advisories" too.
      (document
        ? statementIssuer(
            `${earlier()} ${attribution.lookback}`,
            document.groups!.noun!.toLowerCase().replace(/y$/, ""),
            context.institutions,
          )
        : null) ??
      lastSource(attribution.lookback, context.institutions) ??
      previous.institution ??
      lastSource(earlier(), context.institutions);
    if (source) return source;
    // "According to an official spokesperson, … “…,” the spokesperson said": the person as first described.
    const person = /^the (?<role>spokes(?:man|woman|person))$/i.exec(phrase);
    if (person) return lastDescribedRole(`${earlier()} ${attribution.lookback}`, person.groups!.role!);
    return null;
  }

  const bare = BARE_TITLE.exec(phrase);
  if (bare) {
    const leader = leaderByBareTitle(bare.groups!.title!, context);
    if (leader) return leader;
  }
  // "a former ambassador to Moscow who did not wish to be named": a person described, not the Kremlin.
  const described = DESCRIBED_PERSON.exec(phrase);
  if (described) return capitalise(described.groups!.who!.replace(/^(?:an?|the)\s+/i, ""));
  const official = OFFICIAL_WITH_NAME.exec(phrase);
  if (official) return official.groups!.name!;
  // "envoy on Ukraine Vladimir Medinsky", "Ambassador to the UN T S Tirumurti": the name after the role's qualifier.
  const qualified = NAME_AFTER_QUALIFIED_ROLE.exec(phrase);
  if (qualified && !BODY_WORD.test(qualified.groups!.name!) && !institutionIn(qualified.groups!.name!, context.institutions))
    return qualified.groups!.name!;
  // "the Prime Minister's Office", "Putin's office": a body whose name holds a leader's, not the leader.
  const institution = institutionIn(phrase, context.institutions);
  const leader = firstLeader(phrase, context);
  if (institution && (!leader || !firstLeader(withoutInstitutions(phrase, context.institutions), context))) return institution.name;
  if (leader) return leader;
  const lastClause = phrase.split(",").pop()!.trim() || phrase;
  const named = lastClause
    .replace(/^(the|a|an)\s+/i, "")
    .replace(/\s+(also|further|later|then)$/i, "")
    // "an official familiar with the conversation": the source, not the qualifier.
    .replace(/\s+(?:familiar with|aware of|privy to|briefed on|with (?:direct )?knowledge of|close to)\b.*$/i, "")
    // "Ukrainian President Volodymyr Zelensky": the person, without the office before the name.
    .replace(TITLE_BEFORE_NAME, "")
    .trim();
  return named && named.split(" ").length <= 6 ? named.charAt(0).toUpperCase() + named.slice(1) : null;
}

const MESSAGE_REFERENCE = /^(?:the|this|that|his|her) (?:\w+ )?(?:message|letter|telegram)$/i;
/** "a message … was sent to Y", "the letter addressed to Y", "a telegram from X". */
const MESSAGE_SENT =
  /\b(?:message|letter|telegram)s?\b[^.]{0,60}?\b(?:sent|addressed) to (?<to>[^.,;]+)|\b(?:message|letter|telegram)s? from (?<from>[^.,;]+)/gi;

/** The sender of the message the text mentioned last: named after "from", or the participant it was not sent to. */
function messageSender(text: string, context: SpeakerContext): string | null {
  let last: RegExpMatchArray | null = null;
  for (const match of allMatches(MESSAGE_SENT, text)) last = match;
  if (!last) return null;
  const { to, from } = last.groups!;
  if (from) return firstLeader(from, context) ?? institutionIn(from, context.institutions)?.name ?? null;
  const recipient = firstLeader(to!, context);
  const others = context.participants.filter((p) => p.name !== recipient);
  return recipient && others.length === 1 ? others[0]!.name : null;
}

/** A role, a qualifier ending in a capitalised word ("on Ukraine", "to the UN"), then a name of two words or more (initials count). */
const NAME_AFTER_QUALIFIED_ROLE = new RegExp(
  String.raw`\b(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|[Aa]dvis[eo]r|[Aa]ide|[Aa]mbassador|[Ee]nvoy` +
    String.raw`|[Rr]epresentative)(?!['’])\s[^,;]*?[A-Z][\p{L}'’.-]*\s` +
    String.raw`(?<name>(?:[A-Z]\.?\s+){1,3}[A-Z][\p{Ll}'’-]+|[A-Z][\p{Ll}'’-]+\s+[A-Z][\p{Ll}'’-]+)$`,
  "u",
);

/** "a spokesperson in the Prime Minister's Office": words that make a body's name, not a person's. */
const BODY_WORD =
  /['’]s\b|\b(?:Office|Ministry|Embassy|Mission|Council|Commission|Department|Secretariat|Agency|Service|Government|House|Palace)$/;

const NAMED_BODY =
  /\b((?:[A-Z][\w'’-]+ ){1,3}(?:Embassy|High Commission|Consulate|Ministry|Mission)(?: (?:in|to|of) [A-Z][\w-]+(?: [A-Z][\w-]+)?)?)/g;

/**
 * The body that issued the statement the text mentioned last: "the Kremlin said in a statement",
 * "a statement from the MEA", "the Kremlin's statement". Looks only near each mention.
 */
function statementIssuer(text: string, noun: string, institutions: readonly Institution[]): string | null {
  // The last few mentions only: one further back is no longer "the" statement.
  let tries = 0;
  for (let at = text.lastIndexOf(noun); at >= 0 && tries++ < 4; at = at > 0 ? text.lastIndexOf(noun, at - 1) : -1) {
    // Within the sentence of the mention only (its paragraph, at most 200 characters back).
    const start = Math.max(at - 200, text.lastIndexOf("\n", at) + 1, text.lastIndexOf(". ", at) + 1);
    const newline = text.indexOf("\n", at);
    const near = text.slice(start, Math.min(at + 50, newline < 0 ? text.length : newline));
    // "a statement from the Russian embassy": here "from" names the issuer, not a place.
    const institution = lastInstitutionAt(near, institutions)?.name ?? institutionIn(near, institutions)?.name;
    if (institution) return institution;
    // A body not in the data, named in full: "the Indian Embassy in Ukraine issued an advisory".
    let body: string | undefined;
    for (const match of allMatches(NAMED_BODY, near)) body = match[1];
    if (body) return body;
  }
  return null;
}

/** Capitalised words ending in an office, before a name of two words or more. */
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`^(?:[A-Z][\p{L}'’.-]*\s+)*?(?:President|Minister|Chancellor|Premier|Secretary|Ambassador|Envoy|Adviser|Advisor` +
    String.raw`|Aide|Spokes(?:man|woman|person))\s+(?=[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*)+$)`,
  "u",
);

/**
 * "Peskov" → "Dmitry Peskov": a bare surname takes the full name the article
 * gives elsewhere ("Kremlin spokesman Dmitry Peskov"). Titles are not names.
 */
export function fullNameIn(text: string, surname: string): string {
  if (!/^[A-Z][\p{L}'’-]+$/u.test(surname)) return surname;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Given names on the same line, each a word or an initial ("S."): "Wednesday.\n\nZelensky" is not a name.
  for (const match of text.matchAll(new RegExp(`((?:(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.)[ \\t]+){1,2})${escaped}\\b`, "gu"))) {
    const given = match[1]!.trim().split(/\s+/);
    while (given.length && NOT_A_GIVEN_NAME.test(given[0]!)) given.shift();
    if (given.length && given.every((word) => !NOT_A_GIVEN_NAME.test(word))) return `${given.join(" ")} ${surname}`;
  }
  return surname;
}

/** Words that stand before names but are not part of them. */
const NOT_A_GIVEN_NAME = new RegExp(
  String.raw`^(?:Mr|Mrs|Ms|Dr|Shri|Smt|President|Prime|Minister|Premier|Chancellor|Secretary|Spokes\w*|Foreign|External` +
    String.raw`|Affairs|Defence|Defense|Kremlin|MEA|PMO|Russian|Indian|Ukrainian|Chinese|American|US|U\.S\.|The|A|An|By|And` +
    String.raw`|Aide|Adviser|Advisor|Ambassador|Envoy|General|Gen|Sergeant|Chief|Deputy|Senior|Said|Told|According|To|In|On` +
    String.raw`|At|Of|For|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ukraine's|India's|Russia's|Pakistan's)\.?$`,
);

/** "the Prime Minister" with no name: the participant whose country that title means by default. */
const BARE_TITLE = /^(?:the\s+)?(?<title>prime minister|pm|premier|president)$/i;

function leaderByBareTitle(title: string, context: SpeakerContext): string | null {
  const { countries, offices } = context.matcher.reference;
  const lower = title.toLowerCase();
  const country = countries.find((c) => offices.some((o) => o.id === c.defaultOffice && o.titles.some((t) => t.toLowerCase() === lower)));
  return context.participants.find((p) => p.country === country?.id)?.name ?? null;
}

/** The source named last: an institution from the data, or a statement as the text names it ("an official statement said"). */
function lastSource(text: string, institutions: readonly Institution[]): string | null {
  // A body the text has speaking ("the Kremlin said", "according to the MEA") wins over one only mentioned ("invited him to Moscow").
  const institution = lastInstitutionAt(text, institutions, true) ?? lastInstitutionAt(text, institutions);
  const statement = lastStatementNamed(text);
  if (statement && (!institution || statement.at > institution.at)) {
    // "the Kremlin's statement said" names the Kremlin.
    return institutionIn(statement.name, institutions)?.name ?? statement.name.charAt(0).toUpperCase() + statement.name.slice(1);
  }
  return institution?.name ?? null;
}

const STATEMENT_NAMED = new RegExp(
  String.raw`\b(?:an?|the)\s+((?:[\w'’-]+\s+){1,3}(?:statement|release|readout|press service|press office|communiqu[eé]))` +
    String.raw`\s+(?:said|stated|reads|read|added|noted)\b`,
  "gi",
);

function lastStatementNamed(text: string): { name: string; at: number } | null {
  let last: { name: string; at: number } | null = null;
  for (const match of allMatches(STATEMENT_NAMED, text)) last = { name: match[1]!.replace(/\s+/g, " "), at: match.index };
  return last;
}

const DESCRIBED_PERSON = new RegExp(
  String.raw`^(?<who>(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:ambassador|official|diplomat|source|analyst|expert|observer|envoy` +
    String.raw`|aide|adviser|advisor|officer)s?\s+(?:to|of|in|from|at)\s+[^,]+?)(?:\s+(?:who|which|that|speaking)\b.*)?$`,
  "i",
);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// A speaker who briefed, explained or wrote is as much the subject of "he" as one who said.
const SPEECH_SUBJECT =
  /(?:^|[.;:!?]\s+)([A-Z][^.;:,"“”]{1,60}?)\s+(?:also\s+)?(?:said|told|added|stated|briefed|explained|noted|stressed|remarked|wrote|posted|tweeted)\b/g;

/** The subject of the last "X said/told/added" in a stretch of text. */
function lastSpeechSubject(text: string): string | null {
  let last: string | null = null;
  // "Putin told Modi …. He added:": a pronoun subject points back to the named one before it.
  for (const match of allMatches(SPEECH_SUBJECT, text)) if (!PERSON_PRONOUN.test(match[1]!.trim())) last = match[1]!.trim();
  return last;
}

/** A person who speaks for a body: "the spokesman", "an official". */
const PERSON_ROLE = /\b(?:spokes\w+|official|minister|secretary|aide|advis[eo]r|ambassador|envoy)\b/i;

const ROLE_REFERENCE = /^the (?<role>aide|spokes(?:man|woman|person)|adviser|advisor|envoy|ambassador|secretary|minister)$/i;

/** The last person the text names with a role: "presidential aide Yuri Ushakov" → "Yuri Ushakov". */
function lastRoleHolder(text: string, role: string): string | null {
  let last: string | null = null;
  // The role in any case, the name in capitals.
  const anyCase = [...role].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join("");
  for (const match of text.matchAll(new RegExp(`\\b${anyCase}\\s+((?:[A-Z][\\p{L}'’.-]+\\s+)?[A-Z][\\p{L}'’-]+)\\b`, "gu")))
    last = match[1]!;
  return last;
}

/** "an official spokesperson" → "Official spokesperson": the last description of someone in that role. */
function lastDescribedRole(text: string, role: string): string | null {
  let last: string | null = null;
  for (const match of text.matchAll(new RegExp(`\\b(?:an?|the)\\s+((?:[a-z][\\w-]*\\s+){0,2}${role})\\b`, "gi"))) last = match[1]!;
  return last && last.toLowerCase() !== role.toLowerCase() ? capitalise(last.replace(/\s+/g, " ")) : null;
}

export function isInstitution(name: string, institutions: readonly Institution[]): boolean {
  return institutions.some((i) => i.name === name);
}

function firstLeader(text: string, context: SpeakerContext): string | null {
  const mentions = findLeaderMentions([{ text, paragraph: 0, start: 0 }], context.matcher);
  for (const mention of mentions) {
    const byName =
      mention.leader && (context.participants.includes(mention.leader) || !context.participants.some((p) => p.country === mention.country));
    if (byName) return mention.leader!.name;
    const participant = context.participants.find((p) => p.country === mention.country);
    if (participant) return participant.name;
  }
  return null;
}

function lastLeader(text: string, context: SpeakerContext, quote?: string): string | null {
  const mentions = findLeaderMentions([{ text, paragraph: 0, start: 0 }], context.matcher);
  for (const mention of mentions.reverse()) {
    const participant = context.participants.find((p) => (mention.leader ? p === mention.leader : p.country === mention.country));
    // A leader whose surname the quotation itself holds is spoken of there, not speaking.
    if (participant && !(quote && quote.includes(surnameOf(participant.name)))) return participant.name;
  }
  return null;
}

function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

/** The institution named last in the text, and where. */
function lastInstitutionAt(text: string, institutions: readonly Institution[], speaking = false): { name: string; at: number } | null {
  let best: { name: string; at: number } | null = null;
  const normalised = text.replace(/[’‘`]/g, "'");
  for (const institution of institutions) {
    for (const alias of institution.aliases) {
      const at = speaking ? lastSpeakingAt(normalised, alias) : lastIndexOfWord(normalised, alias, PLACE_BEFORE);
      if (at >= 0 && (!best || at > best.at)) best = { name: institution.name, at };
    }
  }
  return best;
}

/** "the Kremlin said", "the MEA's statement", "Kremlin readout": the body's name, then what it says or puts out. */
const SPEAKS_AFTER = new RegExp(
  String.raw`^(?:'s)?\s+(?:(?:also|further|later|then|had|has|own|official|brief|short|detailed|longer|fuller` +
    String.raw`|in (?:a|its) \w+,?)\s+)*(?:said|says|stated|states|added|adds|noted|notes|reported|reports|announced` +
    String.raw`|confirmed|reads?|quoted|statement|readout|release|version|account|press (?:release|service|office|note)|spokes\w+)\b`,
  "i",
);
/** "according to the MEA", "as per New Delhi", "citing the Kremlin". */
const SPEAKS_BEFORE = /\b(?:according to|as per|citing|quoting|issued by|released by|published by)\s+(?:the\s+)?$/i;

/** Where the text last has the body speaking under this name, or -1. */
function lastSpeakingAt(text: string, word: string): number {
  const { pattern, literal } = wordPattern(word);
  if (!text.includes(literal)) return -1;
  let last = -1;
  for (const match of allMatches(pattern, text)) {
    const end = match.index + match[0].length;
    if (SPEAKS_AFTER.test(text.slice(end, end + 60)) || SPEAKS_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index)))
      last = match.index!;
  }
  return last;
}

/** "the summit in Moscow", "a visit to New Delhi": a place, not the government speaking. */
// "according to the Indian side" names a source, not a place.
const PLACE_BEFORE = /\b(?:in|(?<!according )to|from|at|for|with|between|and|visited|visit|near|via|across|towards)\s+(?:the\s+)?$/i;

/** The body a sentence opens with, as its subject ("The Kremlin too said …"): within its first few words. */
function leadingInstitution(clause: string, institutions: readonly Institution[]): string | null {
  const normalised = clause.replace(/[’‘`]/g, "'").trimStart();
  let best: { name: string; at: number } | null = null;
  for (const institution of institutions) {
    for (const alias of institution.aliases) {
      const at = firstIndexOfWord(normalised, alias);
      if (at >= 0 && at <= 4 && (!best || at < best.at)) best = { name: institution.name, at };
    }
  }
  return best?.name ?? null;
}

/** The text with every institution's name blanked out, so that "Modi's office" no longer names Modi. */
function withoutInstitutions(text: string, institutions: readonly Institution[]): string {
  let out = text;
  for (const institution of institutions) {
    for (const alias of institution.aliases) {
      const { pattern, literal } = wordPattern(alias);
      if (out.includes(literal)) out = out.replace(pattern, (m) => " ".repeat(m.length));
    }
  }
  return out;
}

function institutionIn(text: string, institutions: readonly Institution[]): Institution | null {
  let best: { institution: Institution; length: number } | null = null;
  for (const institution of institutions) {
    for (const alias of institution.aliases) {
      if (lastIndexOfWord(text, alias) >= 0 && (!best || alias.length > best.length)) best = { institution, length: alias.length };
    }
  }
  return best?.institution ?? null;
}

/** Word patterns by word: the same few institution names are looked for in every quotation's context. */
const WORD_PATTERNS = new Map<string, { pattern: RegExp; literal: string }>();

function wordPattern(word: string): { pattern: RegExp; literal: string } {
  let compiled = WORD_PATTERNS.get(word);
  if (!compiled) {
    const pattern = new RegExp(`(?<![\\w'])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]")}(?![\\w])`, "g");
    // Every match contains the word up to its first apostrophe, as written: a cheap test first.
    compiled = { pattern, literal: word.split("'")[0]! };
    WORD_PATTERNS.set(word, compiled);
  }
  return compiled;
}

function firstIndexOfWord(text: string, word: string): number {
  const { pattern, literal } = wordPattern(word);
  if (!text.includes(literal)) return -1;
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match ? match.index : -1;
}

function lastIndexOfWord(text: string, word: string, notAfter?: RegExp): number {
  const compiled = wordPattern(word);
  if (!text.includes(compiled.literal)) return -1;
  const { pattern } = compiled;
  let last = -1;
  for (const match of allMatches(pattern, text)) {
    if (notAfter?.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    last = match.index!;
  }
  return last;
}
