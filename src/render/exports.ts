/**
 * The machine-readable views of the archive: one call as JSON, all calls as
 * CSV, and the JSON Feed. Absolute URLs are built from `base`, the site's
 * address including any path prefix (e.g. `https://example.org/india-russia-calls/`).
 */
import { toCsv } from "./csv.ts";
import { absolute } from "./urls.ts";
import type { CallView } from "./views/call.ts";

/** `/calls/<id>.json`: the record with its sources and evidence. */
export function callDocument(call: CallView, base: string) {
  return {
    id: call.id,
    url: absolute(base, call.url),
    date: call.date,
    participants: call.participants.map((p) => ({ name: p.name, slug: p.slug, country: p.country, office: p.office })),
    initiator: call.initiator,
    topics: call.topics,
    quotes: call.quotes.map((q) => ({ text: q.text, speaker: q.speaker, sources: q.sources })),
    sources: call.sourceViews.map((s, i) => ({
      file: call.sources[i]!.file,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      published: s.publishedIso,
      language: s.language?.code ?? "en",
    })),
    evidence: call.evidence,
  };
}

export const CSV_HEADER = ["id", "date", "participants", "initiator", "topics", "sources", "quotes", "url"] as const;

export function callsCsv(calls: readonly CallView[], base: string): string {
  return toCsv(
    CSV_HEADER,
    calls.map((c) => [
      c.id,
      c.date,
      c.participants.map((p) => p.name).join("; "),
      c.initiator,
      c.topics.join("; "),
      c.sources.length,
      c.quotes.length,
      absolute(base, c.url),
    ]),
  );
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first, dated by the call date. */
export function jsonFeed(calls: readonly CallView[], base: string, title: string, description: string) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title,
    description,
    home_page_url: absolute(base, "/"),
    feed_url: absolute(base, "/feed.json"),
    language: "en",
    items: calls.map((c) => ({
      id: absolute(base, c.url),
      url: absolute(base, c.url),
      title: `Phone call: ${c.headline}`,
      content_text: c.summary,
      date_published: `${c.date}T00:00:00Z`,
      tags: c.topicLinks.map((t) => t.label),
    })),
  };
}
