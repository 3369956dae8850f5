import type { FrontMatter, IsoDate, Warning } from "../types.ts";
import { EARLIEST_CALL_DATE, parseIsoDate } from "../dates.ts";

/**
 * Checks the front matter fields we understand and keeps only valid values.
 * A wrong value is reported (naming the field) and ignored, so the article
 * still goes through extraction on its text.
 */
export function validateFrontMatter(
  data: Record<string, unknown>,
  knownTopics: ReadonlySet<string>,
  lineOf: (field: string) => number | undefined = () => undefined,
  /** Dates outside this span are impossible for a call or an article about one. */
  span: { from: IsoDate; to: IsoDate } = { from: EARLIEST_CALL_DATE, to: new Date().toISOString().slice(0, 10) },
): { frontMatter: FrontMatter; warnings: Warning[] } {
  const frontMatter: FrontMatter = {};
  const warnings: Warning[] = [];
  // No `line: undefined` keys: records must survive a JSON round trip (the cache) unchanged.
  const at = (field: string): { line?: number } => {
    const line = lineOf(field);
    return line === undefined ? {} : { line };
  };
  const complain = (field: string, expected: string) =>
    warnings.push({ message: `front matter "${field}": expected ${expected}, got ${describe(data[field])}; ignored`, ...at(field) });

  for (const field of ["title", "publisher"] as const) {
    if (data[field] === undefined) continue;
    const value = data[field];
    if (typeof value === "string" && value.trim()) frontMatter[field] = value.trim();
    else complain(field, "text");
  }
  if (data.url !== undefined) {
    const url = typeof data.url === "string" ? safeHttpUrl(data.url) : null;
    if (url) frontMatter.url = url;
    else complain("url", "an http(s) address");
  }
  for (const field of ["published", "callDate"] as const) {
    if (data[field] === undefined) continue;
    const date = toIsoDate(data[field]);
    if (!date) complain(field, "a date YYYY-MM-DD");
    else if (date > span.to) warnings.push({ message: `front matter "${field}": ${date} is in the future; ignored`, ...at(field) });
    else if (date < span.from)
      warnings.push({
        message: `front matter "${field}": ${date} is before ${span.from}, earlier than any call this archive can hold; ignored`,
        ...at(field),
      });
    else frontMatter[field] = date;
  }
  if (data.participants !== undefined) {
    const list = stringList(data.participants);
    if (list) frontMatter.participants = list;
    else complain("participants", "a list of names");
  }
  if (data.topics !== undefined) {
    const list = stringList(data.topics);
    if (!list) complain("topics", "a list of topic slugs");
    else {
      const unknown = list.filter((slug) => !knownTopics.has(slug));
      if (unknown.length) {
        warnings.push({
          message: `front matter "topics": unknown topic ${unknown.map((s) => `"${s}"`).join(", ")}; ignored`,
          ...at("topics"),
        });
      }
      frontMatter.topics = list.filter((slug) => knownTopics.has(slug));
    }
  }
  return { frontMatter, warnings };
}

/** Accepts YAML dates (parsed to a Date at UTC midnight) and `YYYY-MM-DD` strings. */
export function toIsoDate(value: unknown): IsoDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "string") return parseIsoDate(value.trim());
  return null;
}

function stringList(value: unknown): string[] | null {
  if (typeof value === "string" && value.trim()) return [value.trim()];
  if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string" && v.trim()))
    return value.map((v: string) => v.trim());
  return null;
}

/** Only http(s) links reach a page; anything else (javascript:, data:) is refused. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function describe(value: unknown): string {
  if (value instanceof Date) return "an invalid date";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
