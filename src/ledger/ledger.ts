/**
 * The ledger of published call ids, and what became of each.
 *
 * A call's id is its date and leaders, so a corrected date, a new source that
 * pins the date, or better extraction gives the call a new id and its old URL
 * would die. The ledger remembers every id the site has published, with its
 * date, leaders and sources (file and content hash). Each build compares it
 * with the calls it has now (`updateLedger`, pure): an id whose sources now
 * make another call is *moved* (or *merged*, when several published ids
 * became one call); an id none of whose sources is on a call any more is
 * *withdrawn*. The ledger never decides a live call's id: ids still come from
 * date and leaders only.
 */
import { appendTo } from "../consolidate/call-index.ts";
import { formatLong } from "../dates.ts";
import { listOf } from "../words.ts";
import type { ArticleStatus, IsoDate } from "../types.ts";

export type EntryStatus = "live" | "moved" | "withdrawn";

/** A source as the ledger knows it: its path relative to the articles folder, and the SHA-256 of its bytes. */
export interface LedgerSource {
  file: string;
  sha256: string;
}

export interface LedgerEntry {
  id: string;
  status: EntryStatus;
  /** The id's own date and leaders (slugs), as when it was published. */
  date: IsoDate;
  leaders: string[];
  /** Its sources when it was last live, each followed to its current file and content when it can be. */
  sources: LedgerSource[];
  /** Moved: the live call it leads to (never another moved id). */
  movedTo?: string;
  /** Moved because several published ids became one call. */
  merged?: boolean;
  /** Moved or withdrawn: why, as a phrase ("dated 13 January 2020 after a correction to call.md"). */
  reason?: string;
}

/** An article file as the current build sees it. */
export interface CurrentSource {
  file: string;
  /** Null when the file could not be read. */
  sha256: string | null;
  status: ArticleStatus["status"];
  callId: string | null;
  /** The date the article itself gives, if any. */
  date: IsoDate | null;
  /** Publisher, for "after Example Wire (wire.md) gave the date". */
  publisher: string | null;
}

export interface CurrentCall {
  id: string;
  date: IsoDate;
  leaders: string[];
  /** "Narendra Modi and Vladimir Putin" */
  names: string;
  sources: LedgerSource[];
}

export interface CurrentState {
  calls: readonly CurrentCall[];
  /** Every article file read, whatever its status. */
  sources: readonly CurrentSource[];
}

export type ChangeKind = "moved" | "merged" | "withdrawn" | "live again";

/** What this build did to a published id. */
export interface LedgerChange {
  id: string;
  kind: ChangeKind;
  /** The live id it now leads to (moved, merged). */
  to: string | null;
  reason: string;
}

export interface LedgerUpdate {
  /** Every id ever published, sorted by id. */
  ledger: LedgerEntry[];
  /** The moves, merges and withdrawals of this build, sorted by id. */
  changes: LedgerChange[];
}

const STATUS_NOW: Record<ArticleStatus["status"], string> = {
  placed: "is on a call page",
  unplaced: "is about a call whose date is now uncertain",
  "not-a-call": "is now read as not an India–Russia leader call",
  duplicate: "is now a duplicate of another file",
  error: "can no longer be read",
};

/** What a source of a withdrawn id is now, as a phrase: "was removed", "is now read as not …". */
export function sourceNow(source: CurrentSource | undefined): string {
  return source ? STATUS_NOW[source.status] : "was removed";
}

/**
 * The ledger after this build. Pure: the same previous ledger and current
 * state always give the same result, sorted, so the file it is written to
 * only changes when the archive does.
 */
export function updateLedger(previous: readonly LedgerEntry[], current: CurrentState): LedgerUpdate {
  const liveNow = new Map(current.calls.map((call) => [call.id, call]));
  const find = sourceFinder(current.sources);
  const sourceByFile = new Map(current.sources.map((s) => [s.file, s]));
  const before = new Map(previous.map((entry) => [entry.id, entry]));

  // Published ids that are not live now, with the live call their sources lead to (if any).
  const gone: { entry: LedgerEntry; found: (CurrentSource | undefined)[]; target: CurrentCall | null }[] = [];
  for (const entry of previous) {
    if (liveNow.has(entry.id)) continue;
    const found = entry.sources.map(find);
    gone.push({ entry, found, target: targetOf(found, liveNow) });
  }

  // A merge: two or more ids that were live before this build now lead to one call.
  const contributors = new Map<string, string[]>();
  for (const { entry, target } of gone) {
    if (target && entry.status === "live") appendTo(contributors, target.id, entry.id);
  }
  for (const [id, list] of contributors) if (before.get(id)?.status === "live") list.push(id);

  const ledger: LedgerEntry[] = [];
  const changes: LedgerChange[] = [];
  for (const call of current.calls) {
    ledger.push({ id: call.id, status: "live", date: call.date, leaders: [...call.leaders], sources: sortSources(call.sources) });
    const was = before.get(call.id);
    if (was && was.status !== "live")
      changes.push({ id: call.id, kind: "live again", to: null, reason: "its sources make it a call again" });
  }
  for (const { entry, found, target } of gone) {
    // Sources are followed to their current file and content, so a later rename or edit still finds them.
    const tracked = trackSources(entry.sources, found);
    const sources = tracked.map((t) => t.source);
    const base = { id: entry.id, date: entry.date, leaders: entry.leaders, sources };
    if (target) {
      const others = (contributors.get(target.id) ?? []).filter((id) => id !== entry.id);
      const merged = entry.status === "live" ? others.length > 0 : entry.merged === true;
      const unchanged = entry.status === "moved" && entry.movedTo === target.id && entry.reason;
      const reason = unchanged
        ? entry.reason!
        : moveReason(entry, found, target, sourceByFile, merged && entry.status === "live" ? others : []);
      ledger.push({ ...base, status: "moved", movedTo: target.id, ...(merged ? { merged: true } : {}), reason });
      if (!unchanged) changes.push({ id: entry.id, kind: merged ? "merged" : "moved", to: target.id, reason });
    } else {
      const reason = withdrawnReason(tracked);
      ledger.push({ ...base, status: "withdrawn", reason });
      if (entry.status !== "withdrawn") changes.push({ id: entry.id, kind: "withdrawn", to: null, reason });
    }
  }
  ledger.sort(byId);
  changes.sort(byId);
  return { ledger, changes };
}

/**
 * Finds a ledger source among the current files: the same file with the
 * same content, else the same content under another name (a rename), else
 * the same file with new content (an edit).
 */
export function sourceFinder(sources: readonly CurrentSource[]): (source: LedgerSource) => CurrentSource | undefined {
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const byHash = new Map<string, CurrentSource>();
  // A duplicate shares its content with the file it copies: the one on a call wins.
  for (const s of sources) if (s.sha256 && (!byHash.has(s.sha256) || (s.callId && !byHash.get(s.sha256)!.callId))) byHash.set(s.sha256, s);
  return (source) => {
    const atFile = byFile.get(source.file);
    // The same bytes at the same name; if that file is now a duplicate, the copy on a call speaks for it.
    if (atFile && atFile.sha256 === source.sha256) {
      const copy = byHash.get(source.sha256)!;
      return !atFile.callId && copy.callId ? copy : atFile;
    }
    return byHash.get(source.sha256) ?? atFile;
  };
}

/**
 * The live call most of the sources are on now (ties: the earliest id), or
 * null. Files are counted once each: two old sources can now be one file, and
 * the ledger keeps that file once, so the next build must count as this one did.
 */
function targetOf(found: readonly (CurrentSource | undefined)[], liveNow: ReadonlyMap<string, CurrentCall>): CurrentCall | null {
  const counts = new Map<string, number>();
  const seen = new Set<CurrentSource>();
  for (const source of found) {
    if (!source?.callId || !liveNow.has(source.callId) || seen.has(source)) continue;
    seen.add(source);
    counts.set(source.callId, (counts.get(source.callId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && id < best)) best = id;
  }
  return best === null ? null : liveNow.get(best)!;
}

/**
 * Why an id now leads to `target`, from what the sources show: a source of
 * the id was edited ("after a correction to call.md"), a new source joined
 * the call ("after Example Wire (wire.md) gave the date"), or neither, so the
 * same sources were read differently ("re-read from its sources").
 */
function moveReason(
  entry: LedgerEntry,
  found: readonly (CurrentSource | undefined)[],
  target: CurrentCall,
  bySource: ReadonlyMap<string, CurrentSource>,
  mergedWith: readonly string[],
): string {
  const what: string[] = [];
  if (mergedWith.length) what.push(`merged with ${listOf(mergedWith)}`);
  if (entry.date !== target.date) what.push(`dated ${dayMonthYear(target.date)}`);
  if (entry.leaders.join("+") !== target.leaders.join("+")) what.push(`recorded as a call between ${target.names}`);
  if (!what.length) what.push(`recorded as ${target.id}`);

  const onTarget = new Set(target.sources.map((s) => s.file));
  const edited = entry.sources
    .filter((s, i) => found[i] && found[i].file === s.file && found[i].sha256 !== s.sha256 && onTarget.has(s.file))
    .map((s) => s.file);
  const known = new Set(found.filter((s): s is CurrentSource => s !== undefined).map((s) => s.file));
  const added = target.sources.map((s) => bySource.get(s.file)).filter((s): s is CurrentSource => s !== undefined && !known.has(s.file));
  // The phrase that follows what changed, with its own leading space or comma.
  let why: string;
  if (edited.length) why = ` after a correction to ${listOf(edited)}`;
  else if (added.length) {
    const dating = entry.date !== target.date ? added.filter((s) => s.date === target.date) : [];
    why = dating.length
      ? ` after ${listOf(dating.map(sourceLabel))} gave the date`
      : ` after ${listOf(added.map(sourceLabel))} ${added.length === 1 ? "was" : "were"} added`;
  } else why = ", re-read from its sources";
  return `${listOf(what)}${why}`;
}

function withdrawnReason(tracked: readonly TrackedSource[]): string {
  if (tracked.length === 1) return `its only source, ${tracked[0]!.source.file}, ${sourceNow(tracked[0]!.now)}`;
  // In a fixed order (what the sources are now, then file name), so a renamed source does not reorder the sentence.
  const phrases = ["was removed", ...Object.values(STATUS_NOW)];
  const pairs = tracked.map((t) => ({ now: sourceNow(t.now), file: t.source.file }));
  pairs.sort((a, b) => phrases.indexOf(a.now) - phrases.indexOf(b.now) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const groups = new Map<string, string[]>();
  for (const { now, file } of pairs) appendTo(groups, now, file);
  const states = [...groups].map(([now, files]) => `${listOf(files)} ${pluralVerb(now, files.length)}`);
  return `none of its ${tracked.length} sources is on a call page: ${states.join("; ")}`;
}

interface TrackedSource {
  /** The source as the ledger keeps it from now on: its current file and content when found, else as it was. */
  source: LedgerSource;
  now: CurrentSource | undefined;
}

/** The sources with what they are now, each once (two may now be the same file), sorted by file. */
function trackSources(sources: readonly LedgerSource[], found: readonly (CurrentSource | undefined)[]): TrackedSource[] {
  const byKey = new Map<string, TrackedSource>();
  sources.forEach((s, i) => {
    const now = found[i];
    const source = now?.sha256 ? { file: now.file, sha256: now.sha256 } : { file: s.file, sha256: s.sha256 };
    byKey.set(`${source.file}\0${source.sha256}`, { source, now });
  });
  return [...byKey.values()].sort((a, b) => compareSources(a.source, b.source));
}

/** "was removed" → "were removed", "is now …" → "are now …" for several files. */
function pluralVerb(phrase: string, count: number): string {
  if (count === 1) return phrase;
  return phrase
    .replace(/^was /, "were ")
    .replace(/^is now a duplicate of another file/, "are now duplicates of other files")
    .replace(/^is /, "are ");
}

function sourceLabel(source: CurrentSource): string {
  return source.publisher ? `${source.publisher} (${source.file})` : source.file;
}

/** "13 January 2020" */
function dayMonthYear(iso: IsoDate): string {
  return formatLong(iso).replace(/^[A-Za-z]+, /, "");
}

function sortSources(sources: readonly LedgerSource[]): LedgerSource[] {
  return trackSources(sources, []).map((t) => t.source);
}

function compareSources(a: LedgerSource, b: LedgerSource): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
