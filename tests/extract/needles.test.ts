import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { NeedleIndex } from "../../src/extract/needles.ts";

/** A small alphabet, so that needles overlap, nest and repeat in the texts. */
const piece = fc.stringMatching(/^[abAB\- .’]{0,6}$/);

test("a needle scan finds exactly the needles `includes` finds, nested and overlapping ones too", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ needle: piece, caseSensitive: fc.boolean() }), { maxLength: 12 }),
      fc.array(piece, { maxLength: 8 }),
      (needles, parts) => {
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
      },
    ),
    { numRuns: 2000 },
  );
});

test("at word starts, a needle counts only where the regular expression (?<!\\w) would let it start", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ needle: piece, caseSensitive: fc.boolean() }), { maxLength: 12 }),
      fc.array(fc.stringMatching(/^[abAB_1\- .’é]{0,6}$/), { maxLength: 8 }),
      (needles, parts) => {
        const text = parts.join("");
        const lower = text.toLowerCase();
        const index = new NeedleIndex({ atWordStarts: true });
        const ids = needles.map(({ needle, caseSensitive }) => index.add(caseSensitive ? needle : needle.toLowerCase(), caseSensitive));
        const { present, stamp } = index.scan(text, lower);
        needles.forEach(({ needle, caseSensitive }, i) => {
          const escaped = (caseSensitive ? needle : needle.toLowerCase()).replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
          const expected = new RegExp(`(?<!\\w)${escaped}`).test(caseSensitive ? text : lower);
          assert.equal(present[ids[i]!] === stamp, expected, JSON.stringify({ needle, caseSensitive, text }));
        });
      },
    ),
    { numRuns: 2000 },
  );
  const index = new NeedleIndex({ atWordStarts: true });
  const trade = index.add("trade", false);
  const inside = index.scan("Untraded goods", "untraded goods");
  assert.notEqual(inside.present[trade], inside.stamp, "inside a word it does not count");
  const afterHyphen = index.scan("Free-trade talks", "free-trade talks");
  assert.equal(afterHyphen.present[trade], afterHyphen.stamp, "after a hyphen it does");
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
