/**
 * What the site shows of the ledger: a page (and a JSON answer) at every
 * published id that is no longer a live call, the redirect lines for hosts
 * that read them, and this build's changes for the build report.
 */
import path from "node:path";
import { formatLong } from "../dates.ts";
import type { Leader } from "../data/load.ts";
import { html } from "../render/html.ts";
import type { Chunk } from "../render/paginate.ts";
import { paginate } from "../render/paginate.ts";
import { listOf } from "../words.ts";
import { callJsonUrl, callUrl } from "../render/urls.ts";
import type { CallView } from "../render/views/call.ts";
import type { ChangeKind } from "./ledger.ts";
import { sourceFinder, sourceNow } from "./ledger.ts";
import type { Published } from "./published.ts";

export interface FormerCallView {
  id: string;
  url: string;
  jsonUrl: string;
  status: "moved" | "withdrawn";
  merged: boolean;
  /** "Narendra Modi and Vladimir Putin" */
  names: string;
  dateLong: string;
  reason: string;
  /** Moved: the live call. */
  to: { id: string; url: string; label: string } | null;
  /** Withdrawn: what each of its sources is now; `reported` when the build report lists it. */
  sources: { file: string; now: string; reported: boolean }[];
  /** `/calls/<id>.json`: `{ "movedTo": id }`, or the withdrawal as data. */
  document: Record<string, unknown>;
}

export interface AddressChange {
  id: string;
  url: string;
  kind: ChangeKind;
  to: { url: string; label: string } | null;
  reason: string;
}

/** The report's own page shows this many address changes; all of them are on `/report/addresses/`, a page of each CHANGES_PER_PAGE. */
export const CHANGES_SHOWN = 50;
export const CHANGES_PER_PAGE = 200;

export interface LedgerReport {
  /** The ledger file, relative to the project. */
  file: string;
  /** This build's moves, merges and withdrawals, by id. */
  changes: AddressChange[];
  /** The first CHANGES_SHOWN of them, for `/report/`; an extraction change can move many calls at once, and no page grows with the archive. */
  shown: AddressChange[];
  /** Every change, a page at a time: `/report/addresses/`, `/report/addresses/2/` … */
  changePages: Chunk<AddressChange>[];
  perPage: number;
  movedCount: number;
  withdrawnCount: number;
}

export interface LedgerSiteData {
  formerCalls: FormerCallView[];
  ledgerReport: LedgerReport;
}

/** The pages and report of the ledger, given the live calls as the site shows them. */
export function ledgerSiteData(published: Published | null, calls: readonly CallView[], leaders: readonly Leader[]): LedgerSiteData {
  if (!published) return { formerCalls: [], ledgerReport: reportOf("", [], []) };
  const live = new Map(calls.map((c) => [c.id, c]));
  const leaderName = new Map(leaders.map((l) => [l.slug, l.name]));
  const find = sourceFinder(published.current.sources);
  const link = (id: string) => {
    const call = live.get(id)!;
    return { id, url: call.url, label: call.headline };
  };
  const formerCalls: FormerCallView[] = [];
  for (const entry of published.ledger) {
    if (entry.status === "live") continue;
    const moved = entry.status === "moved" && live.has(entry.movedTo!);
    const sources = entry.sources.map((s) => {
      const now = find(s);
      return { file: now?.file ?? s.file, now: sourceNow(now), reported: now !== undefined && now.status !== "placed" };
    });
    const reason = entry.reason ?? "";
    formerCalls.push({
      id: entry.id,
      url: callUrl(entry.id),
      jsonUrl: callJsonUrl(entry.id),
      status: moved ? "moved" : "withdrawn",
      merged: moved && entry.merged === true,
      names: listOf(entry.leaders.map((slug) => leaderName.get(slug) ?? slug)),
      dateLong: formatLong(entry.date),
      reason,
      to: moved ? link(entry.movedTo!) : null,
      sources,
      document: moved
        ? { movedTo: entry.movedTo }
        : { id: entry.id, withdrawn: true, reason, sources: sources.map((s) => ({ file: s.file, now: s.now })) },
    });
  }
  const changes = published.changes.map((c) => ({
    id: c.id,
    url: callUrl(c.id),
    kind: c.kind,
    to: c.to && live.has(c.to) ? link(c.to) : null,
    reason: c.reason,
  }));
  return {
    formerCalls,
    ledgerReport: reportOf(path.relative(process.cwd(), published.file).split(path.sep).join("/"), changes, formerCalls),
  };
}

function reportOf(file: string, changes: AddressChange[], formerCalls: readonly FormerCallView[]): LedgerReport {
  return {
    file,
    changes,
    shown: changes.slice(0, CHANGES_SHOWN),
    changePages: paginate(changes, CHANGES_PER_PAGE, "/report/addresses/"),
    perPage: CHANGES_PER_PAGE,
    movedCount: formerCalls.filter((f) => f.status === "moved").length,
    withdrawnCount: formerCalls.filter((f) => f.status === "withdrawn").length,
  };
}

/** The list of changed call addresses, on `/report/` and `/report/addresses/`: `{{ changes | addressChanges(start) | safe }}`. Every value is escaped. */
export function addressChanges(changes: readonly AddressChange[], start = 1): string {
  const target = (change: AddressChange) => (change.to ? html` to <a href="${change.to.url}">${change.to.label}</a>` : null);
  return html`<ol class="ledger-changes" start="${start}">${changes.map(
    (change) => html`
  <li><a href="${change.url}"><code>${change.id}</code></a> ${change.kind}${target(change)}: ${change.reason}.</li>`,
  )}
</ol>`.markup;
}
