/**
 * `/topics/<slug>/` (and `/topics/<slug>/2/`, …): the calls on one topic,
 * newest first, with the quotes on it from those calls. A JavaScript
 * template for the reason the call page is one (see `call.11ty.ts`).
 */
import { pageFrame } from "../render/page-frame.ts";
import { callList } from "../render/call-list.ts";
import { html, trustedHtml } from "../render/html.ts";
import { pageBadge, pageSuffix, pager, perYearTable } from "../render/list-parts.ts";
import type { TopicPage } from "../render/views/topics.ts";
import { plural } from "../render/summary.ts";
import type { ItemPageData } from "../render/paginate.ts";
import { onePagePer } from "../render/paginate.ts";

type TopicPageData = ItemPageData<"chunk", TopicPage>;

export const data = onePagePer("paged.topicPages", "chunk");

export function render({ chunk, site, page }: TopicPageData): string {
  const { topic } = chunk;
  const content = html`<h1>${topic.label}${pageBadge(chunk)}</h1>
<p class="lede">${plural(topic.count, "call", "calls")} in which the leaders discussed this topic, newest first.</p>
${chunk.number === 1 ? perYearTable(topic.perYear, "Calls on this topic per year") : null}
<h2>Calls</h2>
${trustedHtml(callList(chunk.items, { yearAnchors: true }))}
${
  chunk.quotes.length
    ? html`<section aria-labelledby="topic-quotes">
  <h2 id="topic-quotes">Quotes on ${topic.label}</h2>
  ${chunk.quotes.map(
    (quote) => html`<figure class="quote">
    <blockquote><p>${quote.text}</p></blockquote>
    <figcaption>${quote.speaker}, on the call <a href="${quote.call.url}">${quote.call.label}</a></figcaption>
  </figure>
  `,
  )}
</section>`
    : null
}
${pager(chunk, `${topic.label}: pages`)}
`.markup;
  return pageFrame({
    site,
    page,
    title: `${topic.label}${pageSuffix(chunk)}`,
    description: `Phone calls between the leaders of India and Russia on ${topic.label}: ${plural(topic.count, "call", "calls")}.`,
    content,
  });
}
