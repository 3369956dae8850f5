/**
 * `/years/<year>/` (and `/years/<year>/2/`, …): a year's calls, newest first.
 * A JavaScript template for the reason the call page is one (see
 * `call.11ty.ts`): it is rendered once per page of every year.
 */
import { pageFrame } from "../render/page-frame.ts";
import { callList } from "../render/call-list.ts";
import { html, trustedHtml } from "../render/html.ts";
import { pageBadge, pageSuffix, pager } from "../render/list-parts.ts";
import type { YearPage } from "../render/views/years.ts";
import { plural } from "../render/summary.ts";
import type { ItemPageData } from "../render/paginate.ts";
import { onePagePer } from "../render/paginate.ts";

type YearPageData = ItemPageData<"chunk", YearPage>;

export const data = onePagePer("paged.yearPages", "chunk");

export function render({ chunk, site, page }: YearPageData): string {
  const { year } = chunk;
  const content = html`<h1>Calls in ${year.year}${pageBadge(chunk)}</h1>
<p class="lede">${plural(year.count, "call", "calls")} between the leaders of India and Russia in ${year.year}, newest first.</p>
${trustedHtml(callList(chunk.items))}
${pager(chunk, `Calls in ${year.year}: pages`)}
<nav class="pager" aria-label="Other years">
  <ul>${chunk.nextYear ? html`<li><a href="${chunk.nextYear.url}">← ${chunk.nextYear.year}</a></li>` : null}
    <li><a href="/#years">All years</a></li>${chunk.previousYear ? html`<li><a href="${chunk.previousYear.url}">${chunk.previousYear.year} →</a></li>` : null}
  </ul>
</nav>
`.markup;
  return pageFrame({
    site,
    page,
    title: `Calls in ${year.year}${pageSuffix(chunk)}`,
    description: `${plural(year.count, "phone call", "phone calls")} between the leaders of India and Russia in ${year.year}.`,
    content,
  });
}
