/**
 * HTML from template literals, escaped by default: `html\`<p>${text}</p>\``
 * escapes `text`; only markup that is already an `Html` (another `html`
 * fragment, or `trustedHtml` for remark-html's sanitised output) goes in
 * as is. Arrays are joined, and `null`, `undefined` and `false` print nothing,
 * so conditionals and loops read as plain expressions.
 *
 * Used by the templates rendered once per call, where Nunjucks' per-render
 * set-up cost more than the page itself (see `src/site/call.11ty.ts`).
 */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** The same five characters Nunjucks' autoescape replaces, so both kinds of template escape alike. */
export function escapeHtml(text: string): string {
  // Most values (names, dates, titles) have none of them: testing first skips building a new string.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ENTITIES[char]!) : text;
}

/** Markup that must not be escaped again; only for HTML that was sanitised where it was made. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

function print(value: HtmlValue): string {
  if (typeof value === "string") return escapeHtml(value);
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.markup;
  if (isList(value)) {
    let markup = "";
    for (const item of value) markup += print(item);
    return markup;
  }
  return escapeHtml(String(value));
}

/** `Array.isArray` narrows a readonly array to `any[]`; this keeps the element type. */
function isList(value: HtmlValue): value is readonly HtmlValue[] {
  return Array.isArray(value);
}

/** Escapes every interpolated value, except `Html` fragments (see above). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0]!;
  for (let i = 0; i < values.length; i++) markup += print(values[i]) + strings[i + 1]!;
  return new Html(markup);
}
