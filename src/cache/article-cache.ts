import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Unreadable } from "../consolidate/consolidate.ts";
import type { Article } from "../types.ts";

/** What reading and extracting one file gave: an article, or why it could not be read. */
export type CachedOutcome = { article: Article } | { unreadable: Unreadable };

/** Default folder, relative to the project root; `CALLTRAIL_CACHE_DIR` overrides it. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CALLTRAIL_CACHE_DIR ? path.resolve(env.CALLTRAIL_CACHE_DIR) : path.resolve(import.meta.dirname, "../../.cache/calltrail");
}

/** `CALLTRAIL_CACHE=off` turns the cache off (for cold measurements, or to rule it out). */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|0|false|no)$/i.test(env.CALLTRAIL_CACHE ?? "");
}

const FORMAT = 1;

interface Entry {
  hash: string;
  /** The outcome as one JSON line: parsed afresh on every hit, so callers may mutate what they get. */
  line: string;
}

/**
 * Values keyed by a name (a file path) and a content hash, kept as one
 * append-only NDJSON file. Its first line names the fingerprint of the code
 * and data that made the values; a different fingerprint discards the whole
 * file. Unreadable lines (a crash mid-write, a hand edit) are skipped, never fatal.
 */
export class KeyedCache<T> {
  readonly file: string;
  private entries = new Map<string, Entry>();
  private pending: string[] = [];
  /** Lines in the file that a later line replaced: the file is rewritten when they outnumber live ones. */
  private dead = 0;
  private fresh: boolean;
  hits = 0;
  misses = 0;

  constructor(readonly dir: string, readonly fingerprint: string, fileName: string) {
    this.file = path.join(dir, fileName);
    this.fresh = !this.load();
  }

  /** The stored outcome for this file and content, or undefined. */
  get(file: string, hash: string): T | undefined {
    const entry = this.entries.get(file);
    if (entry?.hash === hash) {
      try {
        const outcome = (JSON.parse(entry.line) as { outcome: T }).outcome;
        this.hits++;
        return outcome;
      } catch {
        this.entries.delete(file);
      }
    }
    this.misses++;
    return undefined;
  }

  /** Records an outcome; call before anything mutates it. */
  set(file: string, hash: string, outcome: T): void {
    const line = JSON.stringify({ file, hash, outcome });
    if (this.entries.has(file)) this.dead++;
    this.entries.set(file, { hash, line });
    this.pending.push(line);
  }

  /** Writes what changed: appends new lines, or rewrites the file when it is new or mostly stale. */
  save(): void {
    if (!this.pending.length && !this.fresh) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      if (this.fresh || this.dead > this.entries.size) {
        const temp = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temp, [this.header(), ...[...this.entries.values()].map((e) => e.line)].join("\n") + "\n");
        renameSync(temp, this.file);
        this.fresh = false;
        this.dead = 0;
      } else appendFileSync(this.file, this.pending.join("\n") + "\n");
      this.pending = [];
    } catch (error) {
      // A read-only or full disk only costs speed.
      process.emitWarning(`calltrail cache not saved: ${(error as Error).message}`);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private header(): string {
    return JSON.stringify({ calltrailCache: FORMAT, fingerprint: this.fingerprint });
  }

  /** True when an existing file for this fingerprint was read. */
  private load(): boolean {
    if (!existsSync(this.file)) return false;
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return false;
    }
    const lines = text.split("\n");
    if (lines[0] !== this.header()) return false;
    for (const line of lines.slice(1)) {
      if (!line) continue;
      // Only the key is read now; the outcome is parsed when asked for.
      const key = /^\{"file":("(?:[^"\\]|\\.)*"),"hash":"([0-9a-f]{64})","outcome":\{/.exec(line);
      if (!key || !line.endsWith("}")) continue;
      let file: string;
      try {
        file = JSON.parse(key[1]!) as string;
      } catch {
        continue;
      }
      if (this.entries.has(file)) this.dead++;
      this.entries.set(file, { hash: key[2]!, line });
    }
    return true;
  }
}

/** Extraction results keyed by file path and content hash (`articles.ndjson`). */
export class ArticleCache extends KeyedCache<CachedOutcome> {
  constructor(dir: string, fingerprint: string) {
    super(dir, fingerprint, "articles.ndjson");
  }
}
