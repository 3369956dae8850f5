const ENGLISH_FUNCTION_WORDS = new Set(["the", "and", "of", "to", "in", "a", "is", "was", "with", "on", "for", "that", "said", "by", "as", "at", "his", "he", "it", "from", "an", "two", "has", "had", "were", "their"]);

/**
 * Whether a text reads as English: most news English has one function word
 * in every four or five words; other languages (or other scripts) have almost none.
 */
export function looksEnglish(text: string): boolean {
  // Counted on strings, not arrays of single letters: this runs on every article's whole text.
  const letters = text.replace(/\P{L}+/gu, "");
  // A letter outside the Basic Multilingual Plane is two code units but one letter.
  const count = letters.length - letters.replace(/[^\uD800-\uDBFF]+/g, "").length;
  if (count === 0) return false;
  const latin = letters.replace(/[^A-Za-z\u00C0-\u024F]+/g, "").length;
  if (latin / count < 0.7) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 40) return true; // too short to judge by function words
  let common = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) common++;
  return common / words.length >= 0.08;
}
