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

const FORMAT = 2;

interface Entry {
  hash: string;
  /** The file's size, times and inode when it was stored (`fileStamp`), if the caller gave them. */
  stamp: string | null;
  /** The outcome as one JSON line: parsed afresh on every hit, so callers may mutate what they get. */
  line: string;
}

/**
 * What `stat` says of a file: size, modification and change times, inode.
 * When all four are as they were, the file is taken as unchanged without
 * reading it, as git's index and make do; any edit, copy or replacement
 * changes at least one of them.
 */
export function fileStamp(stats: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
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

  constructor(
    readonly dir: string,
    readonly fingerprint: string,
    fileName: string,
  ) {
    this.file = path.join(dir, fileName);
    this.fresh = !this.load();
  }

  /** The stored outcome for this file and content, or undefined. */
  get(file: string, hash: string): T | undefined {
    const entry = this.entries.get(file);
    return entry?.hash === hash ? this.hit(file, entry) : this.miss();
  }

  /** The stored outcome when the file's stamp is the one stored with it: no need to read the file. */
  getUnchanged(file: string, stamp: string): T | undefined {
    const entry = this.entries.get(file);
    return entry?.stamp === stamp ? this.hit(file, entry) : undefined;
  }

  /** Records an outcome; call before anything mutates it. */
  set(file: string, hash: string, outcome: T, stamp: string | null = null): void {
    this.store(file, hash, stamp, `"outcome":${JSON.stringify(outcome)}}`);
  }

  /** Records that the file, found unchanged by its content, now has this stamp. */
  restamp(file: string, stamp: string): void {
    const entry = this.entries.get(file);
    if (entry && entry.stamp !== stamp) this.store(file, entry.hash, stamp, entry.line.slice(entry.line.indexOf('"outcome":')));
  }

  /** `rest` is the line's end from `"outcome":`. */
  private store(file: string, hash: string, stamp: string | null, rest: string): void {
    // Key fields first and in a fixed order: `load` reads them without parsing the outcome.
    const line = `{"file":${JSON.stringify(file)},"hash":"${hash}","stamp":${JSON.stringify(stamp)},${rest}`;
    if (this.entries.has(file)) this.dead++;
    this.entries.set(file, { hash, stamp, line });
    this.pending.push(line);
  }

  private hit(file: string, entry: Entry): T | undefined {
    try {
      const outcome = (JSON.parse(entry.line) as { outcome: T }).outcome;
      this.hits++;
      return outcome;
    } catch {
      this.entries.delete(file);
      return this.miss();
    }
  }

  private miss(): undefined {
    this.misses++;
    return undefined;
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
      const key = /^\{"file":("(?:[^"\\]|\\.)*"),"hash":"([0-9a-f]{64})","stamp":(null|"[0-9.:]+"),"outcome":\{/.exec(line);
      if (!key || !line.endsWith("}")) continue;
      let file: string;
      try {
        file = JSON.parse(key[1]!) as string;
      } catch {
        continue;
      }
      if (this.entries.has(file)) this.dead++;
      this.entries.set(file, { hash: key[2]!, stamp: key[3] === "null" ? null : key[3]!.slice(1, -1), line });
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
