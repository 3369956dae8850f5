const ENGLISH_FUNCTION_WORDS = new Set(["the", "and", "of", "to", "in", "a", "is", "was", "with", "on", "for", "that", "said", "by", "as", "at", "his", "he", "it", "from", "an", "two", "has", "had", "were", "their"]);
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
