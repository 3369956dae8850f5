/**
 * Direct quotations and who said them. Works on the cleaned paragraphs so
 * that a quotation running over several paragraphs (each opening with a
 * mark, only the last closing) is one quote.
 */
import { allMatches } from "./matches.ts";
import { remembered } from "./remember.ts";

/** A quotation as found, before its speaker is named. */
export interface QuoteSpan {
  text: string;
  /** Paragraph where the quotation opens and where it closes. */
  first: number;
  last: number;
  /** Text of the opening paragraph before the quote, and of the closing paragraph after it. */
  before: string;
  after: string;
  /** For tweets embedded without quote marks: the name in the sign-off. */
  signedBy?: string;
  /** Left open at the paragraph's end, the next paragraph reopening it: the quoting runs on (and is often attributed only at its end). */
  runsOn?: boolean;
}

/** Who a phrase such as "the Russian President" or "it" refers to; null when unknown. */
export type SpeakerResolver = (phrase: string, previous: string | null) => string | null;

/** Quotations shorter than this are scare quotes ('great power'), not statements. */
export const MIN_QUOTE_WORDS = 5;
const MAX_PARAGRAPHS = 6;

const OPENERS = new Set(["“", '"', "„", "«"]);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Finds double-quoted spans (curly, straight or mixed), single-quoted ones of five words or more, and bare tweets. */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const tweet = bareTweet(paragraphs[p]!);
    if (tweet) {
      spans.push({ text: tweet.text, first: p, last: p, before: "", after: "", signedBy: tweet.name });
      continue;
    }
    // The post's text, then its sign-off on a line of its own.
    const signed =
      (paragraphs[p + 1] ?? "").includes("(@") && SIGNOFF_LINE.test(paragraphs[p + 1]!) && !/["“”«»]/.test(paragraphs[p]!)
        ? bareTweet(`${paragraphs[p]} ${paragraphs[p + 1]}`)
        : null;
    if (signed) {
      spans.push({ text: signed.text, first: p, last: p + 1, before: "", after: "", signedBy: signed.name });
      p++;
      continue;
    }
    const embedded = embeddedPost(paragraphs, p);
    if (embedded) {
      spans.push(embedded);
      p = embedded.last;
      continue;
    }
    const introduced = introducedPost(paragraphs, p);
    if (introduced) {
      spans.push(introduced);
      p++;
      continue;
    }
    let pos = 0;
    const paragraph = paragraphs[p]!;
    while (pos < paragraph.length) {
      const open = findOpener(paragraph, pos);
      if (open < 0) break;
      const span = readQuote(paragraphs, p, open);
      if (!span) {
        pos = open + 1;
        continue;
      }
      if (wordCount(span.text) >= MIN_QUOTE_WORDS) spans.push(span);
      if (span.last > p) {
        p = span.last - 1;
        break;
      }
      pos = paragraph.length - span.after.length;
    }
  }
  for (const span of singleQuoted(paragraphs))
    if (!spans.some((s) => s.first === span.first && s.text.includes(span.text))) spans.push(span);
  // A name in marks stands in ordinary text; in a Title Case headline every quotation looks like one.
  return spans
    .filter((span) => span.signedBy || !isTitle(span.text) || !LOWER_CONTENT_WORD.test(`${span.before} ${span.after}`))
    .sort((a, b) => a.first - b.first);
}

/** A word in lower case that a title would capitalise. */
const LOWER_CONTENT_WORD = /(?:^|[\s"'“‘(])(?!(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)(?![\p{L}\p{N}]))\p{Ll}/u;

/** Small words a title leaves in lower case ("Partnership for Peace and Progress"). */
const TITLE_SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "&"]);

/**
 * A name or title in quote marks (a motto, an event, a partnership's name:
 * 'Strategic Partnership for Shared Prosperity'), not a quotation: every
 * word but the small ones capitalised, and no sentence end.
 */
export function isTitle(text: string): boolean {
  // Most quotations have a lower-case word that is not a small one: one pass over the text rules them out.
  if (LOWER_CONTENT_WORD.test(text) || /[.!?;:]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length >= 3 && content.every((w) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(w));
}

/** The opening marks (as {@link OPENERS}) and the closing ones, for jumping from one to the next instead of testing every character. */
const OPENER_MARKS = /["“„«]/g;
const CLOSER_MARKS = /["”»“]/g;

/** Where the next character of a set stands at or after `from`, or -1. */
function nextMark(marks: RegExp, text: string, from: number): number {
  marks.lastIndex = from;
  return marks.exec(text)?.index ?? -1;
}

function findOpener(paragraph: string, from: number): number {
  for (let i = nextMark(OPENER_MARKS, paragraph, from); i >= 0; i = nextMark(OPENER_MARKS, paragraph, i + 1)) {
    const c = paragraph[i]!;
    // A straight quote opens only where a word could start: not after a letter ("5" inches").
    if (c === '"' && isWordChar(paragraph[i - 1])) continue;
    return i;
  }
  return -1;
}

/** Reads from an opening mark to its closing mark, across paragraphs when the quote continues. */
function readQuote(paragraphs: readonly string[], p: number, open: number): QuoteSpan | null {
  const parts: string[] = [];
  let text = paragraphs[p]!;
  let from = open + 1;
  for (let q = p; q < paragraphs.length && q < p + MAX_PARAGRAPHS; q++) {
    if (q > p) {
      text = paragraphs[q]!;
      // A continuation paragraph opens with a mark; a paragraph that does not
      // may still close the quote (some outlets drop the opening mark).
      from = OPENERS.has(text[0]!) ? 1 : 0;
      if (from === 0 && findCloser(text, 0) < 0 && !closedLater(paragraphs, q + 1, p + MAX_PARAGRAPHS)) break;
    }
    const close = findCloser(text, from);
    if (close >= 0) {
      parts.push(text.slice(from, close));
      return {
        text: tidyQuote(parts.join(" ")),
        first: p,
        last: q,
        before: paragraphs[p]!.slice(0, open),
        after: text.slice(close + 1),
      };
    }
    parts.push(text.slice(from));
    // Only a following paragraph that closes the quote without reopening it continues this quote.
    // One that reopens with a mark starts a quote of its own (news style marks each quoted paragraph;
    // each is recorded as a quotation, with the same speaker).
    const next = paragraphs[q + 1];
    // A letter quoted over several paragraphs may mark only its start and its end: a paragraph with no
    // marks goes on with the quote when a later one in reach closes it without opening another.
    const runsOnUnmarked =
      next !== undefined &&
      !OPENERS.has(next[0]!) &&
      findCloser(next, 0) < 0 &&
      findOpener(next, 0) < 0 &&
      closedLater(paragraphs, q + 2, p + MAX_PARAGRAPHS);
    if (next === undefined || OPENERS.has(next[0]!) || (findCloser(next, 0) < 0 && !runsOnUnmarked) || hasOpenerBeforeCloser(next)) {
      // Quoting cut off mid-sentence where the text ends ("“If Washington sees that,"): a clipped excerpt, not a statement.
      if (next === undefined && q === paragraphs.length - 1 && !/[.!?…]["”’]?\s*$/.test(text)) return null;
      const span: QuoteSpan = { text: tidyQuote(parts.join(" ")), first: p, last: q, before: paragraphs[p]!.slice(0, open), after: "" };
      if (next !== undefined && OPENERS.has(next[0]!)) span.runsOn = true;
      return span;
    }
  }
  return parts.length ? { text: tidyQuote(parts.join(" ")), first: p, last: p, before: paragraphs[p]!.slice(0, open), after: "" } : null;
}

/** Whether a paragraph from `from` on (before `limit`) closes the quotation, each one before it having no marks at all. */
function closedLater(paragraphs: readonly string[], from: number, limit: number): boolean {
  for (let r = from; r < paragraphs.length && r < limit; r++) {
    const paragraph = paragraphs[r]!;
    if (OPENERS.has(paragraph[0]!)) return false;
    const close = findCloser(paragraph, 0);
    const open = findOpener(paragraph, 0);
    if (close >= 0) return open < 0 || open > close;
    if (open >= 0) return false;
  }
  return false;
}

function hasOpenerBeforeCloser(paragraph: string): boolean {
  const close = findCloser(paragraph, OPENERS.has(paragraph[0]!) ? 1 : 0);
  const open = findOpener(paragraph, 1);
  return open >= 0 && (close < 0 || open < close) && !OPENERS.has(paragraph[0]!);
}

function findCloser(text: string, from: number): number {
  for (let i = nextMark(CLOSER_MARKS, text, from); i >= 0; i = nextMark(CLOSER_MARKS, text, i + 1)) {
    const c = text[i]!;
    // A curly opening mark used as a closer (a common typo) counts only at a word's end.
    if (c === "“" && !(isWordChar(text[i - 1]) || /[.,!?…]/.test(text[i - 1] ?? ""))) continue;
    if (c === '"' && isWordChar(text[i + 1])) continue;
    return i;
  }
  return -1;
}

// An apostrophe inside ("India’s position") is followed by a letter; the closing mark is not.
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘]((?:[^'‘’\n]|['’](?=\p{L})){10,}?)['’](?![\p{L}\p{N}])/gu;

/** Single-quoted statements of five words or more ('…'), which some outlets use throughout. */
function singleQuoted(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((paragraph, p) => {
    // No opening mark, no quotation: most paragraphs are passed over without the pattern.
    if (!paragraph.includes("'") && !paragraph.includes("‘")) return;
    for (const match of allMatches(SINGLE_QUOTED, paragraph)) {
      const text = tidyQuote(match[1]!);
      if (wordCount(text) < MIN_QUOTE_WORDS) continue;
      spans.push({
        text,
        first: p,
        last: p,
        before: paragraph.slice(0, match.index),
        after: paragraph.slice(match.index + match[0].length),
      });
    }
  });
  return spans;
}

/** "Text of the post … — Narendra Modi (@narendramodi) January 15, 2024". */
const TWEET = new RegExp(
  String.raw`^(?<body>.+?)\s*(?:pic\.twitter\.com\/\S+\s*)?(?:[—–]|\s-{1,2})\s*(?<name>[^()—–]{2,60}?)\s*\(@\w+\)\s*` +
    String.raw`(?<date>[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})?\s*$`,
  "u",
);

/** "— Narendra Modi (@narendramodi) December 16, 2022" alone on a line. */
const SIGNOFF_LINE =
  /^\s*(?:pic\.twitter\.com\/\S+\s*)?(?:[—–]|-{1,2})\s*[^()—–]{2,60}?\s*\(@\w+\)\s*(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})?\s*$/u;

function bareTweet(paragraph: string): { text: string; name: string } | null {
  // Every post's sign-off holds "(@": a cheap test before a pattern that backtracks over the whole paragraph.
  const match = paragraph.includes("(@") ? TWEET.exec(paragraph) : null;
  if (!match) return null;
  const body = match.groups!.body!.replace(/(\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+|@\w+|#\w+(?=\s*$)))+\s*$/u, "").trim();
  const text = tidyQuote(body.replace(/^["“]|["”]$/g, ""));
  return wordCount(text) >= MIN_QUOTE_WORDS ? { text, name: match.groups!.name!.trim() } : null;
}

/** A post copied from X's page: the name, the @handle, the text, then the time stamp, each on its own line. */
function embeddedPost(paragraphs: readonly string[], p: number): QuoteSpan | null {
  const name = paragraphs[p]!;
  const handle = paragraphs[p + 1];
  if (!handle || !/^@\w{1,30}$/.test(handle.trim()) || name.split(/\s+/).length > 5 || /[.!?:"“”]/.test(name)) return null;
  // The text runs to the time stamp ("6:41 PM · Apr 28, 2021"), a few lines at most.
  const end = paragraphs.findIndex((line, i) => i > p + 2 && i <= p + 6 && POST_TIME.test(line));
  const last = end < 0 ? p + 2 : end - 1;
  const text = tidyQuote(
    paragraphs
      .slice(p + 2, last + 1)
      .join(" ")
      .replace(/(\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+|@\w+))+\s*$/u, ""),
  );
  if (wordCount(text) < MIN_QUOTE_WORDS) return null;
  return { text, first: p, last: end < 0 ? last : end, before: "", after: "", signedBy: name.trim() };
}

/** "… posted on X.", "… wrote on Twitter.", "… tweeted." closing the paragraph. */
const POSTED_ON = new RegExp(
  String.raw`\b(?:wrote|posted|tweeted|shared|said)(?: (?:this|a (?:post|message)|the following))?` +
    String.raw`(?: (?:on|in a post on) (?:X|Twitter|social media|his (?:X|Twitter) (?:account|handle)))?\.$|\btweeted\.$`,
);
/** The first person, as posts are written: "I", "my", "we", "our". */
const FIRST_PERSON = /\b(?:I|my|My|we|We|our|Our)\b/;

const POST_TIME = /^\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?\s*[·•]\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b/;

/**
 * "Taking to X, PM Modi wrote:" followed by the post as its own paragraph,
 * without marks; or "Modi later posted on X." followed by a first-person post.
 */
function introducedPost(paragraphs: readonly string[], p: number): QuoteSpan | null {
  const intro = paragraphs[p]!;
  const post = paragraphs[p + 1];
  // Only a paragraph that ends with a colon or a full stop can introduce a post: the cheap test first.
  const end = intro[intro.length - 1];
  if (!post || (end !== ":" && end !== ".") || OPENERS.has(post[0]!)) return null;
  const colon = end === ":" && /\b(wrote|posted|tweeted|said|stated|shared)\b[^.]*:$/i.test(intro);
  // With a full stop, only a post on a platform, and only text in the first person with no marks of its own.
  const stop =
    !colon && end === "." && POSTED_ON.test(intro.slice(-80)) && FIRST_PERSON.test(post) && !/["“”«»]/.test(post) && wordCount(post) <= 80;
  if ((!colon && !stop) || wordCount(post) < MIN_QUOTE_WORDS) return null;
  return { text: tidyQuote(post), first: p, last: p + 1, before: intro, after: "" };
}

/** Collapses spaces and drops stray marks and the comma that English puts before a closing mark. */
function tidyQuote(text: string): string {
  // Once spaces are collapsed, a plain space is the only white space left: the ends are cut by walking in from each side.
  const collapsed = text.replace(/\s+/g, " ");
  let start = 0;
  let end = collapsed.length;
  while (start < end && STRAY_AT_START.includes(collapsed[start]!)) start++;
  while (end > start && STRAY_AT_END.includes(collapsed[end - 1]!)) end--;
  return collapsed.slice(start, end);
}

const STRAY_AT_START = ' "“”';
const STRAY_AT_END = ' "“”,';

/**
 * Words only, lower case: how two reports of the same quotation are compared.
 * Remembered: quotations are compared pairwise (within an article, then
 * across a call's sources), so each key is asked for many times.
 */
export const quoteKey: (text: string) => string = remembered(
  (text) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  4096,
);

/**
 * The same words quoted twice (a tweet quoted and then embedded) are kept once, the longer version.
 * A short excerpt repeated inside a much longer quotation (a line quoted in the lede, the full
 * remarks further down) is a quotation of its own, as the article gives it twice.
 */
export function dedupeQuotes<T extends { text: string; speaker: string | null }>(quotes: readonly T[]): T[] {
  const kept: T[] = [];
  for (const quote of quotes) {
    const same = kept.findIndex((k) => sameQuotation(k.text, quote.text) && !isExcerptOf(k.text, quote.text));
    if (same < 0) kept.push(quote);
    else if (quoteKey(quote.text).length > quoteKey(kept[same]!.text).length)
      kept[same] = { ...quote, speaker: quote.speaker ?? kept[same]!.speaker };
  }
  return kept;
}

/** Whether one text is a short excerpt (under 60% of the length) of the other, word for word. */
function isExcerptOf(textA: string, textB: string): boolean {
  const [short, long] = [quoteKey(textA), quoteKey(textB)].sort((x, y) => x.length - y.length) as [string, string];
  return long.includes(short) && short.length < 0.6 * long.length;
}

/** Whether two reports are of the same quotation: the same words, one inside the other, or nearly so. */
export function sameQuotation(textA: string, textB: string): boolean {
  const a = quoteKey(textA);
  const b = quoteKey(textB);
  if (a.includes(b) || b.includes(a)) return true;
  const wordsA = wordSetOf(a);
  const wordsB = wordListOf(b);
  const shared = wordsB.filter((w) => wordsA.has(w)).length;
  return shared / Math.max(wordsA.size, wordsB.length) >= 0.85;
}

/** The words of a quotation key, as a set and as a list: each key is compared with many others. */
const wordSetOf = remembered((key: string) => new Set(key.split(" ")), 4096);
const wordListOf = remembered((key: string) => key.split(" "), 4096);

/** The words of a text: runs between white space that hold a letter or a digit. Counted in one walk, with no array of words. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Outside ASCII, the character is read as a whole code point (a surrogate pair is one letter).
    const char = c < 0x80 ? "" : String.fromCodePoint(text.codePointAt(i)!);
    if (char.length === 2) i++;
    if (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : WHITE_SPACE.test(char)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    const lower = c | 0x20;
    if (c < 0x80 ? (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) : LETTER_OR_DIGIT.test(char)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const WHITE_SPACE = /^\s$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const SPEECH_VERB =
  "(?:said|says|added|adds|reported|reports|announced|confirmed|stated|states|wrote|writes|tweeted|posted|noted" +
  "|notes|told|declared|remarked|observed|stressed|emphasised|emphasized|underlined|recalled|explained|continued" +
  "|quoted|reads|read|informed)";

// Attribution patterns, compiled once: after a quote (", said Putin", ", according to TASS", ", the Kremlin said") and before it.
const SAID_THEN_SPEAKER = new RegExp(`^[,.]?\\s*(?:${SPEECH_VERB})\\s+(?<speaker>[^,.;“”"]+)`, "i");
const ACCORDING_TO_AFTER = new RegExp(`^[,.]?\\s*(?:according to|as per)\\s+(?<speaker>[^,.;“”"]+)`, "i");
// '“…,” Dmitry Peskov, the Kremlin spokesman, told reporters': a name with its description between commas.
const NAME_APPOSED_SAID = new RegExp(
  `^[,.]?\\s*(?<speaker>[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+)+),\\s+` +
    `(?:the|a|an|his|her)\\s[^,.;“”"]{2,60},\\s+(?:(?:also|further|later|then)\\s+)?(?:${SPEECH_VERB}|quoted)\\b`,
  "u",
);
const SPEAKER_THEN_SAID = new RegExp(
  `^[,.]?\\s*(?<speaker>[^,.;“”"]{2,80}?)\\s+(?:(?:also|further|later|then)\\s+)?(?:${SPEECH_VERB}|quoted)\\b`,
  "i",
);
const INTRODUCED_BY = new RegExp(
  `^(?<speaker>.*?)\\s+(?:(?:also|further|later|then|had)\\s+)?(?:${SPEECH_VERB}|stating|saying|writing|adding|posting|tweeting)\\b[^“”"]*$`,
  "i",
);

/** "The calls came a day after Putin met Modi …, where Modi": the subject is the last clause's. */
function lastSubject(phrase: string): string {
  const parts = phrase
    .split(/,\s*|\s+\b(?:where|when|while|after|as|because|since|whereas)\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  // "The MEA, in a statement, said": an adverbial aside between commas is not the subject.
  const subjects = parts.filter((part) => !ADVERBIAL.test(part));
  // "Asif denied the charge and said, “…": two verbs of one subject, which stands before the first.
  const final = subjects[subjects.length - 1];
  const last = final?.endsWith(" and") ? final.replace(SUBJECT_OF_COORDINATED, "$<subject>") : final;
  // "Dmitry Peskov, the Kremlin's spokesman, said": the apposition describes the named person.
  const named = subjects[subjects.length - 2];
  if (last && named && APPOSITION.test(last) && PERSONAL_NAME.test(named)) return named;
  return last ?? parts[parts.length - 1] ?? phrase;
}

/** "X denied … and": the subject, then a verb in the past tense, a predicate, and the "and" that joins the verb of saying. */
const SUBJECT_OF_COORDINATED = /^(?<subject>[A-Z][^\s,]*(?:\s+[^\s,]+){0,4}?)\s+(?:also\s+)?[a-z]+(?:ed|ied)\s.*\sand$/;

/** A description set after a name: "the Kremlin spokesman", "a presidential aide". */
const APPOSITION = /^(?:the|a|an|his|her|Russia['’]s|India['’]s)\s/i;
/** Two or more capitalised words, as a person's name is written. */
const PERSONAL_NAME = /^[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+)+$/u;

/** A clause that says where or when something was said, not who said it. */
const ADVERBIAL = new RegExp(
  String.raw`^(?:in|on|at|during|after|before|later|also|however|meanwhile|through|via|for (?:its|his|her|their) part)\b` +
    String.raw`|^(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})?$`,
  "i",
);

const QUOTED_AS = String.raw`\bquoted\s+(?:the\s+)?(?<speaker>[^,.;“”"]+?)\s+as\s+(?:saying|telling|stating|writing|adding)\b`;
const QUOTED_AS_AFTER = new RegExp(QUOTED_AS, "i");
const QUOTING_AFTER = /^[,.]?\s*[^.;“”"]{0,60}?,\s+quoting\s+(?:the\s+)?(?<speaker>[^,.;“”"]+)/i;
const QUOTED_AS_BEFORE = new RegExp(`${QUOTED_AS}[^“”"]*$`, "i");

const HEADLINE_SPEAKER = new RegExp(
  String.raw`^\s*:\s*(?<speaker>(?:(?:PM|President|Prime Minister|Mr)\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)` +
    String.raw`(?=\s+(?:[Tt]o|[Tt]ells|[Dd]ials|[Cc]alls|[Rr]ings|[Pp]hones|[Ss]peaks|[Ss]ays|[Oo]n|[Ii]n|[Aa]fter)\b)`,
  "u",
);

/** "Modi thanked Putin for …:", "The two leaders discussed …": a clause whose verb reports what follows. */
const REPORTING_VERB_BEFORE = new RegExp(
  String.raw`^(?<speaker>.*?)\s+(?:discussed|exchanged|agreed|expressed|noted|called|described|thanked|told|summari[sz]ed` +
    String.raw`|shared|wrote|posted|appreciated|welcomed|praised|hailed|sought|urged|pledged)\b[^“”"]*$`,
  "i",
);

/** The phrase the text attributes a quotation to: after it (", the Kremlin said") or before it ("Modi said, “…"). */
export function attributionPhrase(span: QuoteSpan): string | null {
  if (span.signedBy) return span.signedBy;
  const after = span.after.trim();
  const afterMatch =
    SAID_THEN_SPEAKER.exec(after) ?? ACCORDING_TO_AFTER.exec(after) ?? NAME_APPOSED_SAID.exec(after) ?? SPEAKER_THEN_SAID.exec(after);
  const before = span.before;
  // "quoted Modi as saying", "… as telling Putin": the words are the person's, not the statement's.
  // '“…,” the readout said, quoting Modi': likewise.
  const quotedAs = QUOTED_AS_AFTER.exec(after) ?? QUOTED_AS_BEFORE.exec(before) ?? QUOTING_AFTER.exec(after);
  if (quotedAs) return quotedAs.groups!.speaker!;
  // Before the quote: the clause that introduces it ("In a statement, New Delhi said,", "Modi posted on X:").
  // '“A,” he added, “B”': the words of an earlier quotation in the sentence are not its attribution.
  const clause = (span.before.split(/(?<=[.!?]["”’»]?)\s+/).pop() ?? "").replace(/["“][^"“”]*["”]/g, " ");
  const introduced =
    INTRODUCED_BY.exec(clause) ??
    /\b(?:according to|as per)\s+(?<speaker>[^,“”"]+)/i.exec(clause) ??
    REPORTING_VERB_BEFORE.exec(clause) ??
    /^(?<speaker>[^:“”"]*?)\s*:\s*$/.exec(clause);
  // The words right before the quote say who speaks ("Modi told Putin that “…”"); a speaker named after it
  // counts only when nothing introduces the quote, and not in "…”, and that Putin had explained".
  // After a full stop the next sentence has begun: '…". Modi's office said he called for' attributes something else.
  const afterUsable =
    afterMatch && !/^\s*\./.test(span.after) && !/^(?:that|this|in|on|at|and|but|which|while|as|so)\b/i.test(afterMatch.groups!.speaker!);
  const introducesDirectly =
    introduced &&
    !/^\s*$/.test(clause) &&
    /\b(?:that|:)\s*$|\b(?:said|wrote|posted|tweeted|stated|noted|added|told \w+(?: \w+)?)[,:]?\s*$/i.test(clause);
  if (introduced && (introducesDirectly || !afterUsable)) return lastSubject(introduced.groups!.speaker!.trim().replace(/,$/, ""));
  if (afterUsable) return afterMatch.groups!.speaker!;
  // A headline's '“…”: Modi to Putin' or '“…”: PM Modi dials Putin': the name after the colon.
  if (!before.trim()) return HEADLINE_SPEAKER.exec(span.after)?.groups!.speaker ?? null;
  return null;
}
