/**
 * The list of calls on the timeline, year, topic and person pages. Written
 * here rather than as a Nunjucks include because it is the loop of the site:
 * about 25,000 entries for a 10,000-article archive, where Nunjucks spent
 * more time per entry than the rest of those pages together. Templates use
 * it as a filter: `{{ calls | callList | safe }}`.
 */
import { html } from "./html.ts";
import { yearAnchor } from "./topic-matrix.ts";
import type { CallView } from "./views/call.ts";
import { plural } from "./summary.ts";

/**
 * Each entry stays small: a list page can hold 50 of them. With
 * `yearAnchors`, the first (newest) call of each year in the list carries
 * the year's anchor (`id="y2022"`), which the topics' heat map links to.
 */
/** " · 31 days after the previous call", or nothing for the first call. */
function sincePrevious(call: CallView): string | null {
  return call.daysSincePrevious !== null ? ` · ${plural(call.daysSincePrevious, "day", "days")} after the previous call` : null;
}

export function callList(calls: readonly CallView[], options: { yearAnchors?: boolean } = {}): string {
  const anchored = new Set<string>();
  const anchorOf = (call: CallView) => {
    if (!options.yearAnchors || anchored.has(call.year)) return null;
    anchored.add(call.year);
    return html` id="${yearAnchor(call.year)}"`;
  };
  return html`<ol class="call-list">${calls.map(
    (call) => html`
  <li class="call-item"${anchorOf(call)}>
    <p class="call-date"><time datetime="${call.date}">${call.dateLong}</time>${sincePrevious(call)}</p>
    <h3 class="call-title"><a href="${call.url}">${call.names}</a></h3>
    <p class="call-summary">${call.summary}</p>
    <p class="call-meta">${call.initiator ? `Placed by ${call.initiator} · ` : null}${plural(call.sources.length, "source", "sources")}</p>${
      call.topicLinks.length
        ? html`
    <ul class="topic-chips">${call.topicLinks.map((topic) => html`<li><a href="${topic.url}">${topic.label}</a></li>`)}
    </ul>`
        : null
    }
  </li>`,
  )}
</ol>`.markup;
}
