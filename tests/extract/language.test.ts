import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { countWords, looksEnglish } from "../../src/extract/language.ts";

const FUNCTION_WORDS = new Set([
  "the",
  "and",
  "of",
  "to",
  "in",
  "a",
  "is",
  "was",
  "with",
  "on",
  "for",
  "that",
  "said",
  "by",
  "as",
  "at",
  "his",
  "he",
  "it",
  "from",
  "an",
  "two",
  "has",
  "had",
  "were",
  "their",
]);

/** The test as first written: lower-case the whole text and cut out its words. */
function plainLooksEnglish(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (const char of text) {
    if (!/^\p{L}$/u.test(char)) continue;
    letters++;
    const point = char.codePointAt(0)!;
    if (/^[A-Za-z]$/.test(char) || (point >= 0xc0 && point <= 0x24f)) latin++;
  }
  if (letters === 0 || latin / letters < 0.7) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 40) return true;
  return words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length >= 0.08;
}

// Pieces that lower-case onto a–z from outside ASCII ("İ", the Kelvin sign) are there on purpose.
const piece = fc.constantFrom(
  "the",
  "The",
  "THE",
  "and",
  "İn",
  "İ",
  "\u212A",
  "a",
  "of",
  "their",
  "theirs",
  "said",
  "wİth",
  "x",
  "é",
  "ß",
  "Ωmega",
  "ﬁ",
  "\u0307",
  "日本",
  "😀",
  "1",
  "-",
  "'",
);
const separator = fc.constantFrom(" ", "", "  ", ".", "\n", "İ");

test("words and function words are counted as lower-casing the text and matching /[a-z]+/g counts them", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), separator, (parts, sep) => {
      const text = parts.join(sep);
      const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
      assert.deepEqual(
        countWords(text),
        { words: words.length, common: words.filter((w) => FUNCTION_WORDS.has(w)).length },
        JSON.stringify(text),
      );
    }),
    { numRuns: 5000 },
  );
});

test("the word count gives what lower-casing the whole text and matching its words gives", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 300 }), separator, (parts, sep) => {
      const text = parts.join(sep);
      assert.equal(looksEnglish(text), plainLooksEnglish(text), JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test("English news reads as English; other languages do not", () => {
  const english = (
    "Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday, " +
    "and the two leaders discussed trade, energy and the situation in Ukraine. "
  ).repeat(4);
  assert.equal(looksEnglish(english), true);
  const russianCall = "Премьер-министр Индии Нарендра Моди провёл телефонный разговор";
  assert.equal(looksEnglish(russianCall + " с Президентом России Владимиром Путиным."), false);
});
