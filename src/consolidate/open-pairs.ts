import type { Article, IsoDate } from "../types.ts";
import { addDays, daysBetween, maxDate, minDate } from "../dates.ts";
import { appendTo, callId } from "./call-index.ts";
import type { Placing } from "./placements.ts";
import { fitsOpenDate } from "./soft-dates.ts";

/** Ranges longer than this are not walked for a common day: they settle nothing. */
const MAX_COMMON_RANGE_DAYS = 1500;

/**
 * Reports of one call that no dated source covers: two reports of the same
 * leaders whose texts both leave the day open ("last night" with no
 * publication date; "on Thursday" bounded only by an event) are one call when
 * they clearly match each other in content and exactly one day fits both
 * their date clues. Returns the articles so placed.
 */
export function pinOpenPairs(
  groups: Map<string, Article[]>,
  open: readonly Article[],
  { leadersKey, countryOrder, content, placements }: Placing,
): Set<Article> {
  const placed = new Set<Article>();
  const byLeaders = new Map<string, Article[]>();
  for (const article of open) appendTo(byLeaders, leadersKey(article.participants), article);
  for (const reports of byLeaders.values()) {
    for (const article of reports) {
      if (placed.has(article)) continue;
      const choices: { id: string; members: Article[]; day: IsoDate }[] = [];
      for (const other of reports) {
        if (other === article || placed.has(other)) continue;
        const day = onlyCommonDay(article, other);
        if (day) choices.push({ id: other.file, members: [other], day });
      }
      const best = choices.length ? content.bestCall(article, choices) : null;
      const choice = best && choices.find((c) => c.id === best.id);
      if (!choice) continue;
      const id = callId(choice.day, article.participants, countryOrder);
      const other = choice.members[0]!;
      appendTo(groups, id, article);
      groups.get(id)!.push(other);
      placed.add(article).add(other);
      const why = `neither text gives the call date; it ${best.why}, and ${choice.day} is the one day that fits both their date clues`;
      placements.note(article, `placed on ${id} with ${other.file}: ${why}`);
      placements.note(other, `placed on ${id} with ${article.file}: ${why}`);
    }
  }
  return placed;
}

/** The one day both articles' date clues allow; null when none, several, or a range too open to walk. */
function onlyCommonDay(a: Article, b: Article): IsoDate | null {
  const from = maxDate(a.callDate.earliest, b.callDate.earliest);
  const to = minDate(a.callDate.latest, b.callDate.latest);
  if (!from || !to || from > to || daysBetween(from, to) > MAX_COMMON_RANGE_DAYS) return null;
  let found: IsoDate | null = null;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!fitsOpenDate(a, day) || !fitsOpenDate(b, day)) continue;
    if (found) return null;
    found = day;
  }
  return found;
}
