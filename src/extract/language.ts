import { ENGLISH_FUNCTION_WORDS as FUNCTION_WORDS } from "./vocabulary.ts";

/** From `content/data/languages/en.yaml`, as words of a–z letters (the loop below counts only those). */
const ENGLISH_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)));
/** No function word is longer: longer words are counted without being cut out of the text. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * Whether a text reads as English: most news English has one function word
 * in every four or five words; other languages (or other scripts) have almost none.
 */
export function looksEnglish(text: string): boolean {
  const { count, latin } = countLetters(text);
  if (count === 0) return false;
  if (latin / count < 0.7) return false;
  const { words, common } = countWords(text);
  if (words < 40) return true; // too short to judge by function words
  return common / words >= 0.08;
}

const LETTER = /^\p{L}$/u;
const LETTERS = new Map<number, boolean>();

/** Whether a code point outside ASCII is a letter: asked of the same few (quotation marks, dashes) in every article. */
function isLetter(point: number): boolean {
  let letter = LETTERS.get(point);
  if (letter === undefined) {
    letter = LETTER.test(String.fromCodePoint(point));
    // A text in another script brings many letters; the table is bounded all the same.
    if (LETTERS.size >= 4096) LETTERS.clear();
    LETTERS.set(point, letter);
  }
  return letter;
}

/**
 * Letters (code points), and among them Latin ones (A–Z, À–ɏ). A loop over
 * character codes, with the Unicode test only outside ASCII: this runs on
 * every article's whole text.
 */
function countLetters(text: string): { count: number; latin: number } {
  let count = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        count++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (!isLetter(point)) continue;
    count++;
    if (point >= 0xc0 && point <= 0x24f) latin++;
  }
  return { count, latin };
}

/**
 * The words of the lower-cased text, as `/[a-z]+/g` finds them there, and
 * how many are function words; counted in place rather than lower-casing
 * the whole text and cutting out every word. A word of up to five letters
 * is kept as a number (five bits a letter), so no string is made. Two
 * non-ASCII characters lower-case to a–z: the Kelvin sign to "k", and "İ"
 * to "i" followed by a combining dot, which ends the word.
 */
export function countWords(text: string): { words: number; common: number } {
  let words = 0;
  let common = 0;
  let code = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const lower = c | 0x20;
    const letter = c < 0x80 && lower >= 0x61 && lower <= 0x7a ? lower : c === KELVIN_SIGN ? 0x6b : c === CAPITAL_I_WITH_DOT ? 0x69 : 0;
    if (letter) {
      length++;
      if (length <= LONGEST_FUNCTION_WORD) code = code * 32 + (letter - 0x60);
      // "İ" lower-cases to "i" and a combining dot, which ends the word.
      if (c !== CAPITAL_I_WITH_DOT) continue;
    }
    if (length) {
      words++;
      if (length <= LONGEST_FUNCTION_WORD && FUNCTION_WORD_CODES.has(code)) common++;
    }
    code = 0;
    length = 0;
  }
  return { words, common };
}

/** A word of a–z letters as a number: five bits a letter, "a" = 1. */
function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + (word.charCodeAt(i) - 0x60);
  return code;
}

const FUNCTION_WORD_CODES = new Set([...ENGLISH_FUNCTION_WORDS].map(wordCode));
const KELVIN_SIGN = 0x212a;
const CAPITAL_I_WITH_DOT = 0x130;

/** The language an article is in, as far as the extractor can tell, and whether it has the words to read it. */
export interface DetectedLanguage {
  /** ISO 639-1; null when not even the script says which language it is (a Latin-script text that is not English). */
  code: string | null;
  /** A language file (`content/data/languages/`) can read it. */
  supported: boolean;
}

/** A script's letters, and the language a script names when it is written by one language only. */
const SCRIPT_RANGES: readonly { script: string; from: number; to: number; only?: string }[] = [
  { script: "cyrillic", from: 0x400, to: 0x52f },
  { script: "devanagari", from: 0x900, to: 0x97f },
  { script: "bengali", from: 0x980, to: 0x9ff, only: "bn" },
  { script: "gurmukhi", from: 0xa00, to: 0xa7f, only: "pa" },
  { script: "gujarati", from: 0xa80, to: 0xaff, only: "gu" },
  { script: "oriya", from: 0xb00, to: 0xb7f, only: "or" },
  { script: "tamil", from: 0xb80, to: 0xbff, only: "ta" },
  { script: "telugu", from: 0xc00, to: 0xc7f, only: "te" },
  { script: "kannada", from: 0xc80, to: 0xcff, only: "kn" },
  { script: "malayalam", from: 0xd00, to: 0xd7f, only: "ml" },
];

/** A language's function words are this share of its words, at least, in news copy (English's is 0.08). */
const FUNCTION_WORD_SHARE = 0.08;

/**
 * Which language a text is in: English by its function words, as before (a
 * cheap loop, so English articles pay almost nothing more); otherwise the
 * script most of its letters are in, then, among the languages with a file
 * in that script, the one whose function words fill the text. A text in a
 * language without a file is not read: kept and flagged.
 */
export function detectLanguage(
  text: string,
  languages: Readonly<Record<string, { script: string; functionWords: readonly string[]; foreignLetters?: string }>>,
): DetectedLanguage {
  if (looksEnglish(text)) return { code: "en", supported: true };
  const script = dominantScript(text);
  if (!script) return { code: null, supported: false };
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  let best: { code: string; share: number } | null = null;
  for (const [code, language] of Object.entries(languages)) {
    if (language.script !== script || code === "en") continue;
    if (language.foreignLetters && foreignShare(text, language.foreignLetters) > FOREIGN_LETTER_SHARE) continue;
    const common = new Set(language.functionWords.map((w) => w.toLowerCase()));
    const share = words.length ? words.filter((w) => common.has(w)).length / words.length : 0;
    if (share >= FUNCTION_WORD_SHARE && (!best || share > best.share)) best = { code, share };
  }
  if (best) return { code: best.code, supported: true };
  return { code: SCRIPT_RANGES.find((r) => r.script === script)?.only ?? null, supported: false };
}

/** A text with more than this share of letters its language never writes is in another language. */
const FOREIGN_LETTER_SHARE = 0.005;

function foreignShare(text: string, letters: string): number {
  const foreign = new Set(letters.toLowerCase());
  let count = 0;
  let all = 0;
  for (const ch of text.toLowerCase()) {
    if (/\p{L}/u.test(ch)) all++;
    if (foreign.has(ch)) count++;
  }
  return all ? count / all : 0;
}

/** The script of most of the text's letters: latin, one of {@link SCRIPT_RANGES}, or null when none has half. */
function dominantScript(text: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++;
        counts.set("latin", (counts.get("latin") ?? 0) + 1);
      }
      continue;
    }
    const range = SCRIPT_RANGES.find((r) => c >= r.from && c <= r.to);
    const script = range?.script ?? (c >= 0xc0 && c <= 0x24f ? "latin" : null);
    if (!script) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const [script, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return script && count / letters >= 0.5 ? script : null;
}
