import type { Article, ArticleStatus, CallQuote, CallRecord, Evidence, Participant, SourceRef, Warning } from "../types.ts";
import { weekdayOf } from "../dates.ts";
import { quoteKey, sameQuotation } from "../extract/quotes.ts";
import { afterThePreviousCall, coveringCall } from "./across-languages.ts";
import { appendTo, callId, callsInRange, indexCallsByLeaders } from "./call-index.ts";
import { ContentIndex } from "./content-index.ts";
import { Placements } from "./placements.ts";
import { pinOpenPairs } from "./open-pairs.ts";
import { moveSoftDated, pinSoftCalls } from "./soft-dates.ts";

export { callId } from "./call-index.ts";

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
 * are one call. A softly dated call gives way to a firm one it matches in
 * content, and soft dates pin each other (`soft-dates.ts`). An article whose
 * text leaves the date open joins the one call its date set allows, or the
 * one it clearly matches in content (`content-index.ts`); two such reports
 * that match each other and share one possible day pin it (`open-pairs.ts`);
 * otherwise it is unplaced, with its candidates. Each undated article finds the calls of its
 * leaders in its date range by binary search (`call-index.ts`).
 */
export function consolidate(
  articles: readonly Article[],
  unreadable: readonly Unreadable[] = [],
  countryOrder: readonly string[] = ["india", "russia"],
): Consolidation {
  const statuses = new Map<string, ArticleStatus>();
  const groups = new Map<string, Article[]>();
  const firstByHash = new Map<string, Article>();
  const undated: Article[] = [];

  for (const article of articles) {
    const original = firstByHash.get(article.contentHash);
    if (original) {
      statuses.set(article.file, {
        file: article.file,
        status: "duplicate",
        callId: null,
        warnings: [...article.warnings, { message: `same text as ${original.file}; counted once` }],
      });
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

  const leadersKey = (participants: readonly Participant[]) =>
    participants
      .map((p) => p.slug)
      .sort()
      .join("+");
  const content = new ContentIndex(groups);
  const placements = new Placements();
  const placing = { leadersKey, countryOrder, content, placements };
  moveSoftDated(groups, placing);
  const byLeaders = indexCallsByLeaders(groups, (members) => leadersKey(members[0]!.participants));
  // Placements are decided against the calls as the dated articles made them, so the order of undated articles does not matter.
  const joins: [string, Article][] = [];
  const stillOpen: { article: Article; fits: string[] }[] = [];
  for (const article of undated) {
    const { earliest, latest, weekday, candidates } = article.callDate;
    const leaderCalls = byLeaders.get(leadersKey(article.participants));
    const previous = afterThePreviousCall(
      article,
      callsInRange(leaderCalls, earliest, latest)
        .filter((call) => (weekday === null || weekdayOf(call.date) === weekday) && (!candidates || candidates.includes(call.date)))
        .map((call) => call.id),
      leaderCalls,
    );
    const { fits } = previous;
    if (fits.length === 1) {
      joins.push([fits[0]!, article]);
      placements.note(
        article,
        `the text does not give the call date; placed with the one compatible call, ${fits[0]}${previous.why ? ` (${previous.why})` : ""}`,
      );
      continue;
    }
    const fitting = fits.map((id) => ({ id, members: groups.get(id)! }));
    const byContent = fits.length > 1 ? (content.bestCall(article, fitting) ?? coveringCall(article, fitting)) : null;
    if (byContent) {
      joins.push([byContent.id, article]);
      placements.note(
        article,
        `the text does not give the call date; it fits ${fits.length} calls, and is placed with ${byContent.id}: it ${byContent.why}`,
      );
      continue;
    }
    stillOpen.push({ article, fits });
  }
  for (const [id, article] of joins) groups.get(id)!.push(article);
  const open = stillOpen.map((o) => o.article);
  const pinned = pinSoftCalls(groups, open, placing);
  const paired = pinOpenPairs(
    groups,
    open.filter((a) => !pinned.placed.has(a)),
    placing,
  );
  for (const { article, fits: before } of stillOpen) {
    if (pinned.placed.has(article) || paired.has(article)) continue;
    // A call that another report pinned to a new day is listed under its new id.
    const fits = [...new Set(before.map((id) => pinned.renamed.get(id) ?? id))];
    const why = fits.length
      ? `it fits ${fits.length} calls (${fits.join(", ")}) and matches none clearly in content`
      : "no known call fits it";
    statuses.set(article.file, {
      file: article.file,
      status: "unplaced",
      callId: null,
      warnings: [...article.warnings, { message: `not placed: the call date is uncertain and ${why}` }],
    });
  }

  const calls = [...groups.entries()]
    .map(([id, members]) => toCallRecord(id, members, placements))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  for (const call of calls) {
    for (const member of groups.get(call.id)!)
      statuses.set(member.file, { file: member.file, status: "placed", callId: call.id, warnings: member.warnings });
  }
  for (const item of unreadable)
    statuses.set(item.file, { file: item.file, status: "error", callId: null, warnings: [item.error, ...item.warnings] });
  const order = [...articles.map((a) => a.file), ...unreadable.map((u) => u.file)];
  return { calls, statuses: order.map((file) => statuses.get(file)!) };
}

function toCallRecord(id: string, members: Article[], placements: Placements): CallRecord {
  // Reports that pinned each other may all have left the date open: the id carries the day.
  const dated = members.find((m) => m.callDate.date) ?? members[0]!;
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
