/**
 * The domain, in the order the pipeline produces it:
 * read (SourceFile → ArticleSource) → extract (Article) → consolidate (CallRecord).
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A problem found in one article; `line` is 1-based within the file when known. */
export interface Warning {
  message: string;
  line?: number;
}

/** A file as read from disk, with front matter split off and the date line recognised. */
export interface ArticleSource {
  /** The path as found (relative to the working directory when given that way). */
  file: string;
  /** Front matter fields as written (validated later). */
  frontMatter: FrontMatter;
  /** Publication date from front matter or the ` date YYYY-MM-DD` line. */
  published: IsoDate | null;
  /** The article text without front matter and without the date-line prefix. */
  body: string;
  /** Line number in the file where `body` starts, so warnings can point into the file. */
  bodyLine: number;
  /** Hash of the raw bytes: identical files are one source. */
  contentHash: string;
  warnings: Warning[];
  /** Set when the file cannot be used as an article at all (empty, binary, broken YAML …). */
  error?: Warning;
}

/** Validated front matter. Overrides win over what the text says. */
export interface FrontMatter {
  title?: string;
  publisher?: string;
  url?: string;
  published?: IsoDate;
  callDate?: IsoDate;
  participants?: string[];
  topics?: string[];
}

/** A sentence of the article, the unit that evidence points to. */
export interface Sentence {
  text: string;
  paragraph: number;
  /** Offset of the sentence in the cleaned body. */
  start: number;
}

/** The extractor's knowledge of when the call happened. */
export interface CallDate {
  /** The resolved date, when the text pins it down. */
  date: IsoDate | null;
  /**
   * Inclusive bounds when only a range is known; equal to `date` when
   * resolved, except that a date counted back to a weekday from the date
   * line keeps `earliest` a month earlier (the date line may be a later
   * crawl date), which consolidation reads as "soft".
   */
  earliest: IsoDate | null;
  latest: IsoDate | null;
  /** The call's weekday, 1 = Monday … 7 = Sunday (luxon's numbering): the date's, or for a range the one the text gives. */
  weekday: number | null;
  evidence: string | null;
  /** When the date is open but only a few days fit every clue: those days, in order. */
  candidates?: IsoDate[];
  /** The date rules that decided (`call-sentences`, `leaders-in-office + month-day-without-year`, …), for the evidence. */
  rule?: string;
  /** "Their last call was on 17 September": the day and month of the same leaders' previous call, which consolidation can match. */
  previousCall?: { month: number; day: number; evidence: string };
}

export interface Participant {
  name: string;
  slug: string;
  country: string;
  /** The office held on the call date, from the leaders data, not from the article. */
  office: string | null;
}

export interface Quote {
  text: string;
  /** Canonical leader name, institution ("Kremlin", "MEA", "PMO"), or the source as named. */
  speaker: string | null;
  /** The file the quote was found in. */
  source: string;
}

/** The sentence each extracted field came from, so pages can say why. */
export interface Evidence {
  isCall?: string;
  date?: string;
  /** The date rules that decided, as `CallDate.rule` names them. */
  dateRule?: string;
  participants?: string;
  initiator?: string;
  topics?: Record<string, string>;
}

export interface Article {
  file: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: IsoDate | null;
  body: string;
  contentHash: string;
  /** The language the article is written in (ISO 639-1); null when the extractor cannot tell. */
  language: string | null;
  isCall: boolean;
  callDate: CallDate;
  participants: Participant[];
  initiator: string | null;
  topics: string[];
  quotes: Quote[];
  evidence: Evidence;
  warnings: Warning[];
}

/** A quote on a call record: the same words reported by several outlets appear once. */
export interface CallQuote {
  text: string;
  speaker: string | null;
  sources: string[];
}

export interface SourceRef {
  file: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: IsoDate | null;
  /** Why this source is on the call when its own date did not name it: the clues or content that placed it. */
  placement?: string;
}

export interface CallRecord {
  /** Permanent id: date and leaders' slugs, e.g. `2021-12-20-modi-putin`. */
  id: string;
  date: IsoDate;
  participants: Participant[];
  initiator: string | null;
  topics: string[];
  quotes: CallQuote[];
  sources: SourceRef[];
  evidence: Evidence;
}

/** Where an article ended up after consolidation. */
export interface ArticleStatus {
  file: string;
  status: "placed" | "unplaced" | "not-a-call" | "duplicate" | "error";
  callId: string | null;
  warnings: Warning[];
}

export interface Topic {
  slug: string;
  label: string;
  phrases: string[];
}
