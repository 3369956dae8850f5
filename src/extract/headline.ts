/**
 * A source's headline, when its front matter gives none. Text copied from a
 * web page often starts with page furniture ("Connect with us",
 * "ADVERTISEMENT", "Follow us on", a time stamp, a photo credit, "This
 * Article is From …"): those lines are skipped, and the first line that reads
 * as a headline is taken: short, no final full stop, and about the story (it
 * shares a word with the text below it). When there is none, the first
 * sentence of the story, cut at a word boundary.
 */

/** Lines a page puts around a story: navigation, sharing, advertising, settings, time stamps. */
const FURNITURE = new RegExp(
  [
    /^(connect|follow|find|join)( with)? us\b/,
    /^advertisements?\b/,
    /^(sponsored|promoted)\b/,
    /^(related|recommended|trending|popular|latest|top) (articles?|stories|news|posts?|videos?)\b/,
    /^(also|read) (read|also|more)\b/,
    /^(share|sharing|print|email|comments?)\b/,
    /\bsharing button\b/,
    /^(story|article) continues\b/,
    /^this (article|story|report) is from\b/,
    /^(don[’']t|do not) miss\b/,
    /^(sign up|subscribe|log ?in|sign in|register|newsletter)\b/,
    /^(view|site|page) settings\b/,
    /^(font size|site colou?rs|text size|listen to (this|the) (article|story))\b/,
    /^(skip to|jump to|go to) (main )?(content|navigation)\b/,
    /^(updated|published|posted|last updated|first published)\b/,
    /^by [A-Z]/i,
    /^(image|photo|picture|pic|file photo|file picture|representational image|video)s?\b/,
    // A caption: "(Photo: …)", "(Agency/File)", "(pictured …".
    /\((photo|image|pic|file|pictured)\b/,
    /\([^)]*\b(file|photo|pic|image)s?\)/,
    /^https?:\/\//,
    /^official (web ?site|site|page|portal)\b/,
    // A ticker of other stories: "One story | Another story | A third".
    /\|.*\|/,
  ]
    .map((re) => `(?:${re.source})`)
    .join("|"),
  "i",
);

/** A date or time on its own ("Friday, June 21, 2024", "July 27, 2024 10:42 (IST)", "National | March 19, 2018"). */
const DATE_LINE = new RegExp(
  String.raw`^(?:[A-Za-z]+\s*\|\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+)?` +
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\b`,
  "i",
);

/** An agency dateline on its own line: "New Delhi, December 16", "MOSCOW, Jan 7". */
const DATELINE_ONLY =
  /^[A-Z][\p{L} .'’-]{1,30}(?:\[[^\]]*\])?,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b[^.]{0,12}$/iu;

/**
 * A dateline at the start of a story, with the agency or outlet it credits:
 * "Kolkata, March 4 (Example Wire):", "LONDON (Wire Service) –", "Pune:".
 * `credit` is the text in brackets, when there is one.
 */
export const LEADING_DATELINE = new RegExp(
  String.raw`^(?<place>[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3})(?:\s*\[[^\]]{1,30}\])?` +
    String.raw`(?:,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}` +
    String.raw`|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:,?\s+\d{4})?)?\s*` +
    String.raw`(?:\((?<credit>[^()]{2,40})\))?\s*(?::|\s[–—-])\s+`,
  "iu",
);

/** Short, common words that say nothing about a story. */
const STOP_WORDS = new Set(
  (
    "about after also amid and are been before being between but can could does during for from had has have her " +
    "his into its more not now off once one only other our out over said says she some than that the their them " +
    "then there these they this those through under until upon very was were what when where which while who will " +
    "with would your"
  ).split(" "),
);

/** The longest a headline runs, in words; a longer line is story text. */
const MAX_HEADLINE_WORDS = 22;
/** A fallback headline is cut to at most this many characters, at a word boundary. */
const MAX_FALLBACK_CHARS = 110;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

/** Whether a line is page furniture rather than part of the story. */
export function isFurniture(line: string): boolean {
  // Furniture is short: its start is enough to tell (and a story paragraph is not read to its end).
  const text = line.length > 200 ? line.slice(0, 200).trim() : line.trim();
  if (!/[a-z]/i.test(text)) return true;
  // A label or a button: "World", "Image", "31.1 C", "• search".
  if (words(text).filter((w) => /[a-z]{2}/i.test(w)).length < 3) return true;
  // "Follow us:", "Font size:".
  if (/:$/.test(text)) return true;
  // All capitals and short: "ADVERTISEMENT", "LIVE UPDATES".
  if (text === text.toUpperCase() && words(text).length <= 4) return true;
  return FURNITURE.test(text) || DATE_LINE.test(text) || DATELINE_ONLY.test(text);
}

function contentWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []) if (!STOP_WORDS.has(w)) found.add(w.replace(/['’]s$/, ""));
  return found;
}

/** How much of the text below a line is read to tell whether the line is about it: the lede. */
const ABOUT_WINDOW = 1500;

/** Whether a line reads as a headline of the text that follows it. */
export function readsAsHeadline(line: string, rest: string): boolean {
  const text = line.trim();
  const count = words(text).length;
  if (count < 3 || count > MAX_HEADLINE_WORDS) return false;
  // A sentence of the story ends with a full stop; a headline does not (an abbreviation's stop aside).
  if (/[.:;,]$/.test(text) && !/\b[A-Z][a-z]{0,3}\.$/.test(text)) return false;
  if (isFurniture(text)) return false;
  const later = rest.slice(0, ABOUT_WINDOW).toLowerCase();
  for (const w of contentWords(text)) if (startsAWord(later, w)) return true;
  return false;
}

/** Whether `word` occurs in `text` at the start of a word. */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  }
  return false;
}

/** Words whose full stop does not end a sentence: "Mr. Modi", "St. Petersburg". */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Lt|Col|Capt|Hon|No|Shri|Smt|[A-Z])$/;

/** The first sentence of a paragraph, without a leading dateline, cut at a word boundary when long. */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim().replace(LEADING_DATELINE, "");
  let end = -1;
  for (const match of text.matchAll(/[.!?](?=\s+["'“‘(]?[A-Z0-9])/g)) {
    if (match[0] === "." && ABBREVIATION.test(text.slice(0, match.index))) continue;
    end = match.index;
    break;
  }
  const sentence = end > 0 ? text.slice(0, end + 1) : text;
  if (sentence.length <= MAX_FALLBACK_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_FALLBACK_CHARS + 1);
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_FALLBACK_CHARS)).replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * The headline of a source from its paragraphs (noise already removed by
 * `plainText`): the first that reads as one, before the story starts; else
 * the story's first sentence; else `fallback` (the file name).
 */
export function headlineOf(paragraphs: readonly string[], fallback: string): string {
  let firstText: string | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (readsAsHeadline(paragraph, below(paragraphs, i))) return paragraph.trim();
    if (isFurniture(paragraph)) continue;
    firstText ??= paragraph;
    // The story has started: a headline comes before it.
    if (isStoryText(paragraph)) return firstSentence(paragraph);
  }
  return firstText ? firstSentence(firstText) : fallback;
}

/** The start of the text after paragraph `i`: enough for `readsAsHeadline`. */
function below(paragraphs: readonly string[], i: number): string {
  let text = "";
  for (let j = i + 1; j < paragraphs.length && text.length < ABOUT_WINDOW; j++) text += `${paragraphs[j]}\n`;
  return text;
}

/** A paragraph of the story: long, or a sentence that ends. */
function isStoryText(paragraph: string): boolean {
  const count = words(paragraph).length;
  return count > MAX_HEADLINE_WORDS || (count >= 8 && /[.!?]["”’)]*$/.test(paragraph.trim()));
}
