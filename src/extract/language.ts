const ENGLISH_FUNCTION_WORDS = new Set(["the", "and", "of", "to", "in", "a", "is", "was", "with", "on", "for", "that", "said", "by", "as", "at", "his", "he", "it", "from", "an", "two", "has", "had", "were", "their"]);

/**
 * Whether a text reads as English: most news English has one function word
 * in every four or five words; other languages (or other scripts) have almost none.
 */
export function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /[A-Za-z\u00C0-\u024F]/.test(c)).length;
  if (latin / letters.length < 0.7) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 40) return true; // too short to judge by function words
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.08;
}
