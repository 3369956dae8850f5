/**
 * The ledger in a build: the previous ledger against this build's calls.
 * The render step's data (`src/render/archive-source.ts`) calls
 * `reconcilePublished` with the archive; the CLI calls `commitLedger` with
 * that result once the site is published, so a failed or refused
 * (`--strict`) build records nothing, and builds through Eleventy's API (the
 * tests) never write it unless they ask.
 */
import path from "node:path";
import type { Archive } from "../pipeline.ts";
import { listOf } from "../words.ts";
import { writeLedger, readLedger } from "./file.ts";
import type { CurrentState, LedgerChange, LedgerUpdate } from "./ledger.ts";
import { updateLedger } from "./ledger.ts";

export interface Published extends LedgerUpdate {
  /** The ledger file read (and, by `commitLedger`, written). */
  file: string;
  /** Every file read this build, as the ledger names it (relative to the articles folder). */
  current: CurrentState;
}

/** The ledger after this build, from the one in `file`, for `commitLedger` once the site is out. Throws `LedgerError` for a broken file. */
export function reconcilePublished(
  archive: Pick<Archive, "articles" | "calls" | "statuses">,
  articlesFolder: string,
  file: string,
): Published {
  const current = currentState(archive, articlesFolder);
  const update = updateLedger(readLedger(file), current);
  return { file, current, ...update };
}

/** Writes a build's ledger, if it changed. Only the caller knows when the site is published, so it keeps `published` until then. */
export function commitLedger(published: Pick<Published, "file" | "ledger" | "changes">): {
  file: string;
  written: boolean;
  changes: LedgerChange[];
} {
  const { file, ledger, changes } = published;
  return { file, written: writeLedger(file, ledger), changes };
}

/** The archive as the ledger sees it: files relative to the articles folder, with their content hash. */
export function currentState(archive: Pick<Archive, "articles" | "calls" | "statuses">, articlesFolder: string): CurrentState {
  const name = ledgerName(articlesFolder);
  const byFile = new Map(archive.articles.map((a) => [a.file, a]));
  return {
    calls: archive.calls.map((call) => ({
      id: call.id,
      date: call.date,
      leaders: call.participants.map((p) => p.slug),
      names: listOf(call.participants.map((p) => p.name)),
      sources: call.sources.flatMap((s) => {
        const article = byFile.get(s.file);
        return article ? [{ file: name(s.file), sha256: article.contentHash }] : [];
      }),
    })),
    sources: archive.statuses.map((status) => {
      const article = byFile.get(status.file);
      return {
        file: name(status.file),
        sha256: article?.contentHash ?? null,
        status: status.status,
        callId: status.callId,
        date: article?.callDate.date ?? null,
        publisher: article?.publisher ?? null,
      };
    }),
  };
}

/**
 * A file's name in the ledger: relative to the articles folder, with `/`.
 * The pipeline names files by joining the folder as given to their names, so
 * a prefix test settles nearly all of them without resolving paths (at
 * 10,000 articles that was most of the ledger's time).
 */
function ledgerName(articlesFolder: string): (file: string) => string {
  const root = path.resolve(articlesFolder);
  const prefixes = [root, path.relative(process.cwd(), root)].filter(Boolean).map((p) => p + path.sep);
  const slashes = path.sep === "/" ? (name: string) => name : (name: string) => name.split(path.sep).join("/");
  return (file) => {
    for (const prefix of prefixes) {
      const rest = file.startsWith(prefix) ? file.slice(prefix.length) : null;
      if (rest && !`${path.sep}${rest}`.includes(`${path.sep}..${path.sep}`) && !rest.includes(`${path.sep}.${path.sep}`))
        return slashes(rest);
    }
    return slashes(path.relative(root, path.resolve(file)));
  };
}
