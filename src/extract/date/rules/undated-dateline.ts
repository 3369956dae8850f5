import { monthDayBefore } from "../../../dates.ts";
import type { DateRule } from "../context.ts";

/** How many days before a report's dateline a weekday it names can lie ("MOSCOW, May 27 – … on Tuesday"). */
const WEEK = 6;
const YESTERDAY = /\b(?:yesterday|last night)\b/i;

/**
 * A wire dateline with no year ("MOSCOW, May 27 (Agency) –") when the
 * article has no publication date: the call was that day, the day before
 * ("yesterday"), or within the week before (a weekday).
 */
export const undatedDateline: DateRule = {
  name: "dateline-without-year",
  clues({ undatedDateline, published, dateline, textual, callSentences }) {
    if (!undatedDateline || published || dateline) return [];
    const yesterday = !textual.weekday && callSentences.some((sentence) => YESTERDAY.test(sentence));
    const { month, day } = yesterday ? monthDayBefore(undatedDateline.month, undatedDateline.day) : undatedDateline;
    return [{ rule: this.name, evidence: undatedDateline.text, monthDay: { month, day, within: textual.weekday ? WEEK : 0 } }];
  },
};
