/**
 * `/people/<slug>/` (and `/people/<slug>/2/`, …): one leader's offices and
 * calls, newest first. A JavaScript template for the reason the call page
 * is one (see `call.11ty.ts`).
 */
import { pageFrame } from "../render/page-frame.ts";
import { callList } from "../render/call-list.ts";
import { html, trustedHtml } from "../render/html.ts";
import { pageBadge, pageSuffix, pager } from "../render/list-parts.ts";
import type { PersonPage } from "../render/views/people.ts";
import { plural } from "../render/summary.ts";
import type { ItemPageData } from "../render/paginate.ts";
import { onePagePer } from "../render/paginate.ts";

type PersonPageData = ItemPageData<"chunk", PersonPage>;

export const data = onePagePer("paged.personPages", "chunk");

export function render({ chunk, site, page }: PersonPageData): string {
  const { person } = chunk;
  const counterpart = person.country === "India" ? "Russia" : "India";
  const content = html`<h1>${person.name}${pageBadge(chunk)}</h1>
<p class="lede">${plural(person.count, "call", "calls")} in this archive, newest first.</p>
<h2>Offices</h2>
<ul class="offices">
  ${person.offices.map((office) => html`<li>${office.title}, ${office.from} to ${office.to || "present"}</li>`)}
</ul>
<h2>Calls</h2>
${trustedHtml(callList(chunk.items))}
${pager(chunk, `${person.name}: pages`)}
`.markup;
  return pageFrame({
    site,
    page,
    title: `${person.name}${pageSuffix(chunk)}`,
    description: `Phone calls of ${person.name} with the leaders of ${counterpart}: ${plural(person.count, "call", "calls")}.`,
    content,
  });
}
