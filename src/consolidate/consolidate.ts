import type { Article, ArticleStatus, CallQuote, CallRecord, Evidence, IsoDate, Participant, SourceRef, Warning } from "../types.ts";
import { addDays, weekdayOf } from "../dates.ts";
import { SOFT_WEEKDAY_RULE } from "../extract/call-date.ts";
import { quoteKey, sameQuotation } from "../extract/quotes.ts";
import type { ContentProfile } from "./content-match.ts";
import { CLEAR_WIN, clearWinner, compareProfiles, contentProfile, describeMatch, documentFrequencies, STRONG_MATCH } from "./content-match.ts";

export interface Consolidation {
  calls: CallRecord[];
  statuses: ArticleStatus[];
}

/** Articles that could not be read at all still get a status, so none is silently dropped. */
export interface Unreadable {
  file: string;
  error: Warning;
  warnings: Warning[];
}

/**
 * Groups articles into calls: those with the same date and the same leaders
 * are one call. Articles whose text leaves the date open join the one call
 * they are compatible with. Linear in the number of articles; each undated
 * one finds the calls of its leaders in its date range by binary search.
 */
export function consolidate(articles: readonly Article[], unreadable: readonly Unreadable[] = [], countryOrder: readonly string[] = ["india", "russia"]): Consolidation {
  const statuses = new Map<string, ArticleStatus>();
  const groups = new Map<string, Article[]>();
  const firstByHash = new Map<string, Article>();
  const undated: Article[] = [];

  for (const article of articles) {
    const original = firstByHash.get(article.contentHash);
    if (original) {
      statuses.set(article.file, { file: article.file, status: "duplicate", callId: null, warnings: [...article.warnings, { message: `same text as ${original.file}; counted once` }] });
      continue;
    }
    firstByHash.set(article.contentHash, article);
    if (!article.isCall) {
      statuses.set(article.file, { file: article.file, status: "not-a-call", callId: null, warnings: article.warnings });
    } else if (article.callDate.date) {
      const id = callId(article.callDate.date, article.participants, countryOrder);
      appendTo(groups, id, article);
    } else undated.push(article);
  }

  const leadersKey = (participants: readonly Participant[]) => participants.map((p) => p.slug).sort().join("+");
  const content = new ContentIndex(groups);
  const placements = new Placements();
  moveSoftDated(groups, leadersKey, content, placements);
  const byLeaders = indexCallsByLeaders(groups, (members) => leadersKey(members[0]!.participants));
  // Placements are decided against the calls as the dated articles made them, so the order of undated articles does not matter.
  const joins: [string, Article][] = [];
  const stillOpen: { article: Article; fits: string[] }[] = [];
  for (const article of undated) {
    const { earliest, latest, weekday, candidates } = article.callDate;
    const fits = callsInRange(byLeaders.get(leadersKey(article.participants)), earliest, latest)
      .filter((call) => (weekday === null || weekdayOf(call.date) === weekday) && (!candidates || candidates.includes(call.date)))
      .map((call) => call.id);
    if (fits.length === 1) {
      joins.push([fits[0]!, article]);
      placements.note(article, `the text does not give the call date; placed with the one compatible call, ${fits[0]}`);
      continue;
    }
    const byContent = fits.length > 1 ? content.bestCall(article, fits.map((id) => ({ id, members: groups.get(id)! }))) : null;
    if (byContent) {
      joins.push([byContent.id, article]);
      placements.note(article, `the text does not give the call date; it fits ${fits.length} calls, and is placed with ${byContent.id}: it ${byContent.why}`);
      continue;
    }
    stillOpen.push({ article, fits });
  }
  for (const [id, article] of joins) groups.get(id)!.push(article);
  const pinned = pinSoftCalls(groups, stillOpen.map((o) => o.article), leadersKey, countryOrder, content, placements);
  for (const { article, fits: before } of stillOpen) {
    if (pinned.placed.has(article)) continue;
    // A call that another report pinned to a new day is listed under its new id.
    const fits = [...new Set(before.map((id) => pinned.renamed.get(id) ?? id))];
    const why = fits.length ? `it fits ${fits.length} calls (${fits.join(", ")}) and matches none clearly in content` : "no known call fits it";
    statuses.set(article.file, { file: article.file, status: "unplaced", callId: null, warnings: [...article.warnings, { message: `not placed: the call date is uncertain and ${why}` }] });
  }

  const calls = [...groups.entries()].map(([id, members]) => toCallRecord(id, members, placements)).sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  for (const call of calls) {
    for (const member of groups.get(call.id)!) statuses.set(member.file, { file: member.file, status: "placed", callId: call.id, warnings: member.warnings });
  }
  for (const item of unreadable) statuses.set(item.file, { file: item.file, status: "error", callId: null, warnings: [item.error, ...item.warnings] });
  const order = [...articles.map((a) => a.file), ...unreadable.map((u) => u.file)];
  return { calls, statuses: order.map((file) => statuses.get(file)!) };
}

/** A date counted back to a weekday from a date line, which may be a later crawl date: the range before it stays open. */
const isSoft = (article: Article) => article.callDate.date !== null && article.callDate.earliest !== null && article.callDate.earliest < article.callDate.date;

/**
 * A call known only from articles dated by counting back to a weekday joins
 * the one firmly dated call of the same leaders on that weekday in the month
 * before: the date line was a crawl date. With none, or several, it stays.
 */
function moveSoftDated(groups: Map<string, Article[]>, leadersKey: (participants: readonly Participant[]) => string, content: ContentIndex, placements: Placements): void {
  const soft = [...groups].filter(([, members]) => members.every(isSoft));
  if (!soft.length) return;
  const firm = new Map([...groups].filter(([, members]) => members.some((m) => !isSoft(m))));
  const firmByLeaders = indexCallsByLeaders(firm, (members) => leadersKey(members[0]!.participants));
  for (const [id, members] of soft) {
    const { date, earliest } = members[0]!.callDate;
    const allowed = new Set(groupSoftDays(members));
    const candidates = callsInRange(firmByLeaders.get(leadersKey(members[0]!.participants)), earliest, date).filter((call) => call.date < date! && allowed.has(call.date));
    // The soft date gives way only to a content match: where calls are frequent, a firm call on the same
    // weekday a week or two earlier is often another call. "Today" under a date line is seldom wrong, so
    // moving it a day takes a strong match.
    const strong = members.some((m) => m.callDate.rule !== SOFT_WEEKDAY_RULE);
    const byContent = candidates.length ? content.bestCall(members, candidates.map((c) => ({ id: c.id, members: groups.get(c.id)! })), { strong }) : null;
    if (!byContent) continue;
    const targetId = byContent.id;
    for (const member of members) {
      placements.note(member, `placed with ${targetId}, the firmly dated call on that weekday before the date line that it ${byContent.why}`);
      groups.get(targetId)!.push(member);
    }
    groups.delete(id);
  }
}

/**
 * Why an article is on a call that its own date did not name (the one call its
 * clues allow, a content match, a soft date pinned by another report): kept
 * as a warning and on the source, so the call page can say so.
 */
class Placements {
  readonly reasons = new Map<Article, string>();

  note(article: Article, message: string): void {
    article.warnings.push({ message });
    this.reasons.set(article, message);
  }
}

/**
 * Content profiles of articles, made on first need: most builds place every
 * article by its date and never compare content. A word's rarity is judged
 * among the reports being compared (the article and its candidate calls'
 * sources): what tells those calls apart is what matters, and an archive of
 * thousands is never read whole for it.
 */
class ContentIndex {
  private profiles = new Map<Article, ContentProfile>();
  /** For each quotation (by its key), how many calls' sources carry it: stock lines recur across calls. */
  private quoteSpread: Map<string, number> | null = null;

  constructor(private readonly groups: ReadonlyMap<string, readonly Article[]>) {}

  /** Quotations of the subject that few calls carry: one that many calls' sources repeat tells nothing. */
  private distinctive(profile: ContentProfile): ContentProfile {
    if (!profile.quotes.length) return profile;
    if (!this.quoteSpread) {
      // Keyed by the quotation as written, lower-cased: exact repeats are what a stock line is.
      const spread = new Map<string, number>();
      const seen = new Set<string>();
      for (const members of this.groups.values()) {
        seen.clear();
        for (const member of members) {
          for (const quote of member.quotes) {
            const key = quote.text.toLowerCase();
            if (seen.has(key)) continue;
            seen.add(key);
            spread.set(key, (spread.get(key) ?? 0) + 1);
          }
        }
      }
      this.quoteSpread = spread;
    }
    const quotes = profile.quotes.filter((q) => (this.quoteSpread!.get(q.toLowerCase()) ?? 0) <= MAX_QUOTE_SPREAD);
    return quotes.length === profile.quotes.length ? profile : { ...profile, quotes };
  }

  private profileOf(article: Article): ContentProfile {
    let profile = this.profiles.get(article);
    if (!profile) this.profiles.set(article, (profile = contentProfile(article)));
    return profile;
  }

  /** The call that one article (or a group of articles) clearly matches best in content, and why; null when none does. */
  bestCall(subject: Article | readonly Article[], calls: readonly { id: string; members: readonly Article[] }[], options: { strong?: boolean } = {}): { id: string; why: string } | null {
    const own = (Array.isArray(subject) ? subject : [subject]).map((a: Article) => this.profileOf(a));
    const theirs = calls.map((call) => call.members.map((m) => this.profileOf(m)));
    const involved = [...own, ...theirs.flat()];
    const frequencies = documentFrequencies(involved);
    const mine = this.distinctive(mergeProfiles(own));
    const scored = calls.map((call, i) => ({ item: call.id, match: compareProfiles(mine, mergeProfiles(theirs[i]!), frequencies, involved.length) }));
    const winner = clearWinner(scored, options.strong ? STRONG_MATCH : CLEAR_WIN);
    return winner ? { id: winner.item, why: describeMatch(winner.match) } : null;
  }
}

/** A quotation the sources of more calls than this carry (the subject's own and one other) is a stock line, not evidence of one call. */
const MAX_QUOTE_SPREAD = 2;

function mergeProfiles(profiles: readonly ContentProfile[]): ContentProfile {
  if (profiles.length === 1) return profiles[0]!;
  return {
    words: new Set(profiles.flatMap((p) => [...p.words])),
    quotes: profiles.flatMap((p) => p.quotes),
    topics: new Set(profiles.flatMap((p) => [...p.topics])),
  };
}

/**
 * Reports whose day is uncertain pin each other. A call dated only softly (a
 * report filed the day after, taken as the day of the call; a weekday counted
 * back from a late date line) and another soft call or an open-dated report:
 * when they clearly match in content and exactly one day fits both, the call
 * is on that day. Returns the open articles so placed.
 */
function pinSoftCalls(
  groups: Map<string, Article[]>,
  open: readonly Article[],
  leadersKey: (participants: readonly Participant[]) => string,
  countryOrder: readonly string[],
  content: ContentIndex,
  placements: Placements,
): { placed: Set<Article>; renamed: Map<string, string> } {
  const placed = new Set<Article>();
  const renamed = new Map<string, string>();
  const index = new SoftCallIndex(groups, leadersKey);
  const pin = (subject: readonly Article[], from: IsoDate | null, to: IsoDate | null, fits: (day: IsoDate) => boolean, own: string | null): boolean => {
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
    for (const article of subject) placements.note(article, `placed with ${id}: it ${best!.why}, and ${choice.day} is the one day that fits both its date clues and theirs`);
    if (id !== choice.id) for (const member of choice.members) placements.note(member, `dated ${choice.day}, not ${choice.id.slice(0, 10)}: a report of the same call pins the day`);
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
      appendTo(this.byLeaders, leadersKey(members[0]!.participants), { id, date: members[0]!.callDate.date!, days: groupSoftDays(members) });
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
function fitsOpenDate(article: Article, day: IsoDate): boolean {
  const { earliest, latest, weekday, candidates } = article.callDate;
  return (!earliest || day >= earliest) && (!latest || day <= latest) && (weekday === null || weekdayOf(day) === weekday) && (!candidates || candidates.includes(day));
}

function daysBetweenInclusive(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A dated call in the per-leaders index; `order` keeps the order calls were first seen in. */
interface IndexedCall {
  id: string;
  date: IsoDate;
  order: number;
}

/** Calls of each pair of leaders, sorted by date, so an undated article's range is found by binary search. */
function indexCallsByLeaders(groups: ReadonlyMap<string, Article[]>, keyOf: (members: Article[]) => string): Map<string, IndexedCall[]> {
  const index = new Map<string, IndexedCall[]>();
  let order = 0;
  for (const [id, members] of groups) appendTo(index, keyOf(members), { id, date: members[0]!.callDate.date!, order: order++ });
  for (const list of index.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return index;
}

/** The calls dated within [earliest, latest] (open ends allowed), in the order they were first seen. */
function callsInRange(calls: readonly IndexedCall[] | undefined, earliest: IsoDate | null, latest: IsoDate | null): IndexedCall[] {
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
  const slugs = [...participants].sort((a, b) => countryOrder.indexOf(a.country) - countryOrder.indexOf(b.country) || a.slug.localeCompare(b.slug)).map((p) => p.slug);
  return [date, ...slugs].join("-");
}

function toCallRecord(id: string, members: Article[], placements: Placements): CallRecord {
  const dated = members.find((m) => m.callDate.date)!;
  // The id starts with the call's date: a soft date that another report pinned differs from the article's own.
  const date = id.slice(0, 10);
  const sources: SourceRef[] = members
    .map((m) => {
      const source: SourceRef = { file: m.file, title: m.title, publisher: m.publisher, url: m.url, published: m.published };
      const placement = placements.reasons.get(m);
      if (placement) source.placement = placement;
      return source;
    })
    .sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.file.localeCompare(b.file));
  return {
    id,
    date,
    participants: dated.participants,
    initiator: mostSaid(members.map((m) => m.initiator)),
    topics: unionInOrder(members.map((m) => m.topics)),
    quotes: mergeQuotes(members),
    sources,
    evidence: mergeEvidence(members),
  };
}

/** The initiator most sources name (ties: the earliest source's). */
function mostSaid(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function unionInOrder(lists: readonly string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** One entry per quotation, listing every source that reported it; the fullest wording wins. */
function mergeQuotes(members: readonly Article[]): CallQuote[] {
  const merged: CallQuote[] = [];
  for (const quote of members.flatMap((m) => m.quotes)) {
    const existing = merged.find((m) => sameQuotation(m.text, quote.text));
    if (!existing) {
      merged.push({ text: quote.text, speaker: quote.speaker, sources: [quote.source] });
      continue;
    }
    if (quoteKey(quote.text).length > quoteKey(existing.text).length) existing.text = quote.text;
    existing.speaker ??= quote.speaker;
    if (!existing.sources.includes(quote.source)) existing.sources.push(quote.source);
  }
  return merged;
}

function mergeEvidence(members: readonly Article[]): Evidence {
  const evidence: Evidence = { topics: {} };
  for (const member of members) {
    evidence.isCall ??= member.evidence.isCall;
    if (!evidence.date && member.evidence.date) {
      evidence.date = member.evidence.date;
      if (member.evidence.dateRule) evidence.dateRule = member.evidence.dateRule;
    }
    evidence.participants ??= member.evidence.participants;
    evidence.initiator ??= member.evidence.initiator;
    for (const [slug, sentence] of Object.entries(member.evidence.topics ?? {})) evidence.topics![slug] ??= sentence;
  }
  return evidence;
}
