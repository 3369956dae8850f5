/**
 * `/calls/<id>/` for a published id that is no longer a live call (see
 * `src/ledger/`): a moved or merged call's old address says where the call
 * went and why, and sends the reader there (canonical link and an immediate
 * meta refresh, no JavaScript); a withdrawn call's says why it was withdrawn
 * and what its sources are now, and is not indexed. None of these pages is in
 * the sitemap, the feeds, `calls.json` or search.
 */
import { pageFrame } from "../render/page-frame.ts";
import { absolute } from "../render/urls.ts";
import { html } from "../render/html.ts";
import type { FormerCallView } from "../ledger/pages.ts";
import type { ItemPageData } from "../render/paginate.ts";
import { onePagePer } from "../render/paginate.ts";

type FormerCallPageData = ItemPageData<"former", FormerCallView>;

export const data = { ...onePagePer("paged.formerCalls", "former"), eleventyExcludeFromCollections: true };

export function render({ former, site, page }: FormerCallPageData): string {
  const frame = { site, page };
  const recorded = html`This address recorded a call between ${former.names} on ${former.dateLong}.`;
  const sourceNow = (s: FormerCallView["sources"][number]) =>
    html`<li><code>${s.file}</code> ${s.now}${s.reported ? html` (see the <a href="/report/">build report</a>)` : null}</li>`;
  if (former.to) {
    const heading = former.merged ? "This call record was merged" : "This call has moved";
    const content = html`<article class="former-call">
  <h1>${heading}</h1>
  <p class="lede">${recorded} The call is now at <a href="${former.to.url}">${former.to.label}</a>: ${former.reason}.</p>
  <p>This address keeps leading there. To cite the call, use its new address, <a href="${former.to.url}">${absolute(site.base, former.to.url)}</a>.</p>
  <p>Changes to call addresses are listed in the <a href="/report/">build report</a>.</p>
</article>
`.markup;
    return pageFrame({
      ...frame,
      title: `${heading}: ${former.to.label}`,
      description: `Now at ${former.to.label}: ${former.reason}.`,
      canonical: former.to.url,
      refreshTo: former.to.url,
      content,
    });
  }
  const content = html`<article class="former-call">
  <h1>This call record was withdrawn</h1>
  <p class="lede">${recorded} It is no longer on the timeline: ${former.reason}.</p>
  <h2>Its sources now</h2>
  <ul class="former-sources">${former.sources.map(sourceNow)}</ul>
  <p>The <a href="/report/">build report</a> lists what the last build made of every article. Browse the <a href="/">timeline</a> for the calls on record.</p>
</article>
`.markup;
  return pageFrame({
    ...frame,
    title: `Withdrawn: ${former.names}, ${former.dateLong}`,
    description: `This call record was withdrawn: ${former.reason}.`,
    robots: "noindex",
    content,
  });
}
