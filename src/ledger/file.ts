/**
 * The ledger file: where it lives, reading and checking it, and writing it.
 *
 * One JSON object a line, sorted by id, no timestamps: two builds of the same
 * content leave it byte-identical, a change to one id is a one-line diff, and
 * a broken line is reported with its number. Lines starting with `#` are
 * comments.
 *
 * Only `npm run build` (after the site is published) and `npm start` write it
 * (`commitLedger`); any other build, such as the tests' builds through
 * Eleventy's API, only reads it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultCacheDir } from "../cache/article-cache.ts";
import { DEFAULT_DATA_DIR } from "../data/load.ts";
import { isRealDate } from "../dates.ts";
import { SAFE_ID } from "../call-ids.ts";
import type { EntryStatus, LedgerEntry } from "./ledger.ts";

export const LEDGER_FILE_NAME = "published-ids.jsonl";

const HEADER = [
  '# calltrail: every call id this site has published, one JSON object a line, sorted by id (see README, "Links that never break").',
  "# Written by `npm run build` and `npm start`. Commit it with the articles: without it, a call whose id changes leaves its old address dead.",
];
const SHA256 = /^[0-9a-f]{64}$/;
const STATUSES: readonly EntryStatus[] = ["live", "moved", "withdrawn"];
const KEYS = new Set(["id", "status", "date", "leaders", "movedTo", "merged", "reason", "sources"]);

/**
 * The ledger for an articles folder: `CALLTRAIL_LEDGER` when set; for the
 * project's own `content/articles/`, `content/data/published-ids.jsonl`
 * (committed); for any other folder (`ARTICLES_DIR`), a file keyed by that
 * folder's path in the cache folder, so builds of test or benchmark articles
 * never touch the project's ledger.
 */
export function ledgerPath(articles: string, defaultArticles: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CALLTRAIL_LEDGER) return path.resolve(env.CALLTRAIL_LEDGER);
  if (path.resolve(articles) === path.resolve(defaultArticles)) return path.join(DEFAULT_DATA_DIR, LEDGER_FILE_NAME);
  const key = createHash("sha256").update(path.resolve(articles)).digest("hex").slice(0, 16);
  return path.join(defaultCacheDir(env), "ledgers", `${key}-${LEDGER_FILE_NAME}`);
}

/** A ledger line that cannot be used: names the file and line. */
export class LedgerError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${path.relative(process.cwd(), file) || file}:${line}: ${message}`);
    this.name = "LedgerError";
  }
}

/** The ledger in a file; a missing file is an empty ledger (the first build creates it). */
export function readLedger(file: string): LedgerEntry[] {
  if (!existsSync(file)) return [];
  return parseLedger(readFileSync(file, "utf8"), file);
}

export function parseLedger(text: string, file: string): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const fail = (message: string): never => {
      throw new LedgerError(file, i + 1, message);
    };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      fail(`not a JSON object (${(error as Error).message}); each line of the ledger is one JSON object`);
    }
    const entry = checkEntry(value, fail);
    if (seen.has(entry.id)) fail(`id ${entry.id} is listed twice`);
    seen.add(entry.id);
    entries.push(entry);
  });
  return entries;
}

function checkEntry(value: unknown, fail: (message: string) => never): LedgerEntry {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("not a JSON object");
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!KEYS.has(key)) fail(`unknown field "${key}"`);
  const id = v.id;
  if (typeof id !== "string" || !SAFE_ID.test(id))
    return fail(`"id" must be a call id such as "2021-12-20-modi-putin", got ${JSON.stringify(id)}`);
  const status = v.status as EntryStatus;
  if (!STATUSES.includes(status)) fail(`"status" must be one of ${STATUSES.join(", ")}, got ${JSON.stringify(v.status)}`);
  if (typeof v.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v.date) || !isRealDate(v.date))
    fail(`"date" must be a date YYYY-MM-DD, got ${JSON.stringify(v.date)}`);
  if (!Array.isArray(v.leaders) || !v.leaders.length || !v.leaders.every((s) => typeof s === "string" && SAFE_ID.test(s)))
    fail(`"leaders" must be a list of leader slugs`);
  if (!Array.isArray(v.sources)) return fail(`"sources" must be a list of { "file", "sha256" }`);
  const sources = v.sources.map((s: unknown) => {
    const src = s as Record<string, unknown>;
    if (
      typeof s !== "object" ||
      s === null ||
      typeof src.file !== "string" ||
      !src.file ||
      typeof src.sha256 !== "string" ||
      !SHA256.test(src.sha256)
    ) {
      return fail(`each source must be { "file": path, "sha256": 64 hex digits }, got ${JSON.stringify(s)}`);
    }
    return { file: src.file, sha256: src.sha256 };
  });
  const entry: LedgerEntry = { id, status, date: v.date, leaders: v.leaders as string[], sources };
  if (status === "moved") {
    if (typeof v.movedTo !== "string" || !SAFE_ID.test(v.movedTo)) fail(`a moved id needs "movedTo", the call id it leads to`);
    entry.movedTo = v.movedTo;
    if (v.merged !== undefined && typeof v.merged !== "boolean") fail(`"merged" must be true or false`);
    if (v.merged === true) entry.merged = true;
  } else if (v.movedTo !== undefined || v.merged !== undefined) fail(`only a moved id has "movedTo" and "merged"`);
  if (status !== "live") {
    if (typeof v.reason !== "string" || !v.reason) fail(`a ${status} id needs "reason"`);
    entry.reason = v.reason;
  } else if (v.reason !== undefined) fail(`a live id has no "reason"`);
  return entry;
}

/** The file's text: the header, then one line per id in a fixed key order. */
export function serializeLedger(entries: readonly LedgerEntry[]): string {
  const lines = entries.map((e) =>
    JSON.stringify({
      id: e.id,
      status: e.status,
      date: e.date,
      leaders: e.leaders,
      ...(e.movedTo ? { movedTo: e.movedTo } : {}),
      ...(e.merged ? { merged: true } : {}),
      ...(e.reason ? { reason: e.reason } : {}),
      sources: e.sources.map((s) => ({ file: s.file, sha256: s.sha256 })),
    }),
  );
  return `${[...HEADER, ...lines].join("\n")}\n`;
}

/** Writes the ledger when its text differs from the file's (so a watcher sees no change otherwise); true when written. */
export function writeLedger(file: string, entries: readonly LedgerEntry[]): boolean {
  const text = serializeLedger(entries);
  if (existsSync(file) && readFileSync(file, "utf8") === text) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return true;
}
