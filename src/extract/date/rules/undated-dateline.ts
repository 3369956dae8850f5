import { addDays } from "../../../dates.ts";
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
    let { month, day } = undatedDateline;
    if (!textual.weekday && callSentences.some((sentence) => YESTERDAY.test(sentence))) {
      // A year without 29 February never shifts into it.
      const before = addDays(`2001-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, -1);
      month = Number(before.slice(5, 7));
      day = Number(before.slice(8, 10));
    }
    return [{ rule: this.name, evidence: undatedDateline.text, monthDay: { month, day, within: textual.weekday ? WEEK : 0 } }];
  },
};
