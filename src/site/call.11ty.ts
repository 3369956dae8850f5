/**
 * `/calls/<id>/`: one permanent page per call. A JavaScript template, as the
 * base layout is, because it is rendered once per call: at 4,000 calls
 * Nunjucks' per-render set-up was a fifth of the build. For the same reason
 * it puts itself in the page frame instead of naming a layout: Eleventy's
 * layout step and the computed title and description it would need cost
 * more per page than the frame. Every value is escaped by `html`; the only
 * markup passed through is remark-html's sanitised article text.
 */
import { pageFrame } from "../render/page-frame.ts";
import { absolute } from "../render/urls.ts";
import { html, trustedHtml } from "../render/html.ts";
import type { CallView, QuoteView, SourceView } from "../render/views/call.ts";
import { plural } from "../render/summary.ts";
import type { ItemPageData } from "../render/paginate.ts";
import { onePagePer } from "../render/paginate.ts";

type CallPageData = ItemPageData<"call", CallView>;

export const data = onePagePer("paged.calls", "call");

export function render({ call, site, page }: CallPageData): string {
  const content = article(call, site);
  return pageFrame({ site, page, title: call.headline, description: call.summary, ogType: "article", content });
}

/** ` lang="ru"` for text in another language than the page's. */
const langOf = (language: SourceView["language"]) => (language ? html` lang="${language.code}"` : null);

function article(call: CallView, site: CallPageData["site"]): string {
  const sincePrevious =
    call.daysSincePrevious !== null ? ` (${plural(call.daysSincePrevious, "day", "days")} after the previous call)` : null;
  const topicChip = (topic: CallView["topicLinks"][number]) => html`<li><a href="${topic.url}">${topic.label}</a></li>`;
  const published = (source: SourceView) =>
    source.published ? html`, published <time datetime="${source.publishedIso}">${source.published}</time>` : null;
  const inLanguage = (source: SourceView) =>
    source.language ? html`, in <span class="source-language">${source.language.name}</span>` : null;
  const asWritten = (row: CallView["why"][number]) =>
    row.language
      ? html`<span lang="${row.language.code}">${row.sentence}</span>” (in ${row.language.name}, as written)`
      : html`${row.sentence}”`;
  return html`<article class="call">
  <header>
    <h1>${call.names} spoke by phone on ${call.dateLong}</h1>
    <p class="lede">${call.summary}</p>
  </header>

  <dl class="facts">
    <dt>Date</dt>
    <dd><time datetime="${call.date}">${call.dateLong}</time>${sincePrevious}</dd>
    <dt>Leaders</dt>
    <dd><ul>${call.people.map((p) => html`<li><a href="${p.url}">${p.label}</a>${p.office ? `, ${p.office}` : null}</li>`)}</ul></dd>
    <dt>Placed by</dt>
    <dd>${call.initiator || "Not stated in the sources"}</dd>
    <dt>Topics</dt>
    <dd>${call.topicLinks.length ? html`<ul class="topic-chips">${call.topicLinks.map(topicChip)}</ul>` : "None identified"}</dd>
  </dl>
${call.quoteGroups.length ? quotes(call) : null}
  <section aria-labelledby="sources">
    <h2 id="sources">Sources</h2>
    <ol class="sources">
      ${call.sourceViews.map(
        (source) => html`<li id="${source.anchor}">
        <p class="source-title">${source.url ? html`<a href="${source.url}" rel="nofollow noopener">${source.title}</a>` : source.title}</p>
        <p class="source-meta">${source.name}${published(source)}${inLanguage(source)}</p>
        ${source.placement ? html`<p class="source-meta">Why it is on this call: ${source.placement}</p>` : null}
        <details><summary>Article text</summary><div class="article-text"${langOf(source.language)}>${trustedHtml(source.html)}</div></details>
      </li>
      `,
      )}
    </ol>
  </section>
${
  call.why.length
    ? html`
  <section aria-labelledby="why">
    <h2 id="why">Why we think this</h2>
    <dl class="why">
      ${call.why.map((row) => html`<dt>${row.field}</dt><dd>“${asWritten(row)}</dd>`)}
    </dl>
  </section>
`
    : null
}${
    call.notes.length
      ? html`
  <section aria-labelledby="notes">
    <h2 id="notes">Where the sources disagree</h2>
    <ul class="notes">
      ${call.notes.map((note) => html`<li><a href="#${note.anchor}">${note.source}</a>: ${note.message}</li>`)}
    </ul>
  </section>
`
      : null
  }
  <section aria-labelledby="cite" class="cite">
    <h2 id="cite">Cite this</h2>
    <p class="cite-text">“Phone call: ${call.names}, ${call.dateLong}.” ${site.name}: ${site.title}. ${absolute(site.base, call.url)}</p>
    <p>The record as data: <a href="${call.jsonUrl}">${call.id}.json</a></p>
  </section>

  <nav class="prev-next" aria-label="Other calls">
    ${call.previous ? html`<a rel="prev" href="${call.previous.url}">← Previous call: ${call.previous.label}</a>` : null}
    ${call.next ? html`<a rel="next" href="${call.next.url}">Next call: ${call.next.label} →</a>` : null}
  </nav>
</article>
`.markup;
}

function quotes(call: CallView) {
  const reportedBy = (quote: QuoteView) => quote.sources.map((s, i) => html`${i ? ", " : null}<a href="#${s.anchor}">${s.title}</a>`);
  const untranslated = (quote: QuoteView) => (quote.language ? html`. In ${quote.language.name}, as published; not translated` : null);
  return html`
  <section aria-labelledby="quotes">
    <h2 id="quotes">Quotes</h2>
    ${call.quoteGroups.map(
      (group) => html`<h3>${group.speaker}</h3>
    ${group.quotes.map(
      (quote) => html`<figure class="quote">
      <blockquote${langOf(quote.language)}><p>${quote.text}</p></blockquote>
      <figcaption>As reported by ${reportedBy(quote)}${untranslated(quote)}</figcaption>
    </figure>
    `,
    )}`,
    )}
  </section>
`;
}
