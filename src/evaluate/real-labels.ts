/**
 * Scoring against the real article set's labels (`shared/real/gold.json`), a
 * TypeScript port of its scorer `shared/real/score.py`: the same matching
 * rules, the same figures, the same miss lines, so that `npm run accuracy`
 * and the floor test report exactly what the set's own scorer reports.
 *
 * What score.py does, in short:
 * - Only articles labelled `lang: "en"` (or with no `lang`) are scored on the
 *   usual figures; the others are only checked to be read right or flagged.
 * - Articles are matched by file name (basename); a predicted call's date and
 *   participants win over the article's own.
 * - Date, participants, initiator, topics and quotes count on gold call
 *   articles only; grouping is pairwise over them.
 * - A quote is matched once, in gold order, to the first unused predicted
 *   quote of five tokens or more that contains it or is contained in it
 *   (lengths at least 60 % of each other) or shares 80 % of its words.
 *   Optional gold quotes use up a match but count neither way.
 * - A ratio over nothing is 0, not 1.
 */
import {
  PY_SPACE,
  pyBasename,
  pyEquals,
  pyFixed,
  pyHead,
  pyLength,
  pyOr,
  pyRepr,
  pySorted,
  pyStr,
  pyStrip,
  pyTruthy,
} from "./python-compat.ts";

/** One quotation in the real labels. */
export interface RealQuoteLabel {
  text: string;
  speaker: string | null;
  /** Other speakers a scorer should accept. */
  alt_speakers?: string[];
  /** Borderline: counts neither as a miss nor, when found, as an extra. */
  optional?: boolean;
}

/** One article's label in the real set (`gold.json` → `articles` → file name). */
export interface RealLabel {
  is_call: boolean;
  call_id?: string | null;
  call_date?: string | null;
  participants: string[];
  initiator?: string | null;
  topics?: string[];
  quotes?: RealQuoteLabel[];
  /** ISO 639-1; missing means English. */
  lang?: string | null;
}

/** A participant or initiator as score.py accepts it: a name, or an object with one. */
type PersonLike = string | { name?: string | null } | null | undefined;

/**
 * The extractor's JSON (`npm run extract`), as loosely as score.py reads it:
 * every field may be missing. `ExtractOutput` fits it.
 */
export interface PredictionJson {
  articles?: readonly PredictedArticleJson[];
  calls?: readonly PredictedCallJson[];
}

/** One predicted article, as score.py reads it. */
export interface PredictedArticleJson {
  file?: unknown;
  isCall?: unknown;
  callId?: string | null;
  date?: string | null;
  participants?: readonly PersonLike[] | null;
  initiator?: PersonLike;
  topics?: readonly string[] | null;
  quotes?: readonly { text?: string | null; speaker?: string | null }[] | null;
  warnings?: readonly unknown[] | null;
}

/** One predicted call, as score.py reads it. */
export interface PredictedCallJson {
  id?: string | null;
  date?: string | null;
  participants?: readonly PersonLike[] | null;
  initiator?: PersonLike;
}

/** The figures score.py prints, in its order. */
export const REAL_FIGURE_NAMES = [
  "is_call_acc",
  "date_acc",
  "participants_acc",
  "initiator_acc",
  "topic_f1",
  "quote_recall",
  "quote_precision",
  "speaker_acc",
  "grouping_f1",
  "non_english_safe",
  "non_english_read",
] as const;

export type RealFigureName = (typeof REAL_FIGURE_NAMES)[number];

/** score.py's targets: the extraction work's goals on the real set. Reading non-English articles is a target of its own, hence 0. */
export const REAL_TARGETS: Readonly<Record<RealFigureName, number>> = {
  is_call_acc: 0.97,
  date_acc: 0.95,
  participants_acc: 0.98,
  initiator_acc: 0.9,
  topic_f1: 0.9,
  quote_recall: 0.95,
  quote_precision: 0.92,
  speaker_acc: 0.9,
  grouping_f1: 0.95,
  non_english_safe: 1,
  non_english_read: 0,
};

/** What `scoreRealLabels` finds: each figure, the counts behind it, and score.py's miss lines in its order. */
export interface RealScore {
  figures: Record<RealFigureName, number>;
  /** "46/53" or "tp 10, fp 2, fn 3": what each figure was computed from, for messages. */
  details: Record<RealFigureName, string>;
  misses: string[];
}

// ---------------------------------------------------------------- normalising

const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, "g");
const EDGE_PUNCTUATION = new RegExp(`^[${PY_SPACE}.,;:—–-]+|[${PY_SPACE}.,;:—–-]+$`, "g");
const LEADING_THE = new RegExp(`^the[${PY_SPACE}]+`);

/**
 * Quote text as score.py compares it: NFKC, quote marks dropped, ellipsis as
 * three dots, whitespace collapsed, lower case, no punctuation at either end.
 */
export function normQuoteText(text: string | null | undefined): string {
  let s = (text || "").normalize("NFKC");
  s = s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  s = s.replace(/["'`]/g, "");
  s = s.replace(/…/g, "...");
  s = pyStrip(s.replace(SPACE_RUN, " ")).toLowerCase();
  return s.replace(EDGE_PUNCTUATION, "");
}

/** The ASCII words of a quote, after `normQuoteText`: what "five words or more" and word overlap count. */
export function quoteTokens(text: string | null | undefined): string[] {
  return normQuoteText(text).match(/[a-z0-9]+/g) ?? [];
}

/**
 * Whether a predicted quote is the gold one: one contains the other and the
 * shorter is at least 60 % of the longer, or, failing that, their word sets
 * overlap by 80 % (Jaccard). Either empty: no match.
 */
export function quotesMatch(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  const a = normQuoteText(gold);
  const b = normQuoteText(predicted);
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) {
    const [short, long] = [pyLength(a), pyLength(b)].sort((x, y) => x - y) as [number, number];
    return short / long >= 0.6;
  }
  const ta = new Set(quoteTokens(gold));
  const tb = new Set(quoteTokens(predicted));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  const union = new Set([...ta, ...tb]).size;
  return shared / Math.max(1, union) >= 0.8;
}

/** The speaker aliases score.py folds together, checked in this order as substrings of the lower-cased name. */
const SPEAKER_ALIASES: readonly [string, string][] = [
  ["modi", "narendra modi"],
  ["putin", "vladimir putin"],
  ["kremlin", "kremlin"],
  ["external affairs", "mea"],
  ["mea", "mea"],
  ["prime minister's office", "pmo"],
  ["prime minister’s office", "pmo"],
  ["pmo", "pmo"],
];

/**
 * A speaker as score.py compares it: anything naming Modi, Putin, the
 * Kremlin, the MEA or the PMO becomes that name (so "PM Modi" is "narendra
 * modi", and, as in score.py, any name containing "mea" is the MEA);
 * otherwise lower case without a leading "the".
 */
export function normSpeaker(speaker: string | null | undefined): string {
  const s = (speaker || "").toLowerCase();
  for (const [key, canonical] of SPEAKER_ALIASES) if (s.includes(key)) return canonical;
  return pyStrip(s).replace(LEADING_THE, "");
}

/** A participant or initiator name as score.py compares it: trimmed, lower case, single spaces. */
export function normPerson(name: string | null | undefined): string {
  return pyStrip(name || "")
    .toLowerCase()
    .replace(SPACE_RUN, " ");
}

/** The name of a predicted participant or initiator, which score.py accepts as a string or `{ name }`. */
function personName(person: PersonLike): string | null | undefined {
  return typeof person === "string" ? person : person?.name;
}

// ---------------------------------------------------------------- arithmetic

/** score.py's ratio: 0 when there is nothing to count. */
export function pyRatio(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

/** score.py's F1, from precision and recall (each 0 over nothing), computed in its order so the floats agree. */
export function pyF1(tp: number, fp: number, fn: number): number {
  const precision = pyRatio(tp, tp + fp);
  const recall = pyRatio(tp, tp + fn);
  return pyRatio(2 * precision * recall, precision + recall);
}

// ---------------------------------------------------------------- quotes

/** What matching one article's quotes found. */
export interface QuoteMatching {
  /** Gold quotes that count (not optional), and how many of them were found. */
  wanted: number;
  found: number;
  /** Found quotes whose predicted speaker is the gold one or one of its `alt_speakers`. */
  speakerRight: number;
  /** Predicted quotes of five words or more, and how many match some gold quote (optional ones too). */
  predicted: number;
  predictedRight: number;
  /** score.py's miss lines, without the file name. */
  misses: string[];
}

/**
 * Matches one call article's quotes the way score.py does: predicted quotes
 * under five words are ignored; each gold quote, in order, takes the first
 * unused predicted quote that matches; optional gold quotes take theirs but
 * are not counted; a predicted quote is right when it was taken or matches
 * any gold quote at all.
 */
export function matchQuotes(
  gold: readonly RealQuoteLabel[],
  predictedQuotes: readonly { text?: string | null; speaker?: string | null }[],
): QuoteMatching {
  const predicted = predictedQuotes.filter((q) => quoteTokens(q.text ?? "").length >= 5);
  const used = new Set<number>();
  const result: QuoteMatching = { wanted: 0, found: 0, speakerRight: 0, predicted: 0, predictedRight: 0, misses: [] };
  const firstUnusedMatch = (text: string) => predicted.findIndex((q, i) => !used.has(i) && quotesMatch(text, q.text ?? ""));
  for (const g of gold) {
    const hit = firstUnusedMatch(g.text);
    if (g.optional) {
      if (hit >= 0) used.add(hit);
      continue;
    }
    result.wanted++;
    if (hit < 0) {
      result.misses.push(`quote missed: ${pyRepr(pyHead(g.text, 70))}`);
      continue;
    }
    used.add(hit);
    result.found++;
    const accepted = new Set([g.speaker, ...(g.alt_speakers ?? [])].map(normSpeaker));
    if (accepted.has(normSpeaker(predicted[hit]!.speaker))) result.speakerRight++;
    else result.misses.push(`speaker ${pyRepr(predicted[hit]!.speaker)} want ${pyRepr(g.speaker)}`);
  }
  predicted.forEach((q, i) => {
    result.predicted++;
    if (used.has(i) || gold.some((g) => quotesMatch(g.text, q.text ?? ""))) result.predictedRight++;
    else result.misses.push(`extra quote: ${pyRepr(pyHead(q.text ?? "", 70))}`);
  });
  return result;
}

// ---------------------------------------------------------------- grouping

/** Pair counts for grouping: same call in gold and grouped, grouped but not the same, the same but not grouped. */
export interface PairCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * score.py's grouping: every pair of gold call articles (in file order) is
 * the same call when their `call_id`s are equal, and grouped when both got
 * the same non-null predicted call id.
 */
export function countGroupingPairs(goldCallIds: ReadonlyMap<string, unknown>, predictedCallIds: ReadonlyMap<string, unknown>): PairCounts {
  const files = pySorted(goldCallIds.keys());
  const counts: PairCounts = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [x, y] = [files[i]!, files[j]!];
      const sameCall = pyEquals(goldCallIds.get(x), goldCallIds.get(y));
      const px = predictedCallIds.get(x) ?? null;
      const grouped = px !== null && pyEquals(px, predictedCallIds.get(y));
      if (sameCall && grouped) counts.tp++;
      else if (grouped) counts.fp++;
      else if (sameCall) counts.fn++;
    }
  }
  return counts;
}

// ---------------------------------------------------------------- one article

/** The counts one English article adds to the figures. */
export interface ArticleCounts {
  isCall: number;
  isCallRight: number;
  date: number;
  dateRight: number;
  participants: number;
  participantsRight: number;
  initiator: number;
  initiatorRight: number;
  topicTp: number;
  topicFp: number;
  topicFn: number;
  quotesWanted: number;
  quotesFound: number;
  speakerRight: number;
  quotesPredicted: number;
  quotesPredictedRight: number;
}

const NO_COUNTS: ArticleCounts = {
  isCall: 0,
  isCallRight: 0,
  date: 0,
  dateRight: 0,
  participants: 0,
  participantsRight: 0,
  initiator: 0,
  initiatorRight: 0,
  topicTp: 0,
  topicFp: 0,
  topicFn: 0,
  quotesWanted: 0,
  quotesFound: 0,
  speakerRight: 0,
  quotesPredicted: 0,
  quotesPredictedRight: 0,
};

function addCounts(a: ArticleCounts, b: ArticleCounts): ArticleCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof ArticleCounts)[]) sum[key] += b[key];
  return sum;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * Scores one English article as score.py does, in its order (is-a-call,
 * then, for gold calls only, date, participants, initiator, topics, quotes),
 * returning its counts and its miss lines. `article` is undefined when the
 * extractor gave nothing for the file; `call` is its predicted call, if any.
 */
export function judgeEnglishArticle(
  file: string,
  label: RealLabel,
  article: PredictedArticleJson | undefined,
  call: PredictedCallJson | undefined,
): { counts: ArticleCounts; misses: string[] } {
  const misses: string[] = [];
  const c = { ...NO_COUNTS };
  if (!article) misses.push(`${file}: missing from output`);
  const a: PredictedArticleJson = article ?? {};
  const k: PredictedCallJson = call ?? {};

  c.isCall = 1;
  if (pyTruthy(a.isCall) === pyTruthy(label.is_call)) c.isCallRight = 1;
  else misses.push(`${file}: isCall ${pyStr(a.isCall)} want ${pyStr(label.is_call)}`);
  if (!label.is_call) return { counts: c, misses };

  const date = pyOr(k.date, a.date);
  c.date = 1;
  if (pyEquals(date, label.call_date)) c.dateRight = 1;
  else misses.push(`${file}: date ${pyStr(date)} want ${pyStr(label.call_date)}`);

  const people = new Set((pyOr(k.participants, pyOr(a.participants, [])) ?? []).map((p) => normPerson(personName(p))));
  c.participants = 1;
  if (sameSet(people, new Set(label.participants.map(normPerson)))) c.participantsRight = 1;
  else misses.push(`${file}: participants ${pyStr(pySorted(people))} want ${pyStr(label.participants)}`);

  if (label.initiator) {
    c.initiator = 1;
    const initiator = pyOr(a.initiator, k.initiator);
    if (pyTruthy(initiator) && normPerson(personName(initiator)) === normPerson(label.initiator)) c.initiatorRight = 1;
    else misses.push(`${file}: initiator ${pyStr(initiator)} want ${pyStr(label.initiator)}`);
  }

  const got = new Set(a.topics ?? []);
  const want = new Set(label.topics ?? []);
  const extra = [...got].filter((t) => !want.has(t));
  const lost = [...want].filter((t) => !got.has(t));
  c.topicTp = got.size - extra.length;
  c.topicFp = extra.length;
  c.topicFn = lost.length;
  if (extra.length || lost.length) misses.push(`${file}: topics +${pyStr(pySorted(extra))} -${pyStr(pySorted(lost))}`);

  const quotes = matchQuotes(label.quotes ?? [], a.quotes ?? []);
  c.quotesWanted = quotes.wanted;
  c.quotesFound = quotes.found;
  c.speakerRight = quotes.speakerRight;
  c.quotesPredicted = quotes.predicted;
  c.quotesPredictedRight = quotes.predictedRight;
  misses.push(...quotes.misses.map((m) => `${file}: ${m}`));
  return { counts: c, misses };
}

/**
 * A non-English article is safe when it is read right (a call, on its
 * predicted call's date the gold date) or flagged (not a call, no call id,
 * some warning); read when its predicted call has the gold date.
 */
export function judgeNonEnglishArticle(
  label: RealLabel,
  article: PredictedArticleJson | undefined,
  call: PredictedCallJson | undefined,
): { safe: boolean; read: boolean } {
  const a = article ?? {};
  const read = pyEquals(call?.date, label.call_date);
  const right = read && pyTruthy(a.isCall);
  const flagged = !pyTruthy(a.isCall) && !pyTruthy(a.callId) && pyTruthy(a.warnings);
  return { safe: right || flagged, read };
}

// ---------------------------------------------------------------- the set

/** Whether score.py counts a label as English: `lang` missing or "en" (an explicit null is not English). */
export function isEnglishLabel(label: RealLabel): boolean {
  return (label.lang === undefined ? "en" : label.lang) === "en";
}

/** Predicted articles by file name (the last one wins, as in score.py's dict). */
function articlesByFile(prediction: PredictionJson): Map<string, PredictedArticleJson> {
  return new Map((prediction.articles ?? []).map((a) => [pyBasename(a.file === undefined ? "" : pyStr(a.file)), a]));
}

/** Predicted calls by id, with a missing id as null like Python's `None` key. */
function callsById(prediction: PredictionJson): Map<string | null, PredictedCallJson> {
  return new Map((prediction.calls ?? []).map((c) => [c.id ?? null, c]));
}

/**
 * Every figure of score.py for one prediction against real-set labels (all
 * of `gold.json` or a subset of its articles): predicted articles without a
 * label are ignored, labelled files without a prediction are misses.
 */
export function scoreRealLabels(prediction: PredictionJson, labels: Readonly<Record<string, RealLabel>>): RealScore {
  const articles = articlesByFile(prediction);
  const calls = callsById(prediction);
  const callOf = (a: PredictedArticleJson | undefined) => calls.get(a?.callId ?? null);
  const files = pySorted(Object.keys(labels));
  const english = files.filter((f) => isEnglishLabel(labels[f]!));
  const other = files.filter((f) => !isEnglishLabel(labels[f]!));

  let c = NO_COUNTS;
  const misses: string[] = [];
  for (const file of english) {
    const article = articles.get(file);
    const judged = judgeEnglishArticle(file, labels[file]!, article, callOf(article));
    c = addCounts(c, judged.counts);
    misses.push(...judged.misses);
  }

  const goldCalls = english.filter((f) => labels[f]!.is_call);
  const pairs = countGroupingPairs(
    new Map(goldCalls.map((f) => [f, labels[f]!.call_id])),
    new Map(goldCalls.map((f) => [f, articles.get(f)?.callId])),
  );

  let safe = 0,
    read = 0;
  for (const file of other) {
    const label = labels[file]!;
    const article = articles.get(file);
    const judged = judgeNonEnglishArticle(label, article, callOf(article));
    if (judged.safe) safe++;
    else
      misses.push(
        `${file} (${pyStr(label.lang)}): neither right nor flagged: isCall=${pyStr(article?.isCall)} call=${pyStr(callOf(article)?.date)}`,
      );
    if (judged.read) read++;
  }

  const fraction = (part: number, whole: number) => `${part}/${whole}`;
  const pairDetail = (t: number, p: number, n: number) => `tp ${t}, fp ${p}, fn ${n}`;
  return {
    figures: {
      is_call_acc: pyRatio(c.isCallRight, c.isCall),
      date_acc: pyRatio(c.dateRight, c.date),
      participants_acc: pyRatio(c.participantsRight, c.participants),
      initiator_acc: pyRatio(c.initiatorRight, c.initiator),
      topic_f1: pyF1(c.topicTp, c.topicFp, c.topicFn),
      quote_recall: pyRatio(c.quotesFound, c.quotesWanted),
      quote_precision: pyRatio(c.quotesPredictedRight, c.quotesPredicted),
      speaker_acc: pyRatio(c.speakerRight, c.quotesFound),
      grouping_f1: pyF1(pairs.tp, pairs.fp, pairs.fn),
      non_english_safe: pyRatio(safe, other.length),
      non_english_read: pyRatio(read, other.length),
    },
    details: {
      is_call_acc: fraction(c.isCallRight, c.isCall),
      date_acc: fraction(c.dateRight, c.date),
      participants_acc: fraction(c.participantsRight, c.participants),
      initiator_acc: fraction(c.initiatorRight, c.initiator),
      topic_f1: pairDetail(c.topicTp, c.topicFp, c.topicFn),
      quote_recall: fraction(c.quotesFound, c.quotesWanted),
      quote_precision: fraction(c.quotesPredictedRight, c.quotesPredicted),
      speaker_acc: fraction(c.speakerRight, c.quotesFound),
      grouping_f1: pairDetail(pairs.tp, pairs.fp, pairs.fn),
      non_english_safe: fraction(safe, other.length),
      non_english_read: fraction(read, other.length),
    },
    misses,
  };
}

// ---------------------------------------------------------------- report

/**
 * score.py's printed report, line for line: with `misses`, its miss lines
 * first (indented two spaces), then one line per figure against its target,
 * then the one-line summary.
 */
export function formatRealReport(score: RealScore, options: { misses: boolean }): string[] {
  const lines = options.misses ? score.misses.map((m) => `  ${m}`) : [];
  for (const name of REAL_FIGURE_NAMES) {
    const value = score.figures[name];
    const target = REAL_TARGETS[name];
    lines.push(`${name.padEnd(18)} ${pyFixed(value, 3)}   target ${pyFixed(target, 2)}  ${value >= target ? "ok" : "SHORT"}`);
  }
  const short = shortFigures(score);
  const summary = REAL_FIGURE_NAMES.map((name) => `${name}=${pyFixed(score.figures[name], 2)}`).join(" ");
  lines.push(`extraction: ${summary}${short.length ? `  short: ${short.join(",")}` : "  all targets met"}`);
  return lines;
}

/** The figures below their targets: score.py exits 1 when there is any. */
export function shortFigures(score: RealScore): RealFigureName[] {
  return REAL_FIGURE_NAMES.filter((name) => score.figures[name] < REAL_TARGETS[name]);
}
