/**
 * Parts shared by the paginated list pages (years, topics, people) and the
 * timeline: the links between a list's pages, and a per-year count table.
 */
import type { Chunk } from "./paginate.ts";
import type { Html } from "./html.ts";
import { html } from "./html.ts";

/** Links to the newer and older pages of a list; nothing when the list fits on one page. */
export function pager(chunk: Chunk<unknown>, label: string): Html | null {
  if (chunk.total <= 1) return null;
  return html`<nav class="pager" aria-label="${label}">
  <p>Page ${chunk.number} of ${chunk.total}</p>
  <ul>${chunk.previousUrl ? html`<li><a rel="prev" href="${chunk.previousUrl}">← Newer calls</a></li>` : null}${
    chunk.nextUrl ? html`<li><a rel="next" href="${chunk.nextUrl}">Older calls →</a></li>` : null
  }
  </ul>
</nav>`;
}

/** Calls per year as a small table, each year linking to its page. */
export function perYearTable(rows: readonly { year: string; url: string; count: number }[], caption: string): Html {
  return html`<table class="per-year">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">Year</th><th scope="col">Calls</th></tr></thead>
  <tbody>${rows.map((row) => html`<tr><th scope="row"><a href="${row.url}">${row.year}</a></th><td>${row.count}</td></tr>`)}
  </tbody>
</table>`;
}

/** " (page 2)" in a title, nothing on a list's first page. */
export function pageSuffix(chunk: Chunk<unknown>): string {
  return chunk.number > 1 ? ` (page ${chunk.number})` : "";
}

/** The page number beside a heading, from a list's second page on. */
export function pageBadge(chunk: Chunk<unknown>): Html | null {
  return chunk.number > 1 ? html` <small>page ${chunk.number}</small>` : null;
}
