import { onFirstUse } from "../first-use.ts";
import type { FrontMatter, IsoDate, Warning } from "../types.ts";
import { safeHttpUrl } from "./front-matter.ts";
import type { PageMetadata } from "./html-metadata.ts";
import { publicationDate, readPageMetadata } from "./html-metadata.ts";

// Loaded when the first web page is read: a build whose pages all come from the cache never needs them.
const linkedom = onFirstUse<typeof import("linkedom")>("linkedom");
const readability = onFirstUse<typeof import("@mozilla/readability")>("@mozilla/readability");

/**
 * Limits beyond which a page is refused before it is parsed. Readability's
 * cost grows with the square of the nesting depth (measured: 256 levels
 * 0.7 s, 512 levels 3.4 s, 3,000 levels a stack overflow after minutes), and
 * with the number of elements (50,000 about 4 s). Saved news pages nest
 * 20–60 levels deep and hold a few thousand elements.
 */
export const MAX_NESTING = 256;
export const MAX_ELEMENTS = 50_000;

/**
 * Elements removed before Readability reads the page: never article text
 * (Readability drops them too, later and at more cost: the pruned pages read
 * about twice as fast), and the metadata in `<script>`, `<meta>` and `<link>`
 * has been read by then. Not `<form>`: ASP.NET pages wrap the whole page in one.
 */
const NOT_ARTICLE =
  "script,style,noscript,template,svg,math,iframe,frame,object,embed,canvas,nav,aside,footer,button,select,textarea,input,meta,link,base";

/**
 * Readability retries with looser rules while the text it found is shorter
 * than this (its default is 500 characters). A news brief on a phone call is
 * often two or three short paragraphs: they are the article, not a failed try.
 */
const SHORTEST_ARTICLE = 250;

/** A web page read as an article: its main text, one paragraph a line, and what it says about itself. */
export type HtmlPage = { text: string; metadata: PageMetadata; notes: string[] } | { error: string };

/** Elements whose text is never article text, even when Readability keeps them. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "button",
  "select",
  "textarea",
  "canvas",
  "audio",
  "video",
  "head",
  "title",
  "meta",
  "link",
  "base",
]);
/** Classes that hide text from sighted readers ("Skip to content", "opens in a new window"): not article text. */
const HIDDEN_CLASS = /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|skip-link)(?:\s|$)/i;
/** Elements that end a paragraph: their text goes on its own line. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);
/** Elements with no content and no end tag. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "keygen",
]);
/** Elements whose end tag may be left out: a new one closes the last, so they do not nest in the count below. */
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "rb",
  "rt",
  "rp",
  "colgroup",
  "caption",
  "html",
  "head",
  "body",
]);
/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"]);

/**
 * How many elements a page opens and how deep they nest, counted on the markup
 * without building a DOM, so hostile pages are refused cheaply.
 */
export function markupShape(html: string): { elements: number; depth: number; hasBody: boolean } {
  const tag = /<!--|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const lower = html.toLowerCase();
  const open: string[] = [];
  let elements = 0;
  let depth = 0;
  let hasBody = false;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    elements++;
    if (name === "body") hasBody = true;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || match[3]!.trimEnd().endsWith("/")) continue;
    open.push(name);
    if (open.length > depth) depth = open.length;
  }
  return { elements, depth, hasBody };
}

/** Minimal DOM node shape for the text walk. */
interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
  getAttribute?(name: string): string | null;
}

/**
 * The text of an element as paragraphs, one a line: block elements and `<br>`
 * end a line, white space inside a line collapses, and scripts, styles, form
 * controls, embedded frames and text hidden from sighted readers are left out.
 */
export function paragraphText(root: TextNode): string {
  const lines: string[] = [];
  let line = "";
  const endLine = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name) || HIDDEN_CLASS.test(node.getAttribute?.("class") ?? "")) return;
    if (name === "br") return endLine();
    const block = BLOCKS.has(name);
    // Inline elements join their text to the line.
    if (block) endLine();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) endLine();
  };
  walk(root);
  endLine();
  return lines.join("\n");
}

/** The whole body's text, for pages where Readability finds no main text. */
function bodyText(html: string): string {
  const body = (linkedom().parseHTML(html).document as unknown as { body: TextNode | null }).body;
  return body ? paragraphText(body) : "";
}

/** Scripts (but not JSON-LD), styles and comments: never text, and the bulk of a saved page's bytes. */
const INERT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;

/**
 * The page without its scripts, styles and comments. JSON-LD stays, for the
 * metadata, and is matched whole like any script, so markup inside its
 * strings is never taken for tags.
 */
export function withoutInertMarkup(html: string): string {
  return html.replace(INERT, (element, scriptAttributes: string | undefined) =>
    scriptAttributes && /application\/ld\+json/i.test(scriptAttributes) ? element : "",
  );
}

/**
 * The page's own `<article>` element, as markup: the one with the most
 * paragraphs when there are several (the others are teasers for related
 * stories), or null when the page marks none or none holds two paragraphs.
 */
export function markedArticle(html: string): string | null {
  let best: string | null = null;
  let bestParagraphs = 1;
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(/<(\/?)article\b[^>]*>/gi)) {
    if (!match[1]) {
      if (depth++ === 0) start = match.index;
    } else if (depth > 0 && --depth === 0) {
      const region = html.slice(start, match.index + match[0].length);
      const paragraphs = region.match(/<p[\s>]/gi)?.length ?? 0;
      if (paragraphs > bestParagraphs) [best, bestParagraphs] = [region, paragraphs];
    }
  }
  return best;
}

/**
 * A small document holding what the metadata readers look at, gathered from
 * the whole page without building its DOM: `<html lang>`, `<title>`, every
 * `<meta>`, `<link>` and `<time>` tag and the JSON-LD blocks, in page order.
 */
export function metadataDocument(html: string): string {
  const lang = /<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]+)/i.exec(html)?.[1];
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[0] ?? "";
  const tags =
    html.match(/<(?:meta|link|time)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi) ?? [];
  return `<html${lang ? ` lang="${lang.replace(/"/g, "")}"` : ""}><head>${title}${tags.join("")}</head><body></body></html>`;
}

/** Readability's text for a page (or null when it finds none or fails, with a note saying so). */
function readabilityText(html: string, notes: string[]): string | null {
  const { document } = linkedom().parseHTML(html);
  for (const element of [
    ...(document as unknown as { querySelectorAll(s: string): Iterable<{ remove(): void }> }).querySelectorAll(NOT_ARTICLE),
  ])
    element.remove();
  try {
    const { Readability } = readability();
    // Classes are kept for the hidden-text test in paragraphText; the page's JSON-LD is read by our own reader.
    const options = {
      serializer: (node: unknown) => node as TextNode,
      keepClasses: true,
      disableJSONLD: true,
      charThreshold: SHORTEST_ARTICLE,
    };
    const article = new Readability<TextNode>(document, options).parse();
    return article?.content ? paragraphText(article.content) || null : null;
  } catch (error) {
    notes.push(`Readability could not read the page (${(error as Error).message}); used the whole page text`);
    return null;
  }
}

/**
 * Reads a decoded web page: refuses pages that are too big to parse safely
 * or have no `<body>`, reads the metadata, then lets Readability find the
 * main text (falling back to the whole body when it finds none). Only text
 * leaves here: no markup, link or script of the page reaches the site.
 *
 * Building a DOM costs about as much per element as everything else put
 * together (linkedom: a few microseconds and an event-listener map each), and
 * a saved news page holds thousands, mostly menus and teasers. So when the
 * page marks its article (`<article>`), Readability reads that element alone,
 * under the page's title; only when that gives less than a news brief does
 * it read the whole page.
 */
export function readHtmlPage(html: string): HtmlPage {
  const shape = markupShape(html);
  if (shape.depth > MAX_NESTING)
    return {
      error: `the page nests elements ${shape.depth} deep, over the limit of ${MAX_NESTING}; not read (a saved news page nests a few dozen)`,
    };
  if (shape.elements > MAX_ELEMENTS)
    return {
      error: `the page has ${shape.elements.toLocaleString("en")} elements, over the limit of ${MAX_ELEMENTS.toLocaleString("en")}; not read`,
    };
  if (!shape.hasBody) return { error: "the page has no <body>: not a saved web page, or cut short; save the whole page again" };

  const page = withoutInertMarkup(html);
  const { metadata, notes } = readPageMetadata(linkedom().parseHTML(metadataDocument(page)).document);
  const article = markedArticle(page);
  const title = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i.exec(page)?.[0] ?? "";
  let text = article ? readabilityText(`<html><head>${title}</head><body>${article}</body></html>`, notes) : null;
  if (!text || text.length < SHORTEST_ARTICLE) text = readabilityText(page, notes) ?? text;
  // Readability changes the document it reads: the fallback parses the page again.
  if (!text) text = bodyText(page);
  if (!text.trim()) return { error: "the page has no text to read in its <body>" };
  return { text, metadata, notes };
}

/**
 * The article fields a page's metadata gives, checked as front matter is: a
 * link only when it is http(s), a publication date only when it is a date
 * within the archive's span. What is refused is reported, not dropped silently.
 */
export function pageFields(metadata: PageMetadata, span: { from: IsoDate; to: IsoDate }): { fields: FrontMatter; warnings: Warning[] } {
  const fields: FrontMatter = {};
  const warnings: Warning[] = [];
  // Titles and outlet names are text: long values are page furniture, not a headline.
  if (metadata.title) fields.title = metadata.title.slice(0, 300);
  if (metadata.publisher) fields.publisher = metadata.publisher.slice(0, 120);
  if (metadata.url) {
    const url = safeHttpUrl(metadata.url);
    if (url) fields.url = url;
    else warnings.push({ message: `the page's link "${metadata.url.slice(0, 80)}" is not an absolute http(s) address; ignored` });
  }
  if (metadata.published) {
    const date = publicationDate(metadata.published);
    if (!date) warnings.push({ message: `the page's publication date "${metadata.published.slice(0, 40)}" is not a date; ignored` });
    else if (date > span.to) warnings.push({ message: `the page's publication date ${date} is in the future; ignored` });
    else if (date < span.from) warnings.push({ message: `the page's publication date ${date} is before ${span.from}; ignored` });
    else fields.published = date;
  }
  return { fields, warnings };
}
