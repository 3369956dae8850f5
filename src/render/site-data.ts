import path from "node:path";
import type { Archive } from "../pipeline.ts";
import { formatWarning, toExtractOutput } from "../pipeline.ts";
import { daysBetween, formatLong, formatShort } from "../dates.ts";
import type { CallRecord, Topic } from "../types.ts";
import { articleHtml } from "./article-html.ts";
import type { BuildReport } from "./report-data.ts";
import { buildReport } from "./report-data.ts";

/** What the templates see: the archive, arranged for pages. */
export interface SiteData {
  /** Newest first. */
  calls: CallView[];
  years: { year: string; calls: CallView[] }[];
  /** Topics that at least one call has, in taxonomy order. */
  topics: TopicView[];
  /** Articles that are not on any call page, with why. */
  unplaced: { file: string; status: string; warnings: string[] }[];
  /** The `/calls.json` document. */
  json: ReturnType<typeof toExtractOutput>;
  /** The build report (`/report/`): every article with a message, and why. */
  report: BuildReport;
}

export interface CallView extends CallRecord {
  url: string;
  year: string;
  dateLong: string;
  dateShort: string;
  headline: string;
  topicLinks: { slug: string; label: string; url: string }[];
  quoteViews: { text: string; speaker: string; sources: { title: string; anchor: string }[] }[];
  sourceViews: { anchor: string; title: string; publisher: string | null; url: string | null; published: string | null; html: string }[];
  daysSincePrevious: number | null;
  previous: { url: string; label: string } | null;
  next: { url: string; label: string } | null;
}

export interface TopicView extends Topic {
  url: string;
  calls: CallView[];
}

export function buildSiteData(archive: Archive): SiteData {
  const topicBySlug = new Map(archive.reference.topics.map((t) => [t.slug, t]));
  const articleByFile = new Map(archive.articles.map((a) => [a.file, a]));
  const chronological = archive.calls.map((call) => toCallView(call));
  chronological.forEach((view, i) => {
    const before = chronological[i - 1];
    const after = chronological[i + 1];
    view.daysSincePrevious = before ? daysBetween(before.date, view.date) : null;
    view.previous = before ? { url: before.url, label: before.headline } : null;
    view.next = after ? { url: after.url, label: after.headline } : null;
  });
  const calls = [...chronological].reverse();
  const json = toExtractOutput(archive);

  const years = new Map<string, CallView[]>();
  for (const call of calls) years.set(call.year, [...(years.get(call.year) ?? []), call]);

  return {
    calls,
    years: [...years.entries()].map(([year, list]) => ({ year, calls: list })),
    topics: archive.reference.topics
      .map((topic) => ({ ...topic, url: `/topics/${topic.slug}/`, calls: calls.filter((c) => c.topics.includes(topic.slug)) }))
      .filter((topic) => topic.calls.length > 0),
    unplaced: archive.statuses
      .filter((s) => s.status !== "placed")
      .map((s) => ({ file: s.file, status: s.status, warnings: s.warnings.map(formatWarning(s.file)) })),
    json,
    report: buildReport(json),
  };

  function toCallView(call: CallRecord): CallView {
    const anchors = new Map(call.sources.map((s, i) => [s.file, `source-${i + 1}`]));
    const names = call.participants.map((p) => p.name);
    return {
      ...call,
      url: `/calls/${call.id}/`,
      year: call.date.slice(0, 4),
      dateLong: formatLong(call.date),
      dateShort: formatShort(call.date),
      headline: `${names.join(" and ")}, ${formatShort(call.date)}`,
      topicLinks: call.topics.map((slug) => ({ slug, label: topicBySlug.get(slug)?.label ?? slug, url: `/topics/${slug}/` })),
      quoteViews: call.quotes.map((q) => ({
        text: q.text,
        speaker: q.speaker ?? "Unattributed",
        sources: q.sources.map((file) => ({ title: sourceTitle(file), anchor: anchors.get(file)! })),
      })),
      sourceViews: call.sources.map((s) => {
        const article = articleByFile.get(s.file)!;
        return {
          anchor: anchors.get(s.file)!,
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          published: s.published ? formatShort(s.published) : null,
          html: articleHtml(article.body, path.extname(s.file).toLowerCase() === ".md" ? "markdown" : "text"),
        };
      }),
      daysSincePrevious: null,
      previous: null,
      next: null,
    };

    /** Short label for a source in a quote's credit line: its publisher, else its number. */
    function sourceTitle(file: string): string {
      const index = call.sources.findIndex((s) => s.file === file);
      return call.sources[index]?.publisher ?? `source ${index + 1}`;
    }
  }
}
