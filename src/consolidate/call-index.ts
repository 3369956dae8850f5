import type { Article, IsoDate, Participant } from "../types.ts";

export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A dated call in the per-leaders index; `order` keeps the order calls were first seen in. */
export interface IndexedCall {
  id: string;
  date: IsoDate;
  order: number;
}

/** Calls of each pair of leaders, sorted by date, so an undated article's range is found by binary search. */
export function indexCallsByLeaders(
  groups: ReadonlyMap<string, Article[]>,
  keyOf: (members: Article[]) => string,
): Map<string, IndexedCall[]> {
  const index = new Map<string, IndexedCall[]>();
  let order = 0;
  for (const [id, members] of groups) appendTo(index, keyOf(members), { id, date: members[0]!.callDate.date!, order: order++ });
  for (const list of index.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return index;
}

/** The calls dated within [earliest, latest] (open ends allowed), in the order they were first seen. */
export function callsInRange(calls: readonly IndexedCall[] | undefined, earliest: IsoDate | null, latest: IsoDate | null): IndexedCall[] {
  if (!calls) return [];
  const from = earliest ? firstAtOrAfter(calls, earliest) : 0;
  const to = latest ? firstAtOrAfter(calls, latest, true) : calls.length;
  return calls.slice(from, to).sort((a, b) => a.order - b.order);
}

/** Index of the first call dated on or after `date` (after it, when `strict`). */
function firstAtOrAfter(calls: readonly IndexedCall[], date: IsoDate, strict = false): number {
  let low = 0;
  let high = calls.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const before = strict ? calls[mid]!.date <= date : calls[mid]!.date < date;
    if (before) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `2021-12-20-modi-putin`: from the date and the leaders only, so adding sources never changes it. */
export function callId(date: IsoDate, participants: readonly Participant[], countryOrder: readonly string[]): string {
  const slugs = [...participants]
    .sort((a, b) => countryOrder.indexOf(a.country) - countryOrder.indexOf(b.country) || a.slug.localeCompare(b.slug))
    .map((p) => p.slug);
  return [date, ...slugs].join("-");
}
