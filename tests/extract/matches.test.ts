import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { allMatches } from "../../src/extract/matches.ts";

const PATTERNS = [/a+/g, /(?=a)/g, /x*/gu, /(?<name>b)|$/g, /\p{L}?/gu, /(?:)/g, /a|(?=😀)/gu];

test("allMatches gives what matchAll gives, empty matches and astral characters included", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...PATTERNS),
      fc.array(fc.constantFrom("a", "b", "x", " ", "😀", "\ud83d", "é"), { maxLength: 12 }),
      (pattern, parts) => {
        const text = parts.join("");
        const expected = [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0], groups: m.groups }));
        assert.deepEqual(
          allMatches(pattern, text).map((m) => ({ index: m.index, text: m[0], groups: m.groups })),
          expected,
          JSON.stringify(text),
        );
        assert.equal(pattern.lastIndex, 0);
      },
    ),
    { numRuns: 3000 },
  );
});

test("allMatches refuses an expression without the global flag, as matchAll does", () => {
  assert.throws(() => allMatches(/a/, "a"), TypeError);
});
