import { toString } from "mdast-util-to-string";
import { onFirstUse } from "../first-use.ts";
import type { Sentence } from "../types.ts";

const markdownParser = onFirstUse<typeof import("mdast-util-from-markdown")>("mdast-util-from-markdown");

/**
 * Article text as the extractor sees it: paragraphs of plain text with the
 * page furniture that copy-pasting brings along (captions, credits, share
 * prompts, bare links) taken out.
 */
export interface PlainText {
  paragraphs: string[];
  sentences: Sentence[];
  /** Every text line before noise removal: the dateline is looked for there. */
  lines: string[];
}

/** Markdown is reduced to its text so that `**bold**` or `[link](…)` read as words. */
export function paragraphsOf(body: string, format: "markdown" | "text"): string[] {
  if (format === "markdown") {
    const plain = plainMarkdownLines(body);
    if (plain) return plain.map(tidy).filter(Boolean);
    const tree = markdownParser().fromMarkdown(body);
    const blocks: string[] = [];
    for (const node of tree.children) {
      if (node.type === "list") for (const item of node.children) blocks.push(toString(item));
      else if (node.type !== "code" && node.type !== "html" && node.type !== "thematicBreak") blocks.push(toString(node));
    }
    return blocks
      .flatMap((block) => block.split("\n"))
      .map(tidy)
      .filter(Boolean);
  }
  return body.split("\n").map(tidy).filter(Boolean);
}

/**
 * Characters and line starts that give Markdown syntax a meaning: emphasis,
 * code, links, HTML, entities, escapes, lists, quotes, fences, setext
 * underlines, indented code and hard breaks (two trailing spaces).
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&]|^[ \t]+\S|^[-+=~>]|^\d{1,9}[.)]|[ \t]{2,}\n|\t\n/m;
const ATX_HEADING = /^#{1,6}(?:[ \t]+([^#]*?))?[ \t]*$/;

/**
 * The lines of a Markdown text that uses no syntax beyond `#` headings, or
 * null when it does. Parsing such text gives exactly its lines (headings
 * without their marks), so the parser, by far the slowest step for these
 * files, is skipped; anything else goes through it.
 */
export function plainMarkdownLines(body: string): string[] | null {
  if (MARKDOWN_SYNTAX.test(body)) return null;
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.charCodeAt(0) !== 35 /* # */) continue;
    const heading = ATX_HEADING.exec(line);
    // "#hashtag" is text; a heading with a closing or inner "#" is left to the parser.
    if (heading) lines[i] = heading[1] ?? "";
    else if (/^#{1,6}[ \t]/.test(line)) return null;
  }
  return lines;
}

function tidy(line: string): string {
  // Most lines have nothing to replace: test before building new strings.
  if (!UNTIDY.test(line)) return line.trim();
  return line
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

const UNTIDY = /[\u00a0\u2009\u202f\t]| {2}/;

const NOISE_LINE = [
  /^image\s*(source|credit)?\s*:/i,
  /^(photo|picture|file photo|representational image|credit)s?\s*[:|(]/i,
  /^\((photo|image|file)\b[^)]*\)$/i,
  /^(follow us on|also read|read also|read more|watch|subscribe|download the|click here|share this|advertisement$)/i,
  /^https?:\/\/\S+$/i,
  /^pic\.twitter\.com\/\S+$/i,
  /^(updated|published|last updated)\s*:?\s*\w+ \d/i,
];

/** The noise lines as one pattern (each is anchored at the line's start): one test per paragraph instead of seven. */
const ANY_NOISE_LINE = new RegExp(NOISE_LINE.map((re) => `(?:${re.source})`).join("|"), "i");

/** A trailing caption credit glued to a line: "… | Image: AP", "… (Photo: PTI)". */
const TRAILING_CREDIT = /\s*(\|\s*(image|photo|picture)s?\s*(source|credit)?\s*:.*|\((photo|image)\s*:[^)]*\))$/i;

const MAX_CAPTION_WORDS = 40;

export function removeNoise(paragraphs: readonly string[], title?: string): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of paragraphs) {
    // A short line carrying an image credit is a caption, often from another story.
    // A credit starts with "|" or "(": lines with neither are spared both patterns.
    const credited = (raw.includes("|") || raw.includes("(")) && TRAILING_CREDIT.test(raw);
    if (credited && raw.split(/\s+/).length <= MAX_CAPTION_WORDS) continue;
    const paragraph = credited ? raw.replace(TRAILING_CREDIT, "").trim() : raw.trim();
    if (!paragraph || ANY_NOISE_LINE.test(paragraph)) continue;
    const key = paragraph.toLowerCase();
    // A headline repeated as the first body line, or a paragraph pasted twice.
    if (seen.has(key) || (title && key === title.toLowerCase().trim())) continue;
    seen.add(key);
    kept.push(paragraph);
  }
  return kept;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS =
  /\b(Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Lt|Col|Capt|Gov|Sen|Rep|Hon|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|i\.e|e\.g|U\.S|U\.K|[A-Z])\.$/;

/** Splits paragraphs into sentences; a sentence never spans two paragraphs. */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    let start = 0;
    // A capital (Latin or Cyrillic) or a Devanagari letter starts the next one; Hindi ends sentences with the danda (।).
    const boundary = /[.!?…।]["'”’»)]*\s+(?=["'“‘«„(]?[A-Z0-9А-ЯЁ\p{Script=Devanagari}])/gu;
    for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
      // An abbreviation ends the candidate sentence and is at most five characters long: its last
      // ten characters (fewer at the sentence's start) decide, so long sentences are not read again.
      const stop = match.index + 1;
      if (ABBREVIATIONS.test(paragraph.slice(Math.max(start, stop - 10), stop))) continue;
      const end = match.index + match[0].length;
      pushSentence(paragraph.slice(start, end).trim(), index, offset + start);
      start = end;
    }
    pushSentence(paragraph.slice(start).trim(), index, offset + start);
    offset += paragraph.length + 2;
  });
  return sentences;

  function pushSentence(text: string, paragraph: number, start: number) {
    if (text) sentences.push({ text, paragraph, start });
  }
}

export function plainText(body: string, format: "markdown" | "text", title?: string): PlainText {
  const lines = paragraphsOf(body, format);
  const paragraphs = removeNoise(lines, title);
  return { paragraphs, sentences: sentencesOf(paragraphs), lines };
}
