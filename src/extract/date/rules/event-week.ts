import { addDays, weekdayOf } from "../../../dates.ts";
import { WEEKDAYS, weekdayName } from "../../vocabulary.ts";
import type { DayClue } from "../day-set.ts";
import type { DateRule } from "../context.ts";
import { eventMentions } from "../event-mentions.ts";

/** "on Tuesday", "on Tuesday morning", "Tuesday's": a bare weekday, which news copy uses only for the past week. */
const BARE_WEEKDAY = new RegExp(`\\b(?:on|since|late on|early on)\\s+(${WEEKDAYS.join("|")})\\b|\\b(${WEEKDAYS.join("|")})['’]s\\b`, "gi");
/** Such a weekday is at most six days back from the writing, and a report is about a call at most a week old. */
const WEEK = 6;

/**
 * An event from the context data that the text dates by a bare weekday ("the
 * strikes on Tuesday"), when that is the event's own weekday: the text was
 * written within the week after the event, and the call it reports came in
 * the week before that. Weak, as a sentence may name two things.
 */
export const eventWeek: DateRule = {
  name: "event-week",
  clues({ sentences, reference }) {
    const clues: DayClue[] = [];
    for (const event of reference.context.events) {
      const weekday = weekdayOf(event.date);
      const mention = eventMentions(sentences, event).find(({ sentence }) => bareWeekdays(sentence).includes(weekday));
      if (!mention) continue;
      const evidence = `${event.name} (${event.date}, a ${weekdayName(weekday)}) is dated "on ${weekdayName(weekday)}": ${mention.sentence}`;
      clues.push({ rule: this.name, evidence, from: addDays(event.date, -WEEK - 1), to: addDays(event.date, WEEK), weak: true });
    }
    return clues;
  },
};

/** The weekdays (1 = Monday) a sentence names bare. */
function bareWeekdays(sentence: string): number[] {
  return [...sentence.matchAll(BARE_WEEKDAY)].map((m) => WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase()) + 1);
}
