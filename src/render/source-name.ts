/**
 * Who published a source, for call pages and quote attributions: the
 * publisher from front matter; else the site's host name from its URL; else
 * the agency or outlet its text credits at the start ("Kolkata (Example
 * Wire):", "(Wire Service)"; "Pune:" is a place, not a publisher); else
 * "Unnamed source, <file name>".
 */
import path from "node:path";
import { LEADING_DATELINE, isFurniture } from "../extract/headline.ts";
import { httpUrl } from "./safe-url.ts";

export interface SourceName {
  name: string;
  /** How the name was found; `unnamed` when only the file name is known. */
  from: "publisher" | "host" | "credit" | "unnamed";
}

/** How many lines from the top a credit may be on: a headline, furniture, then the dateline. */
const CREDIT_LINES = 8;

/** "(Example Wire)" at the very start of a line. */
const LEADING_CREDIT = /^\((?<credit>[^()]{2,40})\)\s*(?::|[–—-])?\s+/u;

const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;

export function sourceName(
  source: { file: string; publisher: string | null; url: string | null },
  body: string,
  places: ReadonlySet<string> = new Set(),
): SourceName {
  const publisher = source.publisher?.trim();
  if (publisher) return { name: publisher, from: "publisher" };
  const url = httpUrl(source.url);
  if (url) {
    const host = new URL(url).hostname.replace(/^www\./, "");
    if (host) return { name: host, from: "host" };
  }
  const credit = creditIn(body, places);
  if (credit) return { name: credit, from: "credit" };
  return { name: `Unnamed source, ${path.basename(source.file)}`, from: "unnamed" };
}

/** The outlet a text credits in its dateline, if any. */
export function creditIn(body: string, places: ReadonlySet<string> = new Set()): string | null {
  let seen = 0;
  // Only the top of the text can hold a dateline: the rest is not split into lines.
  for (const raw of body.slice(0, 3000).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > CREDIT_LINES) break;
    const match = LEADING_DATELINE.exec(line) ?? LEADING_CREDIT.exec(line);
    const credit = match?.groups?.credit?.trim();
    if (credit && looksLikeOutlet(credit, places)) return credit;
    // The story has begun without a credit: anything further down is not a dateline.
    if (!isFurniture(line) && line.split(/\s+/).length > 22) break;
  }
  return null;
}

/** An outlet's name, not a date, a number or a place: "Example Wire", "EWS". */
function looksLikeOutlet(credit: string, places: ReadonlySet<string>): boolean {
  if (/\d/.test(credit) || !/^\p{Lu}/u.test(credit)) return false;
  const words = credit.split(/\s+/);
  if (words.length > 6 || words.some((w) => MONTH.test(w))) return false;
  return !places.has(credit.toLowerCase());
}
