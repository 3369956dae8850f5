import type { DateRule } from "../context.ts";

/** "on Monday (March 7)" with no year: that day and month, in whichever year the other clues allow. */
export const monthDayWithoutYear: DateRule = {
  name: "month-day-without-year",
  clues({ monthDays }) {
    return monthDays.slice(0, 1).map((found) => ({
      rule: this.name,
      evidence: found.evidence,
      monthDay: { month: found.month, day: found.day, within: 0 },
      ...(found.weekday ? { weekday: found.weekday } : {}),
    }));
  },
};
