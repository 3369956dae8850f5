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
    if (!LETTER.test(String.fromCodePoint(point))) continue;
    count++;
    if (point >= 0xc0 && point <= 0x24f) latin++;
  }
  return { count, latin };
}

/**
 * The words of the lower-cased text, as `/[a-z]+/g` finds them there, and
 * how many are function words; counted in place rather than lower-casing
 * the whole text and cutting out every word. Two non-ASCII characters
 * lower-case to a–z: the Kelvin sign to "k", and "İ" to "i" followed by a
 * combining dot, which ends the word.
 */
export function countWords(text: string): { words: number; common: number } {
  let words = 0;
  let common = 0;
  let word = "";
  let length = 0;
  const endWord = () => {
    if (!length) return;
    words++;
    if (length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word)) common++;
    word = "";
    length = 0;
  };
  const addLetter = (letter: string) => {
    length++;
    if (length <= LONGEST_FUNCTION_WORD) word += letter;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (c < 0x80 && lower >= 0x61 && lower <= 0x7a) addLetter(String.fromCharCode(lower));
    else if (c === KELVIN_SIGN) addLetter("k");
    else if (c === CAPITAL_I_WITH_DOT) {
      addLetter("i");
      endWord();
    } else endWord();
  }
  endWord();
  return { words, common };
}

const KELVIN_SIGN = 0x212a;
const CAPITAL_I_WITH_DOT = 0x130;
