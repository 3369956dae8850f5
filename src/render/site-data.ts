import path from "node:path";
import { articleFormat } from "../read/read-articles.ts";
import type { LedgerSiteData } from "../ledger/pages.ts";
import { ledgerSiteData } from "../ledger/pages.ts";
import type { Published } from "../ledger/published.ts";
import type { Archive } from "../pipeline.ts";
import { formatWarning, toExtractOutput } from "../extract-output.ts";
import { daysBetween, formatLong, formatShort } from "../dates.ts";
import type { Article, CallRecord, Topic } from "../types.ts";
import { compileTopics, topicText } from "../extract/topics.ts";
import { articleHtml } from "./article-html.ts";
import type { BuildReport } from "./report-data.ts";
import { buildReport } from "./report-data.ts";
import type { Chart } from "./chart.ts";
import { callsPerYearChart } from "./chart.ts";
import type { Chunk } from "./paginate.ts";
import type { TopicMatrix } from "./topic-matrix.ts";
import { topicMatrix } from "./topic-matrix.ts";
import { paginate } from "./paginate.ts";
import { httpUrl } from "./safe-url.ts";
import { sourceName } from "./source-name.ts";
import { callSummary, listOf } from "./summary.ts";

/** How many calls a topic or person page lists; keeps every page small however large the archive grows. */
export const CALLS_PER_PAGE = 50;
/** How many of the newest calls the timeline's front page shows; older ones are on the year pages. */
export const RECENT_CALLS = 50;
/** How many unplaced articles the front page names; all of them are in `/calls.json`. */
export const UNPLACED_SHOWN = 20;
/** Feeds carry the newest calls only. */
export const FEED_ENTRIES = 50;

/** What the templates see: the archive, arranged for pages, and the published ids that are no longer calls (`formerCalls`). */
export interface SiteData extends LedgerSiteData {
  /** Newest first. */
  calls: CallView[];
  /** The newest calls, grouped by year, for `/`. */
  recent: YearGroup[];
  /** Calls not on `/` (only on their year pages). */
  olderCount: number;
  /** Every year with calls, newest first. */
  years: YearSummary[];
  /** One entry per page of a year's calls. */
  yearPages: YearPage[];
  chart: Chart | null;
  /** Topics that at least one call has, in taxonomy order. */
  topics: TopicView[];
  /** One entry per page of a topic's calls. */
  topicPages: TopicPage[];
  /** Calls per topic and year, for the heat map on `/topics/`. */
  topicMatrix: TopicMatrix | null;
  /** Leaders on at least one call, by name. */
  people: PersonView[];
  personPages: PersonPage[];
  /** Newest first, at most FEED_ENTRIES. */
  feed: CallView[];
  /** Articles that are not on any call page, with why (the first UNPLACED_SHOWN). */
  unplaced: { file: string; status: string; warnings: string[] }[];
  unplacedCount: number;
  /** The `/calls.json` document. */
  json: ReturnType<typeof toExtractOutput>;
  /** The build report (`/report/`): every article with a message, and why. */
  report: BuildReport;
}

export interface YearGroup {
  year: string;
  url: string;
  calls: CallView[];
}

export interface YearSummary {
  year: string;
  url: string;
  count: number;
}

export interface YearPage extends Chunk<CallView> {
  year: YearSummary;
  /** The year before (older) and after (newer), as on call pages. */
  previousYear: YearSummary | null;
  nextYear: YearSummary | null;
}

export interface Link {
  url: string;
  label: string;
}

export interface QuoteView {
  text: string;
  sources: { title: string; anchor: string }[];
}

export interface SourceView {
  anchor: string;
  title: string;
  /** Front matter's publisher, as given. */
  publisher: string | null;
  /** Who published it, as a reader is told (see `source-name.ts`): never empty. */
  name: string;
  /** Whether `name` says more than the file name. */
  named: boolean;
  /** Only http(s). */
  url: string | null;
  published: string | null;
  publishedIso: string | null;
  /** Why it is on this call when its own date did not name it (content match, a pinned soft date). */
  placement: string | null;
  html: string;
}

export interface CallView extends CallRecord {
  url: string;
  jsonUrl: string;
  year: string;
  dateLong: string;
  /** "Narendra Modi and Vladimir Putin" */
  names: string;
  /** "Narendra Modi and Vladimir Putin, 20 Dec 2021": used for links and titles. */
  headline: string;
  summary: string;
  topicLinks: (Link & { slug: string })[];
  people: (Link & { office: string | null })[];
  /** Quotes grouped by speaker, speakers in order of first appearance. */
  quoteGroups: { speaker: string; quotes: QuoteView[] }[];
  sourceViews: SourceView[];
  /** The sentence each field came from. */
  why: { field: string; sentence: string }[];
  /** Where sources disagree or are unclear, per source. */
  notes: { source: string; anchor: string; message: string }[];
  daysSincePrevious: number | null;
  previous: Link | null;
  next: Link | null;
}

export interface TopicView extends Topic {
  url: string;
  count: number;
  perYear: { year: string; url: string; count: number }[];
}

export interface TopicPage extends Chunk<CallView> {
  topic: TopicView;
  /** Quotes on this topic (matching its phrases), from the calls on this page only. */
  quotes: { call: Link; speaker: string; text: string }[];
}

export interface PersonView {
  name: string;
  slug: string;
  country: string;
  url: string;
  count: number;
  offices: { title: string; from: string; to: string | null }[];
}

export interface PersonPage extends Chunk<CallView> {
  person: PersonView;
}

/** `published`: the ledger after this build (`src/ledger/`); without it no former address gets a page. */
export function buildSiteData(archive: Archive, published: Published | null = null): SiteData {
  const topicBySlug = new Map(archive.reference.topics.map((t) => [t.slug, t]));
  const articleByFile = new Map(archive.articles.map((a) => [a.file, a]));
  const officeTitle = new Map(archive.reference.offices.map((o) => [o.id, o.title]));
  const countryName = new Map(archive.reference.countries.map((c) => [c.id, c.name]));
  // A bracketed country in a dateline ("Moscow (Russia):") is a place, not an outlet.
  const places = new Set(archive.reference.countries.flatMap((c) => [c.id, c.name.toLowerCase()]));

  const chronological = [...archive.calls].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map(toCallView);
  chronological.forEach((view, i) => {
    const before = chronological[i - 1];
    const after = chronological[i + 1];
    view.daysSincePrevious = before ? daysBetween(before.date, view.date) : null;
    view.previous = before ? { url: before.url, label: before.headline } : null;
    view.next = after ? { url: after.url, label: after.headline } : null;
  });
  const calls = [...chronological].reverse();
  const json = toExtractOutput(archive);

  const byYear = groupBy(calls, (c) => c.year);
  const yearList = [...byYear.keys()];
  const years: YearSummary[] = yearList.map((year) => ({ year, url: yearUrl(year), count: byYear.get(year)!.length }));
  // Years are paginated too, so a busy year cannot make one huge page.
  const yearPages: YearPage[] = years.flatMap((summary, i) =>
    paginate(byYear.get(summary.year)!, CALLS_PER_PAGE, summary.url).map((chunk) => ({ ...chunk, year: summary, previousYear: years[i + 1] ?? null, nextYear: years[i - 1] ?? null })),
  );
  const recent = [...groupBy(calls.slice(0, RECENT_CALLS), (c) => c.year).entries()].map(([year, list]) => ({ year, url: yearUrl(year), calls: list }));

  const topics: TopicView[] = [];
  const topicPages: TopicPage[] = [];
  const matrixRows: Parameters<typeof topicMatrix>[0][number][] = [];
  const onTopic = quotesOnTopic(archive.reference.topics);
  for (const topic of archive.reference.topics) {
    const list = calls.filter((c) => c.topics.includes(topic.slug));
    if (list.length === 0) continue;
    const view: TopicView = { ...topic, url: `/topics/${topic.slug}/`, count: list.length, perYear: countPerYear(list) };
    topics.push(view);
    // The page of the topic's list where each year's newest call is: the heat map links there.
    const yearUrls = new Map<string, string>();
    matrixRows.push({ slug: topic.slug, label: topic.label, url: view.url, counts: new Map(view.perYear.map((y) => [y.year, y.count])), yearUrls });
    for (const chunk of paginate(list, CALLS_PER_PAGE, view.url)) {
      for (const call of chunk.items) if (!yearUrls.has(call.year)) yearUrls.set(call.year, chunk.url);
      topicPages.push({
        ...chunk,
        topic: view,
        quotes: chunk.items.flatMap((call) =>
          onTopic(call, topic.slug).map((q) => ({ call: { url: call.url, label: call.headline }, speaker: q.speaker ?? "Unattributed", text: q.text })),
        ),
      });
    }
  }

  const people: PersonView[] = [];
  const personPages: PersonPage[] = [];
  const leaders = [...archive.reference.leaders].sort((a, b) => a.name.localeCompare(b.name, "en"));
  for (const leader of leaders) {
    const list = calls.filter((c) => c.participants.some((p) => p.slug === leader.slug));
    if (list.length === 0) continue;
    const person: PersonView = {
      name: leader.name,
      slug: leader.slug,
      country: countryName.get(leader.country) ?? leader.country,
      url: personUrl(leader.slug),
      count: list.length,
      offices: [...leader.offices]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((t) => ({ title: officeTitle.get(t.office) ?? t.office, from: formatShort(t.from), to: t.to ? formatShort(t.to) : null })),
    };
    people.push(person);
    for (const chunk of paginate(list, CALLS_PER_PAGE, person.url)) personPages.push({ ...chunk, person });
  }

  const unplaced = archive.statuses
    .filter((s) => s.status !== "placed")
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((s) => ({ file: s.file, status: s.status, warnings: s.warnings.map(formatWarning(s.file)) }));

  return {
    calls,
    recent,
    olderCount: Math.max(0, calls.length - RECENT_CALLS),
    years,
    yearPages,
    chart: callsPerYearChart(new Map(years.map((y) => [y.year, y.count]))),
    topics,
    topicPages,
    topicMatrix: topicMatrix(matrixRows),
    people,
    personPages,
    feed: calls.slice(0, FEED_ENTRIES),
    unplaced: unplaced.slice(0, UNPLACED_SHOWN),
    unplacedCount: unplaced.length,
    json,
    report: buildReport(json),
    ...ledgerSiteData(published, calls, archive.reference.leaders),
  };

  function toCallView(call: CallRecord): CallView {
    const anchors = new Map(call.sources.map((s, i) => [s.file, `source-${i + 1}`]));
    const names = listOf(call.participants.map((p) => p.name));
    const topicLinks = call.topics.map((slug) => ({ slug, label: topicBySlug.get(slug)?.label ?? slug, url: `/topics/${slug}/` }));
    const members = call.sources.map((s) => articleByFile.get(s.file)).filter((a): a is Article => a !== undefined);
    const initiators = initiatorsOf(members);
    const sourceNames = new Map(call.sources.map((s) => [s.file, sourceName(s, articleByFile.get(s.file)?.body ?? "", places)]));
    return {
      ...call,
      url: `/calls/${call.id}/`,
      jsonUrl: `/calls/${call.id}.json`,
      year: call.date.slice(0, 4),
      dateLong: formatLong(call.date),
      names,
      headline: `${names}, ${formatShort(call.date)}`,
      summary: callSummary(call.participants.map((p) => p.name), call.initiator, topicLinks.map((t) => t.label)),
      topicLinks,
      people: call.participants.map((p) => ({ url: personUrl(p.slug), label: p.name, office: p.office })),
      quoteGroups: [...groupBy(call.quotes, (q) => q.speaker ?? "Unattributed").entries()].map(([speaker, quotes]) => ({
        speaker,
        quotes: quotes.map((q) => ({ text: q.text, sources: q.sources.map((file) => ({ title: sourceLabel(file), anchor: anchors.get(file)! })) })),
      })),
      sourceViews: call.sources.map((s) => {
        const article = articleByFile.get(s.file);
        const sourceName = sourceNames.get(s.file)!;
        return {
          anchor: anchors.get(s.file)!,
          title: s.title,
          publisher: s.publisher,
          name: sourceName.name,
          named: sourceName.from !== "unnamed",
          url: httpUrl(s.url),
          published: s.published ? formatShort(s.published) : null,
          publishedIso: s.published,
          placement: s.placement ?? null,
          // A saved page's body is already the text Readability took from it.
          html: article ? articleHtml(s.file, article.body, articleFormat(s.file) === "markdown" ? "markdown" : "text") : "",
        };
      }),
      why: whyWeThinkThis(call, topicBySlug),
      notes: members.flatMap((article) => sourceNotes(article, call, initiators).map((message) => ({ source: sourceLabel(article.file), anchor: anchors.get(article.file)!, message }))),
      daysSincePrevious: null,
      previous: null,
      next: null,
    };

    /** Short label for a source: who published it. */
    function sourceLabel(file: string): string {
      // Every source of the call is in the map: it was built from `call.sources`.
      return sourceNames.get(file)!.name;
    }
  }
}

/**
 * The quotes of a call that name one of its topics (by the topic's phrases).
 * Worked out once per call for all its topics: each quote is then read once,
 * however many topic pages list the call.
 */
function quotesOnTopic(topics: readonly Topic[]): (call: CallView, slug: string) => CallRecord["quotes"] {
  const matchers = new Map(compileTopics(topics).map((m) => [m.topic.slug, m]));
  const byCall = new Map<CallView, Map<string, CallRecord["quotes"]>>();
  return (call, slug) => {
    let bySlug = byCall.get(call);
    if (!bySlug) {
      bySlug = new Map(call.topics.map((s) => [s, []]));
      for (const quote of call.quotes) {
        const text = topicText(quote.text);
        for (const [s, list] of bySlug) if (matchers.get(s)?.findIn(text).length) list.push(quote);
      }
      byCall.set(call, bySlug);
    }
    return bySlug.get(slug) ?? [];
  };
}

/** The evidence sentences, labelled by the field they support. */
function whyWeThinkThis(call: CallRecord, topicBySlug: ReadonlyMap<string, Topic>): { field: string; sentence: string }[] {
  const e = call.evidence;
  const rows: { field: string; sentence: string | undefined }[] = [
    { field: "A phone call", sentence: e.isCall },
    { field: e.dateRule ? `Date (decided by: ${e.dateRule.replaceAll(" + ", ", ")})` : "Date", sentence: e.date },
    { field: "Leaders", sentence: e.participants },
    { field: "Placed by", sentence: e.initiator },
    ...call.topics.map((slug) => ({ field: `Topic: ${topicBySlug.get(slug)?.label ?? slug}`, sentence: e.topics?.[slug] })),
  ];
  return rows.filter((r): r is { field: string; sentence: string } => Boolean(r.sentence));
}

/**
 * The extractor's messages that record a disagreement: an office title that
 * does not fit the date in the leaders' data, and a front matter value that
 * overrides what the text says. The others (a stray date that fails its
 * weekday check, a date range, how an undated article was placed, ignored
 * front matter) are about reading one text, not about sources disagreeing:
 * they stay on the build report.
 */
const DISAGREEMENT = /^(the article calls .+, but .+ the office held was |front matter "(callDate|participants)" .+ overrides )/;

/**
 * Where a source disagrees with the other sources or with the data files:
 * its own call date when it differs from the record's, who it says placed the
 * call when the sources differ, and the messages above.
 */
/** Who the sources say placed the call: asked once per call, not once per source. */
function initiatorsOf(members: readonly Article[]): Set<string> {
  return new Set(members.map((m) => m.initiator).filter((i): i is string => Boolean(i)));
}

function sourceNotes(article: Article, call: CallRecord, initiators: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  if (article.callDate.date && article.callDate.date !== call.date) {
    notes.push(`gives the date as ${formatLong(article.callDate.date)}; the record uses ${formatLong(call.date)}`);
  }
  if (article.initiator && initiators.size > 1) {
    const others = [...initiators].filter((i) => i !== article.initiator);
    notes.push(`says ${article.initiator} placed the call; ${others.length === 1 ? "another source says" : "other sources say"} ${listOf(others)}`);
  }
  for (const w of article.warnings) if (DISAGREEMENT.test(w.message)) notes.push(w.message);
  return [...new Set(notes)];
}

function countPerYear(calls: readonly CallView[]): { year: string; url: string; count: number }[] {
  return [...groupBy(calls, (c) => c.year).entries()].map(([year, list]) => ({ year, url: yearUrl(year), count: list.length }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function yearUrl(year: string): string {
  return `/years/${year}/`;
}

export function personUrl(slug: string): string {
  return `/people/${slug}/`;
}
