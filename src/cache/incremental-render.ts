import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Re-rendering only what changed, for the watch loop.
 *
 * Eleventy re-renders every page when global data changes. Here, each
 * one-item-per-page pagination (call pages, topic pages, year pages …) keeps
 * the hash of every item it rendered; in an incremental pass, items whose
 * hash is unchanged are dropped before Eleventy makes pages of them, so their
 * files stay as they are on disk. Pages without pagination, and paginations
 * of several items per page (whose page numbers would shift), always render.
 * It works whatever templates the site has, since it looks only at the data
 * each page is made from.
 */
export interface IncrementalRender {
  /** The next pass renders changed items only (false: everything, as a full build). */
  setIncremental(on: boolean): void;
  /** Paginated pages skipped and rendered in the last pass, over all templates. */
  lastPass(): { skipped: number; rendered: number };
}

interface PaginationLike {
  template?: { inputPath?: string };
  size?: number;
  chunkedItems?: unknown[][];
  hasPagination(): boolean;
  setData(data: unknown): void;
}

let installed: IncrementalRender | undefined;

/** Patches Eleventy's pagination once per process; only the watch loop calls this, never a plain build. */
export async function installIncrementalRender(): Promise<IncrementalRender> {
  if (installed) return installed;
  // Eleventy's package exports do not list the pagination module: load the very file Eleventy itself imports.
  const entry = createRequire(import.meta.url).resolve("@11ty/eleventy");
  const modulePath = path.join(path.dirname(entry), "Plugins", "Pagination.js");
  const { default: Pagination } = (await import(pathToFileURL(modulePath).href)) as { default: { prototype: PaginationLike } };

  /** Template → item hashes of the last completed pass, and of the one under way. */
  let previous = new Map<string, Set<string>>();
  let current = new Map<string, Set<string>>();
  let incremental = false;
  let skipped = 0;
  let rendered = 0;

  const original = Pagination.prototype.setData;
  Pagination.prototype.setData = function (this: PaginationLike, data: unknown) {
    original.call(this, data);
    const key = this.template?.inputPath;
    if (!key || !this.hasPagination() || this.size !== 1 || !this.chunkedItems) return;
    const hashes = this.chunkedItems.map((chunk) => itemHash(chunk));
    current.set(key, new Set(hashes));
    const before = previous.get(key);
    if (!incremental || !before) {
      rendered += hashes.length;
      return;
    }
    const keep = this.chunkedItems.filter((_, i) => !before.has(hashes[i]!));
    skipped += this.chunkedItems.length - keep.length;
    rendered += keep.length;
    this.chunkedItems = keep;
  };

  installed = {
    setIncremental(on) {
      // A pass starts: what the last one rendered becomes the reference.
      if (current.size) previous = current;
      current = new Map();
      incremental = on;
      skipped = 0;
      rendered = 0;
    },
    lastPass: () => ({ skipped, rendered }),
  };
  return installed;
}

function itemHash(chunk: unknown): string {
  return createHash("sha1").update(JSON.stringify(chunk) ?? "").digest("base64");
}
