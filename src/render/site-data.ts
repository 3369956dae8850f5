/**
 * What the templates see: the archive arranged for pages. Each kind of page
 * has its view module (`views/`: call, years, topics, people); this puts them
 * together with the timeline's, the feeds' and the build report's lists.
 */
import type { ExtractOutput } from "../extract-output.ts";
import { formatWarning, toExtractOutput } from "../extract-output.ts";
import type { LedgerSiteData } from "../ledger/pages.ts";
import { ledgerSiteData } from "../ledger/pages.ts";
import type { Published } from "../ledger/published.ts";
import type { Archive } from "../pipeline.ts";
import type { Chart } from "./chart.ts";
import { callsPerYearChart } from "./chart.ts";
import type { BuildReport } from "./report-data.ts";
import { buildReport } from "./report-data.ts";
import type { CallView } from "./views/call.ts";
import { callViews } from "./views/call.ts";
import type { PeopleViews } from "./views/people.ts";
import { peopleViews } from "./views/people.ts";
import type { TopicViews } from "./views/topics.ts";
import { topicViews } from "./views/topics.ts";
import type { YearViews } from "./views/years.ts";
import { yearViews } from "./views/years.ts";

export type { CallView, Link, QuoteView, SourceView } from "./views/call.ts";
export type { PersonPage, PersonView } from "./views/people.ts";
export type { TopicPage, TopicView } from "./views/topics.ts";
export type { YearGroup, YearPage, YearSummary } from "./views/years.ts";

/** How many calls a topic or person page lists; keeps every page small however large the archive grows. */
export const CALLS_PER_PAGE = 50;
/** How many of the newest calls the timeline's front page shows; older ones are on the year pages. */
export const RECENT_CALLS = 50;
/** How many unplaced articles the front page names; all of them are in `/calls.json`. */
export const UNPLACED_SHOWN = 20;
/** Feeds carry the newest calls only. */
export const FEED_ENTRIES = 50;

/** What the templates see: the archive, arranged for pages, and the published ids that are no longer calls (`formerCalls`). */
export interface SiteData extends LedgerSiteData, YearViews, TopicViews, PeopleViews {
  /** Newest first. */
  calls: CallView[];
  /** Calls not on `/` (only on their year pages). */
  olderCount: number;
  chart: Chart | null;
  /** Newest first, at most FEED_ENTRIES. */
  feed: CallView[];
  /** Articles that are not on any call page, with why (the first UNPLACED_SHOWN). */
  unplaced: { file: string; status: string; warnings: string[] }[];
  unplacedCount: number;
  /** The `/calls.json` document. */
  json: ExtractOutput;
  /** The build report (`/report/`): every article with a message, and why. */
  report: BuildReport;
}

/** `published`: the ledger after this build (`src/ledger/`); without it no former address gets a page. */
export function buildSiteData(archive: Archive, published: Published | null = null): SiteData {
  const calls = callViews(archive);
  const json = toExtractOutput(archive);
  const { years, yearPages, recent } = yearViews(calls, CALLS_PER_PAGE, RECENT_CALLS);
  const { topics, topicPages, topicMatrix } = topicViews(calls, archive.reference.topics, CALLS_PER_PAGE);
  const { people, personPages } = peopleViews(calls, archive.reference, CALLS_PER_PAGE);
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
    topicMatrix,
    people,
    personPages,
    feed: calls.slice(0, FEED_ENTRIES),
    unplaced: unplaced.slice(0, UNPLACED_SHOWN),
    unplacedCount: unplaced.length,
    json,
    report: buildReport(json),
    ...ledgerSiteData(published, calls, archive.reference.leaders),
  };
}
