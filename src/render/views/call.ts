/**
 * The call view: one call record arranged for its page, its entry in lists,
 * its JSON document and its search record. Every other view (years, topics,
 * people) is made of these.
 */
import { daysBetween, formatLong, formatShort } from "../../dates.ts";
import type { Archive } from "../../pipeline.ts";
import { looksEnglish } from "../../extract/language.ts";
import { articleFormat } from "../../read/read-articles.ts";
import type { Article, CallRecord, Topic } from "../../types.ts";
import { articleHtml } from "../article-html.ts";
import { httpUrl } from "../safe-url.ts";
import { sourceName } from "../source-name.ts";
import { callSummary } from "../summary.ts";
import { callJsonUrl, callUrl, personUrl, topicUrl } from "../urls.ts";
import { listOf } from "../../words.ts";
import { groupBy } from "./group-by.ts";

export interface Link {
  url: string;
  label: string;
}

export interface QuoteView {
  text: string;
  sources: { title: string; anchor: string }[];
  /** The language it is written in, when not English: shown as written, untranslated. */
  language: SourceLanguage | null;
}

/** A source's language other than English: its code for `lang` attributes and its name for readers. */
export interface SourceLanguage {
  code: string;
  name: string;
}

export interface SourceView {
  anchor: string;
  title: string;
  /** Front matter's publisher, as given. */
  publisher: string | null;
  /** Who published it, as a reader is told (see `source-name.ts`): never empty. */
  name: string;
  /** Whether `name` says more than the file name. */
  named: boolean;
  /** Only http(s). */
  url: string | null;
  published: string | null;
  publishedIso: string | null;
  /** Why it is on this call when its own date did not name it (content match, a pinned soft date). */
  placement: string | null;
  html: string;
  /** Its language, when not English. */
  language: SourceLanguage | null;
}

export interface CallView extends CallRecord {
  url: string;
  jsonUrl: string;
  year: string;
  dateLong: string;
  /** "Narendra Modi and Vladimir Putin" */
  names: string;
  /** "Narendra Modi and Vladimir Putin, 20 Dec 2021": used for links and titles. */
  headline: string;
  summary: string;
  topicLinks: (Link & { slug: string })[];
  people: (Link & { office: string | null })[];
  /** Quotes grouped by speaker, speakers in order of first appearance. */
  quoteGroups: { speaker: string; quotes: QuoteView[] }[];
  sourceViews: SourceView[];
  /** The sentence each field came from, as written (in the language of the source it came from). */
  why: { field: string; sentence: string; language: SourceLanguage | null }[];
  /** Where sources disagree or are unclear, per source. */
  notes: { source: string; anchor: string; message: string }[];
  daysSincePrevious: number | null;
  previous: Link | null;
  next: Link | null;
}

/** Every call as a view, newest first, each linked to the calls before and after it in time. */
export function callViews(archive: Pick<Archive, "calls" | "articles" | "reference">): CallView[] {
  const topicBySlug = new Map(archive.reference.topics.map((t) => [t.slug, t]));
  const articleByFile = new Map(archive.articles.map((a) => [a.file, a]));
  // A bracketed country in a dateline ("Moscow (Russia):") is a place, not an outlet.
  const places = new Set(archive.reference.countries.flatMap((c) => [c.id, c.name.toLowerCase()]));

  const chronological = [...archive.calls]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((call) => toCallView(call, topicBySlug, articleByFile, places));
  chronological.forEach((view, i) => {
    const before = chronological[i - 1];
    const after = chronological[i + 1];
    view.daysSincePrevious = before ? daysBetween(before.date, view.date) : null;
    view.previous = before ? { url: before.url, label: before.headline } : null;
    view.next = after ? { url: after.url, label: after.headline } : null;
  });
  return chronological.reverse();
}

function toCallView(
  call: CallRecord,
  topicBySlug: ReadonlyMap<string, Topic>,
  articleByFile: ReadonlyMap<string, Article>,
  places: ReadonlySet<string>,
): CallView {
  const anchors = new Map(call.sources.map((s, i) => [s.file, `source-${i + 1}`]));
  const names = listOf(call.participants.map((p) => p.name));
  const topicLinks = call.topics.map((slug) => ({ slug, label: topicBySlug.get(slug)?.label ?? slug, url: topicUrl(slug) }));
  const members = call.sources.map((s) => articleByFile.get(s.file)).filter((a): a is Article => a !== undefined);
  const initiators = initiatorsOf(members);
  const sourceNames = new Map(call.sources.map((s) => [s.file, sourceName(s, articleByFile.get(s.file)?.body ?? "", places)]));
  /** Short label for a source: who published it. Every source of the call is in the map: it was built from `call.sources`. */
  const sourceLabel = (file: string): string => sourceNames.get(file)!.name;
  return {
    ...call,
    url: callUrl(call.id),
    jsonUrl: callJsonUrl(call.id),
    year: call.date.slice(0, 4),
    dateLong: formatLong(call.date),
    names,
    headline: `${names}, ${formatShort(call.date)}`,
    summary: callSummary(
      call.participants.map((p) => p.name),
      call.initiator,
      topicLinks.map((t) => t.label),
    ),
    topicLinks,
    people: call.participants.map((p) => ({ url: personUrl(p.slug), label: p.name, office: p.office })),
    quoteGroups: [...groupBy(call.quotes, (q) => q.speaker ?? "Unattributed").entries()].map(([speaker, quotes]) => ({
      speaker,
      quotes: quotes.map((q) => ({
        text: q.text,
        sources: q.sources.map((file) => ({ title: sourceLabel(file), anchor: anchors.get(file)! })),
        language: writtenIn(q.text, sourceLanguage(articleByFile.get(q.sources[0]!))),
      })),
    })),
    sourceViews: call.sources.map((s) => {
      const article = articleByFile.get(s.file);
      const sourceName = sourceNames.get(s.file)!;
      return {
        anchor: anchors.get(s.file)!,
        title: s.title,
        publisher: s.publisher,
        name: sourceName.name,
        named: sourceName.from !== "unnamed",
        url: httpUrl(s.url),
        published: s.published ? formatShort(s.published) : null,
        publishedIso: s.published,
        placement: s.placement ?? null,
        // A saved page's body is already the text Readability took from it.
        html: article ? articleHtml(s.file, article.body, articleFormat(s.file) === "markdown" ? "markdown" : "text") : "",
        language: sourceLanguage(article),
      };
    }),
    // Each sentence in the language of the source it was taken from.
    why: whyWeThinkThis(call, topicBySlug).map((row) => ({
      ...row,
      language: writtenIn(row.sentence, sourceLanguage(members.find((m) => sentenceOf(m.evidence, row.sentence)))),
    })),
    notes: members.flatMap((article) =>
      sourceNotes(article, call, initiators).map((message) => ({
        source: sourceLabel(article.file),
        anchor: anchors.get(article.file)!,
        message,
      })),
    ),
    daysSincePrevious: null,
    previous: null,
    next: null,
  };
}

/** The evidence sentences, labelled by the field they support. */
function whyWeThinkThis(call: CallRecord, topicBySlug: ReadonlyMap<string, Topic>): { field: string; sentence: string }[] {
  const e = call.evidence;
  const rows: { field: string; sentence: string | undefined }[] = [
    { field: "A phone call", sentence: e.isCall },
    { field: e.dateRule ? `Date (decided by: ${e.dateRule.replaceAll(" + ", ", ")})` : "Date", sentence: e.date },
    { field: "Leaders", sentence: e.participants },
    { field: "Placed by", sentence: e.initiator },
    ...call.topics.map((slug) => ({ field: `Topic: ${topicBySlug.get(slug)?.label ?? slug}`, sentence: e.topics?.[slug] })),
  ];
  return rows.filter((r): r is { field: string; sentence: string } => Boolean(r.sentence));
}

/**
 * The extractor's messages that record a disagreement: an office title that
 * does not fit the date in the leaders' data, and a front matter value that
 * overrides what the text says. The others (a stray date that fails its
 * weekday check, a date range, how an undated article was placed, ignored
 * front matter) are about reading one text, not about sources disagreeing:
 * they stay on the build report.
 */
const DISAGREEMENT = /^(the article calls .+, but .+ the office held was |front matter "(callDate|participants)" .+ overrides )/;

/** A source's language as pages name it and mark it (`lang`); null for English (the page's own) or unknown. */
function sourceLanguage(article: Pick<Article, "language"> | undefined): SourceLanguage | null {
  const code = article?.language;
  if (!code || code === "en") return null;
  return { code, name: LANGUAGE_NAMES.of(code) ?? code };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/**
 * The language a quotation or sentence is shown in: its source's, unless it
 * reads as English itself (a Hindi report quoting an English post), which is
 * the page's own language and needs no `lang` or "not translated".
 */
export function writtenIn(text: string, source: SourceLanguage | null): SourceLanguage | null {
  return source && !looksEnglish(text) ? source : null;
}

/** Whether one of an article's evidence sentences is this one. */
function sentenceOf(evidence: Article["evidence"], sentence: string): boolean {
  return (
    evidence.isCall === sentence ||
    evidence.date === sentence ||
    evidence.participants === sentence ||
    evidence.initiator === sentence ||
    Object.values(evidence.topics ?? {}).includes(sentence)
  );
}

/** Who the sources say placed the call: asked once per call, not once per source. */
function initiatorsOf(members: readonly Article[]): Set<string> {
  return new Set(members.map((m) => m.initiator).filter((i): i is string => Boolean(i)));
}

/**
 * Where a source disagrees with the other sources or with the data files:
 * its own call date when it differs from the record's, who it says placed the
 * call when the sources differ, and the messages above.
 */
function sourceNotes(article: Article, call: CallRecord, initiators: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  if (article.callDate.date && article.callDate.date !== call.date) {
    notes.push(`gives the date as ${formatLong(article.callDate.date)}; the record uses ${formatLong(call.date)}`);
  }
  if (article.initiator && initiators.size > 1) {
    const others = [...initiators].filter((i) => i !== article.initiator);
    notes.push(
      `says ${article.initiator} placed the call; ${others.length === 1 ? "another source says" : "other sources say"} ${listOf(others)}`,
    );
  }
  for (const w of article.warnings) if (DISAGREEMENT.test(w.message)) notes.push(w.message);
  return [...new Set(notes)];
}
