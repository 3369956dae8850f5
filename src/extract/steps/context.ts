import path from "node:path";
import type { Leader } from "../../data/load.ts";
import type { Article, ArticleSource, CallDate, Evidence, Sentence, Warning } from "../../types.ts";
import type { MonthDayClue } from "../call-date.ts";
import type { Dateline, UndatedDateline } from "../dateline.ts";
import type { Extractor } from "../extractor.ts";
import type { LeaderMention } from "../leaders.ts";
import { headlineOf } from "../headline.ts";
import { findLeaderMentions } from "../leaders.ts";
import { plainText } from "../text.ts";

/** What an article record takes from its file, whatever the text says. */
export type ArticleBase = Pick<Article, "file" | "title" | "publisher" | "url" | "published" | "body" | "contentHash" | "language">;

/**
 * One article as the extraction steps see it: what was read, and what each
 * step has found so far. Steps fill it in order (see `extractArticle`); each
 * reads what earlier steps wrote and writes its own fields.
 */
export interface ArticleContext {
  source: ArticleSource;
  extractor: Extractor;
  base: ArticleBase;
  paragraphs: string[];
  sentences: Sentence[];
  lines: string[];
  /** The paragraphs joined: for whole-text tests. */
  wholeText: string;
  warnings: Warning[];
  evidence: Evidence;
  /** Every place the text names or describes a leader. */
  mentions: LeaderMention[];
  /** The countries each sentence names. */
  countriesIn: Set<string>[];
  /** Whether each sentence has a call word. */
  callCue: boolean[];
  /** Sentences that describe the call. */
  callSentences: Set<number>;
  /** Those, and the sentence "the two leaders" there points back to: where the participants are named. */
  participantContext: Set<number>;
  /** Those, plus the headline and the lede: where the call is dated. */
  callContext: Set<number>;
  /** Sentences that name both sides. */
  bothSides: Set<number>;
  /** Sentences above the lede. */
  headline: Set<number>;
  /** The lede's paragraph. */
  lede: number;
  /** "Putin called Modi": who placed the call, as the text says. */
  initiatorStatement: { country: string; sentence: number } | null;
  dateline: Dateline | null;
  /** A dateline without a year, when a language's own reader found it (the English one is found by the date step). */
  undatedDateline?: UndatedDateline | null;
  /** The call date from the text alone, before any rule or front matter narrows it. */
  textDate: CallDate;
  /** Days and months the call sentences give without a year. */
  monthDays: MonthDayClue[];
  /** Warnings about the date, added to the record only when it is a call. */
  dateWarnings: Warning[];
  callDate: CallDate;
  leaders: Leader[];
  /** Topics set by front matter, which then replace those the text gives. */
  topicsOverride: string[] | null;
}

/** Reads the text once (paragraphs, sentences, leader mentions) into a fresh context. */
export function readArticleContext(source: ArticleSource, extractor: Extractor): ArticleContext {
  const { frontMatter } = source;
  const format = path.extname(source.file).toLowerCase() === ".md" ? "markdown" : "text";
  const { paragraphs, sentences, lines } = plainText(source.body, format, frontMatter.title);
  const base: ArticleBase = {
    file: source.file,
    title: frontMatter.title ?? headlineOf(paragraphs, path.basename(source.file)),
    publisher: frontMatter.publisher ?? null,
    url: frontMatter.url ?? null,
    published: source.published,
    body: source.body,
    contentHash: source.contentHash,
    language: null,
  };
  const open: CallDate = { date: null, earliest: null, latest: null, weekday: null, evidence: null };
  return {
    source,
    extractor,
    base,
    paragraphs,
    sentences,
    lines,
    wholeText: paragraphs.join(" "),
    warnings: [...source.warnings],
    evidence: {},
    mentions: [],
    countriesIn: [],
    callCue: [],
    callSentences: new Set(),
    participantContext: new Set(),
    callContext: new Set(),
    bothSides: new Set(),
    headline: new Set(),
    lede: 0,
    initiatorStatement: null,
    dateline: null,
    textDate: open,
    monthDays: [],
    dateWarnings: [],
    callDate: open,
    leaders: [],
    topicsOverride: null,
  };
}

/** Finds every leader mention, and the countries each sentence names (gathered once, not filtered per sentence). */
export function readLeaderMentions(context: ArticleContext): void {
  context.mentions = findLeaderMentions(context.sentences, context.extractor.leaders);
  context.countriesIn = context.sentences.map(() => new Set<string>());
  for (const m of context.mentions) context.countriesIn[m.sentence]!.add(m.country);
}
