import type { CallDate, IsoDate, Warning } from "../types.ts";

/**
 * A call can only have happened between India's independence and today. A
 * date the text gives outside that span (a typo, a date of another kind, a
 * future event) is reported and dropped rather than made into a record; a
 * range is cut to the span.
 */
export function keepWithinSpan(callDate: CallDate, span: { from: IsoDate; to: IsoDate }): { callDate: CallDate; warnings: Warning[] } {
  const { date } = callDate;
  if (date && (date < span.from || date > span.to)) {
    const why = date > span.to ? "is in the future" : `is before ${span.from}`;
    return {
      callDate: { date: null, earliest: null, latest: null, weekday: callDate.weekday, evidence: null },
      warnings: [{ message: `the call date the text gives, ${date}, ${why}; it was ignored` }],
    };
  }
  if (date) return { callDate, warnings: [] };
  const earliest = callDate.earliest && callDate.earliest < span.from ? span.from : callDate.earliest;
  const latest = callDate.latest && callDate.latest > span.to ? span.to : callDate.latest;
  if (earliest && latest && earliest > latest) return { callDate: { ...callDate, earliest: null, latest: null }, warnings: [] };
  return { callDate: { ...callDate, earliest, latest }, warnings: [] };
}
