import type { Article, IsoDate, Participant } from "../types.ts";
import { addDays, weekdayOf } from "../dates.ts";
import { SOFT_WEEKDAY_RULE } from "../extract/call-date.ts";
import { appendTo, callId, callsInRange, indexCallsByLeaders } from "./call-index.ts";
import type { Placing } from "./placements.ts";

/**
 * Soft dates: a date kept on an article but open to a report of the same call
 * that pins the day (a weekday counted back from a date line that may be
 * late, "today" under such a line, a report with no time in it). Here they
 * give way to firmly dated calls they match, and pin each other.
 */

/** A date counted back to a weekday from a date line, which may be a later crawl date: the range before it stays open. */
export const isSoft = (article: Article) =>
  article.callDate.date !== null && article.callDate.earliest !== null && article.callDate.earliest < article.callDate.date;

/**
 * A call known only from articles dated by counting back to a weekday joins
 * the one firmly dated call of the same leaders on that weekday in the month
 * before: the date line was a crawl date. With none, or several, it stays.
 */
export function moveSoftDated(groups: Map<string, Article[]>, { leadersKey, content, placements }: Placing): void {
  const soft = [...groups].filter(([, members]) => members.every(isSoft));
  if (!soft.length) return;
  const firm = new Map([...groups].filter(([, members]) => members.some((m) => !isSoft(m))));
  const firmByLeaders = indexCallsByLeaders(firm, (members) => leadersKey(members[0]!.participants));
  for (const [id, members] of soft) {
    const { date, earliest } = members[0]!.callDate;
    const allowed = new Set(groupSoftDays(members));
    const candidates = callsInRange(firmByLeaders.get(leadersKey(members[0]!.participants)), earliest, date).filter(
      (call) => call.date < date! && allowed.has(call.date),
    );
    // The soft date gives way only to a content match: where calls are frequent, a firm call on the same
    // weekday a week or two earlier is often another call. "Today" under a date line is seldom wrong, so
    // moving it a day takes a strong match.
    const strong = members.some((m) => m.callDate.rule !== SOFT_WEEKDAY_RULE);
    const byContent = candidates.length
      ? content.bestCall(
          members,
          candidates.map((c) => ({ id: c.id, members: groups.get(c.id)! })),
          { strong },
        )
      : null;
    if (!byContent) continue;
    const targetId = byContent.id;
    for (const member of members) {
      placements.note(
        member,
        `placed with ${targetId}, the firmly dated call on that weekday before the date line that it ${byContent.why}`,
      );
      groups.get(targetId)!.push(member);
    }
    groups.delete(id);
  }
}

/**
 * Reports whose day is uncertain pin each other. A call dated only softly (a
 * report filed the day after, taken as the day of the call; a weekday counted
 * back from a late date line) and another soft call or an open-dated report:
 * when they clearly match in content and exactly one day fits both, the call
 * is on that day. Returns the open articles so placed.
 */
export function pinSoftCalls(
  groups: Map<string, Article[]>,
  open: readonly Article[],
  { leadersKey, countryOrder, content, placements }: Placing,
): { placed: Set<Article>; renamed: Map<string, string> } {
  const placed = new Set<Article>();
  const renamed = new Map<string, string>();
  const index = new SoftCallIndex(groups, leadersKey);
  const pin = (
    subject: readonly Article[],
    from: IsoDate | null,
    to: IsoDate | null,
    fits: (day: IsoDate) => boolean,
    own: string | null,
  ): boolean => {
    const choices: { id: string; members: Article[]; day: IsoDate }[] = [];
    for (const soft of index.overlapping(leadersKey(subject[0]!.participants), from, to)) {
      if (soft.id === own) continue;
      const days = soft.days.filter(fits);
      if (days.length === 1) choices.push({ id: soft.id, members: groups.get(soft.id)!, day: days[0]! });
    }
    const best = choices.length ? content.bestCall(subject, choices) : null;
    const choice = best && choices.find((c) => c.id === best.id);
    if (!choice) return false;
    const id = callId(choice.day, choice.members[0]!.participants, countryOrder);
    index.settle(choice.id);
    groups.delete(choice.id);
    if (own) {
      index.settle(own);
      groups.delete(own);
    }
    groups.set(id, [...(groups.get(id) ?? []), ...choice.members, ...subject]);
    for (const [old, now] of renamed) if (now === choice.id || now === own) renamed.set(old, id);
    if (choice.id !== id) renamed.set(choice.id, id);
    if (own && own !== id) renamed.set(own, id);
    for (const article of subject)
      placements.note(
        article,
        `placed with ${id}: it ${best.why}, and ${choice.day} is the one day that fits both its date clues and theirs`,
      );
    if (id !== choice.id)
      for (const member of choice.members)
        placements.note(member, `dated ${choice.day}, not ${choice.id.slice(0, 10)}: a report of the same call pins the day`);
    return true;
  };
  for (const article of open) {
    if (pin([article], article.callDate.earliest, article.callDate.latest, (day) => fitsOpenDate(article, day), null)) placed.add(article);
  }
  // Two soft calls: each is tried once against the others whose windows overlap its own.
  for (const soft of index.all()) {
    if (!index.isOpen(soft.id)) continue;
    const own = new Set(soft.days);
    pin(groups.get(soft.id)!, soft.days[0]!, soft.days[soft.days.length - 1]!, (day) => own.has(day), soft.id);
  }
  return { placed, renamed };
}

/** The softly dated calls of each pair of leaders, by date, so that a report finds those near its own dates without a scan of all. */
class SoftCallIndex {
  private byLeaders = new Map<string, { id: string; date: IsoDate; days: IsoDate[] }[]>();
  private settled = new Set<string>();

  constructor(groups: ReadonlyMap<string, Article[]>, leadersKey: (participants: readonly Participant[]) => string) {
    for (const [id, members] of groups) {
      if (!members.every(isSoft)) continue;
      appendTo(this.byLeaders, leadersKey(members[0]!.participants), {
        id,
        date: members[0]!.callDate.date!,
        days: groupSoftDays(members),
      });
    }
    for (const list of this.byLeaders.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** Unsettled soft calls of these leaders whose window can hold a day in [from, to]: windows end on their date and span at most a month. */
  *overlapping(leaders: string, from: IsoDate | null, to: IsoDate | null): Generator<{ id: string; days: IsoDate[] }> {
    const list = this.byLeaders.get(leaders) ?? [];
    const start = from ? lowerBound(list, from) : 0;
    const until = to ? addDays(to, SOFT_WINDOW_DAYS) : null;
    for (let i = start; i < list.length && (!until || list[i]!.date <= until); i++) {
      if (!this.settled.has(list[i]!.id)) yield list[i]!;
    }
  }

  all(): { id: string; days: IsoDate[] }[] {
    return [...this.byLeaders.values()].flat();
  }

  isOpen(id: string): boolean {
    return !this.settled.has(id);
  }

  /** A soft call that has been pinned (or merged away) is not offered again. */
  settle(id: string): void {
    this.settled.add(id);
  }
}

/** The longest window a soft date leaves before itself (a weekday counted back across a month). */
const SOFT_WINDOW_DAYS = 32;

function lowerBound(list: readonly { date: IsoDate }[], date: IsoDate): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.date < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The days a soft date leaves: the window before it, on its weekday when the weekday is what the text gave. */
/** The days every member's soft date allows: "yesterday" under one date line and "on Monday" under another narrow each other. */
function groupSoftDays(members: readonly Article[]): IsoDate[] {
  let days = softDays(members[0]!.callDate);
  for (const member of members.slice(1)) {
    const theirs = new Set(softDays(member.callDate));
    days = days.filter((day) => theirs.has(day));
  }
  return days;
}

function softDays(callDate: Article["callDate"]): IsoDate[] {
  const days = daysBetweenInclusive(callDate.earliest!, callDate.date!);
  return callDate.rule === SOFT_WEEKDAY_RULE ? days.filter((day) => weekdayOf(day) === weekdayOf(callDate.date!)) : days;
}

/** Whether a day fits an open-dated article's range, weekday and candidate days. */
export function fitsOpenDate(article: Article, day: IsoDate): boolean {
  const { earliest, latest, weekday, candidates } = article.callDate;
  return (
    (!earliest || day >= earliest) &&
    (!latest || day <= latest) &&
    (weekday === null || weekdayOf(day) === weekday) &&
    (!candidates || candidates.includes(day))
  );
}

function daysBetweenInclusive(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
