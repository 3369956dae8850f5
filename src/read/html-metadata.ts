import { DateTime } from "luxon";
import type { IsoDate } from "../types.ts";

/**
 * What a news page says about itself, read from the places publishing systems
 * put it: JSON-LD first (`NewsArticle` and kin), then Open Graph, then
 * `<link rel="canonical">`, `<time datetime>`, `<html lang>`, `<meta name="author">`
 * and `<title>`. Values are as the page gives them, trimmed; nothing here is
 * trusted yet (see `src/read/html.ts`, which validates them).
 */
export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  /** As written: only http(s) links are kept later. */
  url: string | null;
  /** The publication timestamp as written (`datePublished`, never `dateModified`). */
  published: string | null;
  language: string | null;
  author: string | null;
}

/** The few DOM members the readers use, so they work on any server-side DOM. */
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface MetaDocument {
  querySelectorAll(selector: string): Iterable<MetaElement> & { length: number };
  querySelector(selector: string): MetaElement | null;
  documentElement: MetaElement | null;
}

/** Schema.org types that describe the article itself (not the page or the site around it). */
const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReportageArticle",
  "BlogPosting",
  "LiveBlogPosting",
  "Report",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON-LD value as one trimmed string: `"x"`, `["x"]`, `{ "name": "x" }`, `{ "@value": "x" }`. */
function textOf(value: Json | undefined, keys: readonly string[] = ["name", "@value"]): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item, keys);
      if (text) return text;
    }
    return null;
  }
  if (isObject(value)) for (const key of keys) if (typeof value[key] === "string" && value[key].trim()) return value[key].trim();
  return null;
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/:#]/, ""));
}

/** Every object in a JSON-LD document: top level, arrays and `@graph`, depth-first. */
function nodesOf(value: Json, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 8) return out;
  if (Array.isArray(value)) for (const item of value) nodesOf(item, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    const graph = value["@graph"];
    if (graph !== undefined) nodesOf(graph, out, depth + 1);
    // A WebPage may carry its article as `mainEntity`.
    const main = value.mainEntity;
    if (main !== undefined && typeof main !== "string") nodesOf(main, out, depth + 1);
  }
  return out;
}

/**
 * The article node of the page's JSON-LD blocks and the blocks that could not
 * be parsed (by their number, 1-based). A `publisher` given as `{ "@id" }` is
 * looked up among the other nodes, as `@graph` pages do.
 */
export function jsonLdArticle(blocks: readonly string[]): {
  article: JsonObject | null;
  byId: Map<string, JsonObject>;
  broken: { block: number; reason: string }[];
} {
  const broken: { block: number; reason: string }[] = [];
  const nodes: JsonObject[] = [];
  blocks.forEach((block, i) => {
    try {
      // Some systems wrap the JSON in an HTML comment or CDATA.
      nodesOf(JSON.parse(block.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)$/g, "")) as Json, nodes);
    } catch (error) {
      broken.push({ block: i + 1, reason: (error as Error).message.split("\n")[0]! });
    }
  });
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t))) ?? null;
  return { article, byId, broken };
}

/** The fields of a JSON-LD article node, `@id` references resolved. */
function fromJsonLd(article: JsonObject, byId: ReadonlyMap<string, JsonObject>): PageMetadata {
  const resolve = (value: Json | undefined): Json | undefined => {
    if (isObject(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) return byId.get(value["@id"]) ?? value;
    if (Array.isArray(value)) return value.map((v) => resolve(v) ?? null);
    return value;
  };
  const mainEntityOfPage = resolve(article.mainEntityOfPage);
  return {
    title: textOf(article.headline) ?? textOf(article.name),
    publisher: textOf(resolve(article.publisher)) ?? textOf(resolve(article.sourceOrganization)),
    url: textOf(article.url, ["@id", "url"]) ?? textOf(mainEntityOfPage, ["@id", "url"]),
    published: textOf(article.datePublished),
    language: textOf(article.inLanguage, ["alternateName", "name", "@value"]),
    author: textOf(resolve(article.author)),
  };
}

/** The page's metadata, and notes on what could not be read (broken JSON-LD). */
export function readPageMetadata(document: MetaDocument): { metadata: PageMetadata; notes: string[] } {
  const notes: string[] = [];
  const blocks: string[] = [];
  for (const script of document.querySelectorAll("script")) {
    if (/^\s*application\/ld\+json\s*(?:;|$)/i.test(script.getAttribute("type") ?? "")) blocks.push(script.textContent ?? "");
  }
  const { article, byId, broken } = jsonLdArticle(blocks);
  for (const { block, reason } of broken)
    notes.push(`JSON-LD block ${block} of ${blocks.length} is not valid JSON (${reason}); read the other metadata instead`);
  const ld = article ? fromJsonLd(article, byId) : null;

  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const attribute of ["property", "name", "itemprop"]) {
        const content = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute("content")?.trim();
        if (content) return content;
      }
    }
    return null;
  };
  const attribute = (selector: string, name: string): string | null => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const titleElement = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || null;

  const publisher = ld?.publisher ?? meta("og:site_name", "application-name");
  return {
    metadata: {
      title: ld?.title ?? meta("og:title", "twitter:title") ?? (titleElement && withoutSiteName(titleElement, publisher)),
      publisher,
      url: ld?.url ?? meta("og:url") ?? attribute('link[rel~="canonical"]', "href"),
      published: ld?.published ?? meta("article:published_time", "datePublished") ?? attribute("time[datetime]", "datetime"),
      language: ld?.language ?? document.documentElement?.getAttribute("lang")?.trim() ?? meta("og:locale"),
      author: ld?.author ?? meta("author", "article:author"),
    },
    notes,
  };
}

/** `<title>` often ends with the outlet's name ("Leaders speak – The Ledger"): the headline is what comes before it. */
export function withoutSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  for (const separator of [" - ", " – ", " — ", " | ", " :: ", " · "]) {
    const suffix = `${separator}${siteName}`;
    if (title.length > suffix.length && title.toLowerCase().endsWith(suffix.toLowerCase())) return title.slice(0, -suffix.length).trim();
  }
  return title;
}

/**
 * The calendar date a timestamp falls on where it was written: a page
 * published at `2024-01-16T00:30:00+05:30` was published on the 16th in India,
 * although that instant is the 15th in UTC. Accepts ISO 8601, RFC 2822 and
 * HTTP dates, and SQL-style `2024-01-16 00:30:00`; a timestamp without an
 * offset is taken as written. Null when it is not a date.
 */
export function publicationDate(timestamp: string): IsoDate | null {
  const value = timestamp.trim();
  const options = { zone: "utc", setZone: true } as const;
  for (const parse of [
    (text: string, o: typeof options) => DateTime.fromISO(text, o),
    (text: string, o: typeof options) => DateTime.fromRFC2822(text, o),
    (text: string, o: typeof options) => DateTime.fromHTTP(text, o),
    (text: string, o: typeof options) => DateTime.fromSQL(text, o),
  ]) {
    const date = parse(value, options);
    if (date.isValid) return date.toISODate();
  }
  return null;
}
