/**
 * Re-rendering only what changed, for the watch loop, through Eleventy's
 * public API only: the one-item-per-page templates (call, year, topic,
 * person and former-call pages) paginate over the global data `paged`, and in
 * an incremental pass `paged` holds only the items whose data changed since
 * the last pass. Eleventy then makes pages of those alone; the other pages'
 * files stay on disk as they are (Eleventy never deletes output). Pages
 * without pagination, and the report's pages, always render from the full
 * archive. It works whatever the templates print, since it compares the data
 * each page is made from.
 */
import { createHash } from "node:crypto";

/** The lists the one-item-per-page templates paginate over, by name. */
export type PagedLists = Record<string, readonly unknown[]>;

export interface ChangedPages {
  /** The lists to render this pass: all of them, or in an incremental pass the items that changed since the last pass. */
  select<T extends PagedLists>(lists: T): T;
  /** Items rendered and skipped in the last pass, over all lists. */
  lastPass(): { skipped: number; rendered: number };
}

/**
 * `incremental` says whether the pass under way may skip unchanged items: the
 * watch loop answers yes for passes it starts on article changes, and no for
 * the passes Eleventy starts itself (a template or data file changed).
 */
export function createChangedPages(incremental: () => boolean): ChangedPages {
  /** List name → item hashes of the last pass. */
  let previous = new Map<string, Set<string>>();
  let skipped = 0;
  let rendered = 0;
  return {
    select<T extends PagedLists>(lists: T): T {
      const skipUnchanged = incremental();
      const current = new Map<string, Set<string>>();
      const selected: Record<string, readonly unknown[]> = {};
      skipped = 0;
      rendered = 0;
      for (const [name, items] of Object.entries(lists)) {
        const hashes = items.map(itemHash);
        current.set(name, new Set(hashes));
        const before = previous.get(name);
        const keep = skipUnchanged && before ? items.filter((_, i) => !before.has(hashes[i]!)) : items;
        skipped += items.length - keep.length;
        rendered += keep.length;
        selected[name] = keep;
      }
      previous = current;
      return selected as T;
    },
    lastPass: () => ({ skipped, rendered }),
  };
}

function itemHash(item: unknown): string {
  return createHash("sha1")
    .update(JSON.stringify(item) ?? "")
    .digest("base64");
}
