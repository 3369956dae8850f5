import * as chrono from "chrono-node";
import type { CallDate, IsoDate, Sentence, Warning } from "../types.ts";
import { addDays, dateTime, maxDate, minDate, weekdayOf } from "../dates.ts";

/** Options for {@link findCallDate}. */
export interface CallDateInput {
  sentences: readonly Sentence[];
  /** Indexes into `sentences` of the sentences that describe the call. */
  callSentences: ReadonlySet<number>;
  /** Among those, the ones that name both sides: their weekday is preferred. */
  bothSides?: ReadonlySet<number>;
  published: IsoDate | null;
  /** A date the user set in front matter: it wins. */
  override?: IsoDate;
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY_MENTION = /\b(?:on|last|this|late|early)?\s*\(?\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const RELATIVE_DAY = /\b(today|yesterday|tonight|this morning|this evening|earlier today|late last night|last night)\b/i;
/** Words before a date that tie it to another event: "the summit on December 6". */
const OTHER_EVENT_BEFORE_DATE =
  /\b(summit|visit|meeting|election|elections|polls|forum|referendum|since|until|till|before|ahead of|after|by|from|treaty|agreement|signed|began|begins|started|starts|ended|ends|launched|touched down|landed)\b[^.]{0,25}$/i;
/** Sentences that talk about what is coming: their dates bound the call from above. */
const FUTURE_CUE = /\b(upcoming|will|is set to|are set to|scheduled|is holding|are holding|later this year|next (week|month|year)|forthcoming|ahead of)\b/i;
/** How far ahead "upcoming" events are assumed to be when nothing else dates an article. */
const UPCOMING_HORIZON_DAYS = 366;

interface Mention {
  date: IsoDate;
  yearCertain: boolean;
  dayCertain: boolean;
  sentence: number;
  /** The mention is tied to another event rather than to the call. */
  otherEvent: boolean;
  /** A weekday written with the date ("Monday, Jan 15"), 1 = Monday. */
  weekday: number | null;
}

/** Tweet sign-offs: "— Narendra Modi (@narendramodi) January 15, 2024". */
const TWEET_SIGNOFF = /[—–-]\s*[^()\n]{2,60}\(@\w+\)\s+([A-Z][a-z]+ \d{1,2}, \d{4})/;

/**
 * Works out when the call happened, as a single date when the text pins it
 * down and otherwise as a range (with the weekday, when given) for
 * consolidation to narrow. A resolved date is never after publication and
 * always agrees with the weekday the call sentences give.
 */
export function findCallDate(input: CallDateInput): { callDate: CallDate; warnings: Warning[] } {
  const { sentences, callSentences, published, override } = input;
  const warnings: Warning[] = [];
  const both = [...callSentences].filter((i) => input.bothSides?.has(i));
  const weekday = statedWeekday(sentences, both) ?? statedWeekday(sentences, [...callSentences]);
  const resolved = (date: IsoDate, evidence: string): { callDate: CallDate; warnings: Warning[] } => ({
    callDate: { date, earliest: date, latest: date, weekday: weekdayOf(date), evidence },
    warnings,
  });

  if (override) return resolved(override, "front matter callDate");

  const mentions = sentences.flatMap((sentence, index) => dateMentions(sentence.text, index, published));
  const fits = (date: IsoDate) => (!published || date <= published) && (weekday === null || weekdayOf(date) === weekday);

  // 1. A full date in a sentence about the call.
  const inCall = mentions.filter((m) => callSentences.has(m.sentence) && m.dayCertain && !m.otherEvent);
  for (const mention of inCall) {
    // A month and day with no year is dated only against a publication date or its own weekday.
    if (!mention.yearCertain && !mention.weekday) continue;
    const date = mention.yearCertain ? mention.date : yearForWeekday(mention.date, mention.weekday, published);
    const ownWeekday = mention.weekday ?? weekday;
    if (date && (!published || date <= published) && (ownWeekday === null || weekdayOf(date) === ownWeekday)) {
      return resolved(date, sentences[mention.sentence]!.text);
    }
  }
  const rejected = inCall.find((m) => m.yearCertain && !fits(m.date));
  if (rejected) {
    warnings.push({ message: `the date ${rejected.date} in a sentence about the call ${published && rejected.date > published ? `is after the publication date ${published}` : "does not fall on the weekday the article gives"}; not used` });
  }

  // 2. The date a leader's tweet about the call was posted.
  for (const [index, sentence] of sentences.entries()) {
    const signoff = TWEET_SIGNOFF.exec(sentence.text);
    if (!signoff) continue;
    const date = chrono.en.strict.parseDate(signoff[1]!, { instant: new Date("2000-01-01T12:00:00Z"), timezone: 0 });
    const iso = date ? isoOfDate(date) : null;
    if (iso && fits(iso)) return resolved(iso, sentences[index]!.text);
  }

  // 3. "today", "yesterday", "on Monday", against the publication date.
  if (published) {
    for (const index of [...both, ...callSentences]) {
      const text = sentences[index]!.text;
      const relative = RELATIVE_DAY.exec(text)?.[1]?.toLowerCase();
      if (weekday !== null && WEEKDAY_MENTION.test(text)) {
        return resolved(lastWeekdayOnOrBefore(published, weekday), text);
      }
      if (relative) {
        const date = relative.startsWith("yesterday") || relative.includes("last night") ? addDays(published, -1) : published;
        if (fits(date)) return resolved(date, text);
      }
    }
  }

  // 4. Only a range: bounded by publication, by past events and by upcoming ones.
  let latest = published;
  let earliest: IsoDate | null = published ? addDays(published, -31) : null;
  if (!published) {
    const future = mentions.filter((m) => m.yearCertain && FUTURE_CUE.test(sentences[m.sentence]!.text));
    const past = mentions.filter((m) => m.yearCertain && !FUTURE_CUE.test(sentences[m.sentence]!.text));
    for (const m of future) latest = minDate(latest, addDays(m.date, -1));
    for (const m of past) earliest = maxDate(earliest, m.date);
    if (latest && future.length) earliest = maxDate(earliest, addDays(latest, -UPCOMING_HORIZON_DAYS));
    if (earliest && latest && earliest > latest) {
      // Contradictory hints: keep the firmer one, the upcoming event.
      earliest = latest ? addDays(latest, -UPCOMING_HORIZON_DAYS) : null;
    }
  }
  if (published || latest || earliest) {
    warnings.push({ message: `the call date is not stated exactly; it lies between ${earliest ?? "an unknown date"} and ${latest ?? "an unknown date"}${weekday ? `, on a ${capitalise(WEEKDAYS[weekday - 1]!)}` : ""}` });
  } else {
    warnings.push({ message: "the call date is not stated, and the article has no publication date" });
  }
  return { callDate: { date: null, earliest, latest, weekday, evidence: null }, warnings };
}

function isoOfDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * The weekday the first sentence about the call gives ("on Monday"). A weekday
 * written with a date ("Sunday, March 16") or after another event ("the
 * referendum held on Sunday") belongs to that, not to the call.
 */
function statedWeekday(sentences: readonly Sentence[], indexes: readonly number[]): number | null {
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const text = sentences[index]!.text;
    for (const match of text.matchAll(new RegExp(WEEKDAY_MENTION.source, "gi"))) {
      const after = text.slice(match.index! + match[0].length);
      if (/^,?\s*\(?\s*(\d{1,2}\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after)) continue;
      if (/\b(held|on|took place)\s*$/i.test(text.slice(0, match.index!)) && OTHER_EVENT_BEFORE_DATE.test(text.slice(0, match.index!))) continue;
      return WEEKDAYS.indexOf(match[1]!.toLowerCase()) + 1;
    }
  }
  return null;
}

function dateMentions(text: string, sentence: number, published: IsoDate | null): Mention[] {
  const reference = { instant: new Date(`${published ?? "2000-01-01"}T12:00:00Z`), timezone: 0 };
  return chrono.en.strict.parse(text, reference).flatMap((result) => {
    if (!result.start.isCertain("month")) return [];
    const year = result.start.get("year");
    const month = result.start.get("month");
    const day = result.start.get("day");
    if (!year || !month || !day) return [];
    const date = dateTime(`${year}-${pad(month)}-${pad(day)}`);
    if (!date.isValid) return [];
    const iso = date.toISODate()!;
    return [{
      date: iso,
      yearCertain: result.start.isCertain("year") || published !== null,
      dayCertain: result.start.isCertain("day"),
      sentence,
      otherEvent: OTHER_EVENT_BEFORE_DATE.test(text.slice(0, result.index)),
      weekday: result.start.isCertain("weekday") ? (result.start.get("weekday") || 7) : null,
    }];
  });
}

/** A month and day with no year: the year in which it falls on the stated weekday, at or before publication. */
function yearForWeekday(date: IsoDate, weekday: number | null, published: IsoDate | null): IsoDate | null {
  const start = dateTime(published ?? date).year;
  for (let year = start; year > start - 12; year--) {
    const candidate = dateTime(date).set({ year });
    if (!candidate.isValid) continue;
    const iso = candidate.toISODate()!;
    if (published && iso > published) continue;
    if (weekday === null || candidate.weekday === weekday) return iso;
  }
  return null;
}

function lastWeekdayOnOrBefore(date: IsoDate, weekday: number): IsoDate {
  const back = (weekdayOf(date) - weekday + 7) % 7;
  return addDays(date, -back);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
