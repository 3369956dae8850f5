import assert from "node:assert/strict";
import { test } from "node:test";
import { keepWithinSpan } from "../../src/extract/date-span.ts";

const span = { from: "1947-08-15", to: "2026-11-22" };
const resolved = (date: string) => ({ date, earliest: date, latest: date, weekday: null, evidence: "…" });

test("a call date inside the span is kept as it is", () => {
  assert.deepEqual(keepWithinSpan(resolved("2021-12-20"), span), { callDate: resolved("2021-12-20"), warnings: [] });
});

test("a call date in the future or before independence is dropped, with a message", () => {
  for (const [date, why] of [
    ["2099-03-03", /in the future/],
    ["1932-03-03", /before 1947-08-15/],
  ] as const) {
    const { callDate, warnings } = keepWithinSpan(resolved(date), span);
    assert.equal(callDate.date, null);
    assert.equal(callDate.earliest, null);
    assert.match(warnings[0]!.message, why);
  }
});

test("a range is cut to the span, and one wholly outside it is dropped", () => {
  const range = (earliest: string | null, latest: string | null) => ({ date: null, earliest, latest, weekday: 1, evidence: null });
  assert.deepEqual(keepWithinSpan(range("2026-11-01", "2027-01-31"), span).callDate, range("2026-11-01", "2026-11-22"));
  assert.deepEqual(keepWithinSpan(range("1930-01-01", "1950-01-01"), span).callDate, range("1947-08-15", "1950-01-01"));
  assert.deepEqual(keepWithinSpan(range("2030-01-01", "2031-01-01"), span).callDate, range(null, null));
});
