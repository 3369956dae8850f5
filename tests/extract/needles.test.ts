import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { NeedleIndex } from "../../src/extract/needles.ts";

/** A small alphabet, so that needles overlap, nest and repeat in the texts. */
const piece = fc.stringMatching(/^[abAB\- .’]{0,6}$/);

test("a needle scan finds exactly the needles `includes` finds, nested and overlapping ones too", () => {
  fc.assert(
    fc.property(fc.array(fc.record({ needle: piece, caseSensitive: fc.boolean() }), { maxLength: 12 }), fc.array(piece, { maxLength: 8 }), (needles, parts) => {
      const text = parts.join("");
      const lower = text.toLowerCase();
      const index = new NeedleIndex();
      const ids = needles.map(({ needle, caseSensitive }) => index.add(caseSensitive ? needle : needle.toLowerCase(), caseSensitive));
      const { present, stamp } = index.scan(text, lower);
      needles.forEach(({ needle, caseSensitive }, i) => {
        const expected = caseSensitive ? text.includes(needle) : lower.includes(needle.toLowerCase());
        assert.equal(present[ids[i]!] === stamp, expected, JSON.stringify({ needle, caseSensitive, text }));
      });
      const anyExpected = needles.some(({ needle, caseSensitive }) => caseSensitive && text.includes(needle));
      assert.equal(index.anyIn(text), anyExpected);
    }),
    { numRuns: 2000 },
  );
});

test("a scan stays valid until the next one", () => {
  const index = new NeedleIndex();
  const trade = index.add("trade", false);
  const first = index.scan("Trade talks", "trade talks");
  assert.equal(first.present[trade], first.stamp);
  assert.ok(index.holds(first));
  const second = index.scan("Oil", "oil");
  assert.ok(!index.holds(first));
  assert.notEqual(second.present[trade], second.stamp);
});
