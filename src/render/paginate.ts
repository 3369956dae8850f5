/**
 * Splitting long lists into pages, so no page grows with the archive:
 * `/topics/trade/`, `/topics/trade/2/`, …
 */
import type { Frame } from "./page-frame.ts";
import { pageUrl } from "./urls.ts";

export interface Chunk<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  url: string;
  previousUrl: string | null;
  nextUrl: string | null;
}

/** At least one chunk, even for an empty list, so the first page always exists. */
export function paginate<T>(items: readonly T[], size: number, base: string): Chunk<T>[] {
  if (size < 1) throw new RangeError("page size must be at least 1");
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
    url: pageUrl(base, i + 1),
    previousUrl: i > 0 ? pageUrl(base, i) : null,
    nextUrl: i + 1 < total ? pageUrl(base, i + 2) : null,
  }));
}

/** What a page template rendered once per item gets: the item under its alias, and the site and page. */
export type ItemPageData<Alias extends string, Item> = { [key in Alias]: Item } & Pick<Frame, "site" | "page">;

/**
 * The Eleventy data of a template rendered once per item of a list in the
 * global data, each at the item's `url`. The permalink is a function, not a
 * template string: Eleventy would parse a template string once per page to
 * find its variables.
 */
export function onePagePer<Alias extends string>(list: string, alias: Alias) {
  return {
    pagination: { data: list, size: 1, alias },
    permalink: (data: { [key in Alias]: { url: string } }) => data[alias].url,
  };
}
