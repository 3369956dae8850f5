const ENGLISH_FUNCTION_WORDS = new Set(["the", "and", "of", "to", "in", "a", "is", "was", "with", "on", "for", "that", "said", "by", "as", "at", "his", "he", "it", "from", "an", "two", "has", "had", "were", "their"]);

/**
 * Whether a text reads as English: most news English has one function word
 * in every four or five words; other languages (or other scripts) have almost none.
 */
export function looksEnglish(text: string): boolean {
  const { count, latin } = countLetters(text);
  if (count === 0) return false;
  if (latin / count < 0.7) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 40) return true; // too short to judge by function words
  let common = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) common++;
  return common / words.length >= 0.08;
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
