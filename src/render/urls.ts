/**
 * Site paths of the archive's pages, and absolute URLs built from them. In one
 * place so that a page that links to another, the sitemap and the feeds never
 * disagree about an address. Paths start at the site root; Eleventy's HTML
 * base plugin adds any path prefix to links in HTML.
 */

/** An absolute URL for feeds, the sitemap and "Cite this": `base` is the site's address with any path prefix. */
export function absolute(base: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`).href;
}

/** A call's permanent page: its id never changes once published (src/ledger/). */
export function callUrl(id: string): string {
  return `/calls/${id}/`;
}

/** The call's record as data, beside its page. */
export function callJsonUrl(id: string): string {
  return `/calls/${id}.json`;
}

/** A year's first page of calls. */
export function yearUrl(year: string): string {
  return `/years/${year}/`;
}

/** A topic's first page of calls. */
export function topicUrl(slug: string): string {
  return `/topics/${slug}/`;
}

/** A leader's first page of calls. */
export function personUrl(slug: string): string {
  return `/people/${slug}/`;
}

/** The URL of page `n` of a list whose first page is `base` (ending in `/`): `/topics/trade/`, `/topics/trade/2/`, … */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}${n}/`;
}
