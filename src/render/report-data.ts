import type { ExtractOutput } from "../extract-output.ts";
import { callUrl } from "./urls.ts";

type Status = ExtractOutput["articles"][number]["status"];

/** One article on the build report, with what the build said about it. */
export interface ReportEntry {
  file: string;
  status: Status;
  /** What the status means, for a reader who did not write the code. */
  statusLabel: string;
  callUrl: string | null;
  messages: string[];
}

export interface BuildReport {
  articleCount: number;
  /** Per status, in the order the report lists them, with how many articles have it. */
  counts: { status: Status; label: string; count: number }[];
  /** Every article that has a message or is not on a call page: the most serious first. */
  entries: ReportEntry[];
  /** The entries cut into pages so the report stays small however large the archive grows. */
  pages: ReportEntry[][];
  pageSize: number;
  /** Articles placed on a call page without any message. */
  cleanCount: number;
}

const STATUS_ORDER: readonly { status: Status; label: string }[] = [
  { status: "error", label: "could not be read" },
  { status: "unplaced", label: "about a call, but not placed on one" },
  { status: "duplicate", label: "same text as another file; counted once" },
  { status: "not-a-call", label: "not about an India–Russia leader call" },
  { status: "placed", label: "on a call page" },
];

export const REPORT_PAGE_SIZE = 200;

/** The `/report/` page: what happened to every article in the build. */
export function buildReport(data: Pick<ExtractOutput, "articles">, pageSize = REPORT_PAGE_SIZE): BuildReport {
  const rank = new Map(STATUS_ORDER.map((s, i) => [s.status, i]));
  const label = new Map(STATUS_ORDER.map((s) => [s.status, s.label]));
  const entries = data.articles
    .filter((article) => article.status !== "placed" || article.warnings.length > 0)
    .map((article) => ({
      file: article.file,
      status: article.status,
      statusLabel: label.get(article.status) ?? article.status,
      callUrl: article.callId ? callUrl(article.callId) : null,
      messages: article.warnings,
    }))
    .sort((a, b) => rank.get(a.status)! - rank.get(b.status)! || a.file.localeCompare(b.file));
  const pages: ReportEntry[][] = [];
  for (let start = 0; start < entries.length; start += pageSize) pages.push(entries.slice(start, start + pageSize));
  return {
    articleCount: data.articles.length,
    counts: STATUS_ORDER.map(({ status, label: text }) => ({
      status,
      label: text,
      count: data.articles.filter((a) => a.status === status).length,
    })),
    entries,
    pages: pages.length ? pages : [[]],
    pageSize,
    cleanCount: data.articles.filter((a) => a.status === "placed" && a.warnings.length === 0).length,
  };
}
