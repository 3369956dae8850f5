/**
 * The year views: the timeline's newest calls grouped by year, every year's
 * count, and each year's calls a page at a time, so a busy year cannot make
 * one huge page.
 */
import type { Chunk } from "../paginate.ts";
import { paginate } from "../paginate.ts";
import { yearUrl } from "../urls.ts";
import type { CallView } from "./call.ts";
import { groupBy } from "./group-by.ts";

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

export interface YearViews {
  /** Every year with calls, newest first. */
  years: YearSummary[];
  /** One entry per page of a year's calls. */
  yearPages: YearPage[];
  /** The newest `recentCount` calls, grouped by year, for `/`. */
  recent: YearGroup[];
}

/** `calls` newest first, as `callViews` gives them. */
export function yearViews(calls: readonly CallView[], perPage: number, recentCount: number): YearViews {
  const byYear = groupBy(calls, (c) => c.year);
  const years: YearSummary[] = [...byYear.keys()].map((year) => ({ year, url: yearUrl(year), count: byYear.get(year)!.length }));
  const yearPages: YearPage[] = years.flatMap((summary, i) =>
    paginate(byYear.get(summary.year)!, perPage, summary.url).map((chunk) => ({
      ...chunk,
      year: summary,
      previousYear: years[i + 1] ?? null,
      nextYear: years[i - 1] ?? null,
    })),
  );
  const recent = [...groupBy(calls.slice(0, recentCount), (c) => c.year).entries()].map(([year, list]) => ({
    year,
    url: yearUrl(year),
    calls: list,
  }));
  return { years, yearPages, recent };
}

/** A list's calls per year, newest year first, each linking to the year's page: for the per-year tables. */
export function countPerYear(calls: readonly CallView[]): YearSummary[] {
  return [...groupBy(calls, (c) => c.year).entries()].map(([year, list]) => ({ year, url: yearUrl(year), count: list.length }));
}
