import { chronoEnglish } from "./chrono.ts";
import type { CallDate, IsoDate, Sentence, Warning } from "../types.ts";
import { addDays, daysBetween, inYear, isRealDate, maxDate, minDate, weekdayOf, yearOf } from "../dates.ts";
import { CALL_CUE } from "./cues.ts";
import type { Dateline } from "./dateline.ts";
import { datelineLength, dayMonthYear } from "./dateline.ts";
import { remembered } from "./remember.ts";
import {
  MONTH_ABBREVIATIONS,
  MONTH_ALTERNATION,
  MONTHS,
  monthNumber,
  RELATIVE_DAYS,
  WEEKDAY_ALTERNATION,
  WEEKDAYS,
  weekdayName,
} from "./vocabulary.ts";
import { allMatches } from "./matches.ts";

/** Options for {@link findCallDate}. */
export interface CallDateInput {
  sentences: readonly Sentence[];
  /** Indexes into `sentences` of the sentences that describe the call. */
  callSentences: ReadonlySet<number>;
  /** Among those, the ones that name both sides: they are read first. */
  bothSides?: ReadonlySet<number>;
  published: IsoDate | null;
  /** When the report was filed, from its own dateline or time stamp: "today" and "on Monday" count from it. */
  dateline?: Dateline | null;
  /** Sentences of the headline: read last. */
  headline?: ReadonlySet<number>;
  /** A date the user set in front matter: it wins. */
  override?: IsoDate;
  /** The publication date is a date line above the text, which often lags the call by a day. */
  publishedMayLag?: boolean;
}

const WEEKDAY = `(${WEEKDAY_ALTERNATION})`;
/**
 * A weekday that dates an action: "on Monday", "late on Friday", "Monday's
 * call", and the agencies' bare "spoke Monday with". Not "the previous
 * Friday", "next Monday" or "Monday's summit", which date something else.
 */
const WEEKDAY_MENTION = new RegExp(`\\b${WEEKDAY}\\b`, "i");
/** Every weekday in a text. */
const WEEKDAY_MENTIONS = new RegExp(WEEKDAY_MENTION.source, "gi");
const WEEKDAY_LAST_WEEK = new RegExp(`\\b${WEEKDAY}\\s+(?:of\\s+)?last week\\b|\\blast week,?\\s+on\\s+${WEEKDAY}\\b`, "i");
const WEEKDAY_JUST_BEFORE = new RegExp(`${WEEKDAY}\\s*[,(]?\\s*$`, "i");
const NOT_THIS_WEEKDAY_BEFORE =
  /\b(?:previous|preceding|next|following|coming|that|every|each|until|till|by|since|before|after|from|through)\s+$/i;
const OTHER_EVENT_POSSESSIVE = /^['’]s\s+(?!(?:\w+\s+)?(?:call|conversation|talks|phone))/i;
/** "today", "last night" …: the words are in `content/data/languages/en.yaml`. */
const RELATIVE_DAY = new RegExp(`\\b(${[...RELATIVE_DAYS.today, ...RELATIVE_DAYS.yesterday].join("|")})\\b`, "i");
const YESTERDAY_WORDS = new Set(RELATIVE_DAYS.yesterday.map((w) => w.toLowerCase()));
/** Words before a date that tie it to another event: "the summit on December 6". */
const OTHER_EVENT_BEFORE_DATE = new RegExp(
  String.raw`\b(summit|visit|meeting|election|elections|polls|forum|referendum|since|until|till|before|ahead of|after` +
    String.raw`|by(?! (?:tele-?)?phone\b)|from|treaty|agreement|signed|began|begins|started|starts|ended|ends|launched` +
    String.raw`|touched down|landed|declared|announced|sworn in|events?|attacks?|incidents?` +
    String.raw`|(?<!(?:evening|night|morning|afternoon) )of)\b[^.]{0,25}$`,
  "i",
);
/** Sentences that talk about what is coming: their dates bound the call from above. */
const FUTURE_CUE =
  /\b(upcoming|will|is set to|are set to|scheduled|is holding|are holding|later this year|next (week|month|year)|forthcoming|ahead of)\b/i;
/** How far ahead "upcoming" events are assumed to be when nothing else dates an article. */
const UPCOMING_HORIZON_DAYS = 366;
/**
 * Where a clause about something else begins: "…, the results of which were
 * declared on Tuesday", "… days after the lander touched down on August 23".
 * Times after such a word belong to that other event.
 */
const OTHER_CLAUSE = new RegExp(
  String.raw`\b(?:which|who|whose|where|whereas|while|after|before|following|since|ahead of|amid|until|till|previous` +
    String.raw`|preceding|days? later|weeks? later)\b|\b(?:officials?|sources?|spokes(?:man|woman|person)|ministry|statement` +
    String.raw`|office|agency|it|he|she|they)\s+(?:said|told|reported|announced|added|confirmed|stated)\b` +
    String.raw`|\b(?:when|as)\b(?=[^,;]*\b(?:was|were|had|has|is|are|will|would)\b)`,
  "i",
);

/** The title an official readout of a call carries, with nothing before it but the office's own "PM's". */
const READOUT_TITLE =
  /^(?:(?:PM|Prime Minister|President)['’]s\s+)?(?:telephone|telephonic|phone)\s+(?:conversation|talks?|call)\s+with\b/i;

/** Tweet sign-offs: "— Narendra Modi (@narendramodi) January 15, 2024". */
const TWEET_SIGNOFF = /[—–-]\s*[^()\n]{2,60}\(@\w+\)\s+([A-Z][a-z]+ \d{1,2}, \d{4})/;

interface Mention {
  date: IsoDate;
  /** The year is written, or can be taken from the publication date. */
  yearCertain: boolean;
  /** The year is written in the text, not guessed. */
  yearWritten: boolean;
  dayCertain: boolean;
  sentence: number;
  /** The mention is tied to another event rather than to the call. */
  otherEvent: boolean;
  /** A weekday written with the date ("Monday, Jan 15"), 1 = Monday. */
  weekday: number | null;
  /** Where the date stands in the text. */
  at: number;
}

/** A weekday counted back from a date line that may be a late crawl date: the month before it stays open. */
export const SOFT_WEEKDAY_RULE = "weekday-before-date-line";
/** A stamp before this (minutes after midnight, the outlet's time) was written the evening before. */
const DAWN = 7 * 60;

/** A report with no time in it, taken as filed the day of the call; the day before stays open. */
export const FILED_THAT_DAY_RULE = "filed-that-day";

/** "Today" or "yesterday" counted from a date line above the text, which may lag a day: the day before stays open. */
export const RELATIVE_TO_DATE_LINE_RULE = "relative-to-date-line";

type Found = { date: IsoDate; evidence: string; byWeekday?: boolean } | { rejected: IsoDate; why: string } | { partial: MonthDayClue };

/** A day and month the call sentences give without a year, and nothing to take the year from: "on Monday (March 7)". */
export interface MonthDayClue {
  month: number;
  day: number;
  /** The weekday written with it, 1 = Monday. */
  weekday: number | null;
  evidence: string;
}

/**
 * Works out when the call happened, as a single date when the text pins it
 * down and otherwise as a range (with the weekday, when given) for
 * consolidation to narrow. A resolved date is never after publication and
 * always agrees with the weekday the call sentences give.
 *
 * The sentences about the call are read in order, those that name both sides
 * first and the headline last; in each, only the clauses about the call count
 * (not "days after the summit on December 6"). A full date in any of them
 * wins; failing that, the first "today"/"yesterday" or weekday, counted back
 * from the dateline (or the publication date).
 */
export function findCallDate(input: CallDateInput): { callDate: CallDate; warnings: Warning[]; monthDays: MonthDayClue[] } {
  const { sentences, callSentences, published, override } = input;
  const warnings: Warning[] = [];
  const dateline = input.dateline && (!published || input.dateline.date <= published) ? input.dateline : null;
  const anchor = dateline?.date ?? published;
  // Sorted once: the lists below keep text order.
  const inTextOrder = [...callSentences].sort((a, b) => a - b);
  const both = inTextOrder.filter((i) => input.bothSides?.has(i));
  const order = [...new Set([...both, ...inTextOrder])];
  const weekday = statedWeekday(sentences, both) ?? statedWeekday(sentences, inTextOrder);
  const monthDays: MonthDayClue[] = [];
  const resolved = (date: IsoDate, evidence: string): { callDate: CallDate; warnings: Warning[]; monthDays: MonthDayClue[] } => ({
    callDate: { date, earliest: date, latest: date, weekday: weekdayOf(date), evidence },
    warnings,
    monthDays,
  });

  if (override) return resolved(override, "front matter callDate");

  // Full dates first (a firm date in any sentence about the call beats a
  // weekday elsewhere), then "today" or a weekday; the headline comes last,
  // since headlines compress and often name another day.
  const headline = input.headline ?? new Set<number>();
  const ranked = [...order.filter((i) => !headline.has(i)), ...order.filter((i) => headline.has(i))];
  let sawTime = false;
  for (const pass of ["explicit", "relative"] as const) {
    for (const index of ranked) {
      const text = sentences[index]!.text;
      const found = timeInSentence(text, anchor, published, pass);
      if (!found) continue;
      sawTime = true;
      if ("partial" in found) {
        monthDays.push(found.partial);
        continue;
      }
      if ("date" in found) {
        // A bare weekday counted back from a date line that may be a later crawl date: keep the month
        // before it open, so that consolidation can move the article to a firmly dated call on that weekday.
        // "On Sunday" under a Sunday date line is that day: date lines lag by a day or two, not by weeks.
        // Only a date line above the text (or a page header) may be such a crawl date: a publication date from a
        // page's metadata or the user's front matter is when it was published.
        if (found.byWeekday && ((!dateline && input.publishedMayLag) || dateline?.kind === "header") && anchor && found.date < anchor) {
          warnings.push({
            message:
              `the call date ${found.date} is the last ${weekdayName(weekdayOf(found.date))} on or before the date line ` +
              `${anchor}; if the date line is a later crawl date, the call may be earlier`,
          });
          const result = resolved(found.date, text);
          result.callDate.earliest = addDays(anchor, -31);
          result.callDate.rule = SOFT_WEEKDAY_RULE;
          return result;
        }
        if (pass === "relative" && !found.byWeekday && !dateline && input.publishedMayLag) {
          // "today" counted from a date line that may be a day late: that day, softly.
          const result = resolved(found.date, text);
          result.callDate.earliest = addDays(found.date, -1);
          result.callDate.rule = RELATIVE_TO_DATE_LINE_RULE;
          return result;
        }
        if (weekday === null || weekdayOf(found.date) === weekday || pass === "relative") return resolved(found.date, text);
        // A firm date that disagrees with the weekday another sentence gives: say so and keep looking.
        warnings.push({ message: `the date ${found.date} does not fall on the ${weekdayName(weekday)} the article gives; not used` });
        continue;
      }
      warnings.push({ message: `the date ${found.rejected} in a sentence about the call ${found.why}; not used` });
    }
  }

  // The date a leader's tweet about the call was posted.
  const fits = (date: IsoDate) => (!published || date <= published) && (weekday === null || weekdayOf(date) === weekday);
  for (const [index, sentence] of sentences.entries()) {
    // The sign-off always holds "(@": most sentences are passed over without the pattern.
    const signoff = sentence.text.includes("(@") ? TWEET_SIGNOFF.exec(sentence.text) : null;
    if (!signoff) continue;
    const iso = signoffDate(signoff[1]!);
    if (iso && fits(iso)) return resolved(iso, sentences[index]!.text);
  }

  // A readout or wire report that gives no time at all was filed the day of the call, or the day after
  // (an evening call reported next morning). An official readout ("Telephone conversation with …") too.
  const readoutTitle = [...headline].map((i) => sentences[i]!.text).find((text) => READOUT_TITLE.test(text));
  const filedOn = !sawTime && weekday === null ? (dateline?.date ?? (readoutTitle ? published : null)) : null;
  // Out before dawn, it was written the night before: leaders' calls are not held in the small hours.
  const filedBy =
    filedOn && dateline?.clock !== undefined && dateline.date === filedOn && dateline.clock < DAWN ? addDays(filedOn, -1) : filedOn;
  if (filedBy) {
    // Taken as the day it was filed, but soft: a report of the same call that pins the day before moves it there.
    const result = resolved(filedBy, dateline?.text ?? readoutTitle!);
    result.callDate.earliest = addDays(filedBy, -1);
    result.callDate.rule = FILED_THAT_DAY_RULE;
    return result;
  }

  // Only a range: bounded by publication, by past events and by upcoming ones.
  let latest = anchor;
  let earliest: IsoDate | null = anchor ? addDays(anchor, -31) : null;
  if (!anchor) {
    // Every date the text gives: read only here, where nothing else dates the article.
    const mentions = sentences.flatMap((sentence, index) => dateMentions(sentence.text, index, published));
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
  if (anchor) {
    // "spoke earlier this week": the first such span in a sentence about the call narrows the range.
    for (const index of ranked) {
      const span = weekSpan(readCallClauses(sentences[index]!.text).own, anchor);
      if (!span) continue;
      earliest = span.earliest;
      latest = minDate(span.latest, anchor);
      break;
    }
  }
  if (latest && weekday !== null) latest = lastWeekdayOnOrBefore(latest, weekday);
  if (weekday !== null && earliest && latest && earliest === latest) return resolved(latest, "the only day the text's span allows");
  // The date rules (`date/resolve.ts`) narrow this range further and say what is left.
  return { callDate: { date: null, earliest, latest, weekday, evidence: null }, warnings, monthDays };
}

/** What reading a date needs of one sentence, worked out once: each sentence is read in several passes. */
interface CallClauseReading {
  /** The part of the sentence about the call: clauses about other events are cut off. */
  clauses: string;
  /** The same without quoted words: "today" inside a quoted post is the post's day, not the report's. */
  own: string;
  /** The weekday those words date something by. */
  weekday: { day: number; at: number } | null;
}

const readCallClauses: (text: string) => CallClauseReading = remembered((text) => {
  const clauses = cutToCallClauses(text);
  const own = withoutQuotations(clauses);
  return { clauses, own, weekday: firstWeekday(own) };
});

/** The part of a sentence that is about the call: clauses about other events are cut off. */
export function callClauses(text: string): string {
  return readCallClauses(text).clauses;
}

function cutToCallClauses(text: string): string {
  const body = text.slice(datelineLength(text));
  // Commas inside dates ("August 23, 2023") do not end a clause.
  const chunks = body.split(/(?<=[,;—–(])(?!\s*\d)\s*|\s+[—–]\s+/);
  return chunks
    .map((chunk) => {
      const cut = OTHER_CLAUSE.exec(chunk);
      // "when the two men spoke by telephone on Wednesday" is the call itself.
      // So is "Modi, who called Putin on Monday night".
      if (!cut || CALL_CUE.test(chunk.slice(cut.index)) || /^who (?:had )?called\b/i.test(chunk.slice(cut.index))) return chunk;
      return chunk.slice(0, cut.index);
    })
    .join(" ");
}

/** The first time expression of one kind in the call clauses of one sentence, resolved against the dateline. */
function timeInSentence(sentence: string, anchor: IsoDate | null, published: IsoDate | null, pass: "explicit" | "relative"): Found | null {
  const { clauses: text, own, weekday: weekdayMatch } = readCallClauses(sentence);
  if (pass === "explicit") {
    const counted = countedFromEvent(sentence, anchor, published, weekdayMatch?.day ?? null);
    if (counted) return counted;
    const explicit = dateMentions(text, 0, anchor).filter((m) => m.dayCertain && !m.otherEvent);
    for (const mention of explicit) {
      const ownWeekday = mention.weekday ?? attachedWeekday(text, mention.at);
      let date: IsoDate | null = mention.date;
      // A month and day with no year and nothing to count from: a clue for the date rules, which know the leaders' terms.
      if (!mention.yearWritten && !anchor) {
        return {
          partial: {
            month: Number(mention.date.slice(5, 7)),
            day: Number(mention.date.slice(8, 10)),
            weekday: ownWeekday,
            evidence: sentence,
          },
        };
      }
      // A month and day with no year is dated against the dateline.
      if (!mention.yearWritten) date = yearOnOrBefore(mention.date, anchor!, ownWeekday);
      if (!date) return { rejected: mention.date.slice(5), why: "does not fall on its weekday in the year before the date line" };
      if (published && date > published) return { rejected: date, why: `is after the publication date ${published}` };
      if (ownWeekday !== null && weekdayOf(date) !== ownWeekday)
        return { rejected: date, why: "does not fall on the weekday the article gives" };
      return { date, evidence: sentence };
    }
    return null;
  }
  if (!anchor) return null;
  const relative = RELATIVE_DAY.exec(own);
  if (relative && (!weekdayMatch || relative.index <= weekdayMatch.at)) {
    const word = relative[1]!.toLowerCase();
    const date = YESTERDAY_WORDS.has(word) ? addDays(anchor, -1) : anchor;
    return { date, evidence: sentence };
  }
  if (weekdayMatch) {
    // "on Tuesday last week": the weekday of the week before the anchor's, a firm date.
    // Only when the two are written together: "on Tuesday and shared … his visit last week" dates the visit.
    const lastWeek = WEEKDAY_LAST_WEEK.exec(own);
    if (lastWeek) {
      const day = WEEKDAYS.indexOf((lastWeek[1] ?? lastWeek[2])!.toLowerCase()) + 1;
      return { date: lastWeekdayOnOrBefore(addDays(anchor, -weekdayOf(anchor)), day), evidence: sentence };
    }
    return { date: lastWeekdayOnOrBefore(anchor, weekdayMatch.day), evidence: sentence, byWeekday: true };
  }
  return null;
}

/**
 * "earlier this week", "last week", "earlier this month", "last month": a
 * span of days counted from the anchor (weeks start on Monday). It bounds the
 * call without pinning it, so consolidation can narrow it further.
 */
const WEEK_SPAN =
  /\b(earlier this week|(?<!later |next |end of )this week|last week|the previous week|the past week|earlier this month|last month)\b/i;

export function weekSpan(text: string, anchor: IsoDate): { earliest: IsoDate; latest: IsoDate; word: string } | null {
  const match = WEEK_SPAN.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  const monday = addDays(anchor, 1 - weekdayOf(anchor));
  const firstOfMonth = `${anchor.slice(0, 8)}01`;
  switch (word) {
    case "earlier this week":
    case "this week":
      return { earliest: monday, latest: anchor, word };
    case "last week":
    case "the previous week":
      return { earliest: addDays(monday, -7), latest: addDays(monday, -1), word: "last week" };
    case "the past week":
      return { earliest: addDays(anchor, -7), latest: anchor, word };
    case "earlier this month":
      return { earliest: firstOfMonth, latest: anchor, word };
    default: {
      const lastOfPrevious = addDays(firstOfMonth, -1);
      return { earliest: `${lastOfPrevious.slice(0, 8)}01`, latest: lastOfPrevious, word };
    }
  }
}

const NUMBER_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** What any prefix {@link COUNTED} matches contains. */
const ANY_COUNT = new RegExp(`\\b(?:${NUMBER_WORDS.join("|")}|\\d{1,2}) (?:days?|weeks?) (?:after|before)`, "i");
const COUNTED = new RegExp(`\\b(${NUMBER_WORDS.join("|")}|\\d{1,2}) (days?|weeks?) (after|before)\\b[^.;]*$`, "i");

/**
 * "on Monday, five days after the lander touched down on August 23, 2023":
 * the other event's date plus the interval, kept only when it falls on the
 * weekday the call clause gives, which makes the reading safe.
 */
function countedFromEvent(sentence: string, anchor: IsoDate | null, published: IsoDate | null, weekday: number | null): Found | null {
  // No count of days or weeks anywhere in the sentence: no date to count from, and no need to look for dates.
  if (weekday === null || !ANY_COUNT.test(sentence)) return null;
  for (const mention of dateMentions(sentence, 0, anchor)) {
    const counted = COUNTED.exec(sentence.slice(0, mention.at));
    if (!counted || !mention.dayCertain || !(mention.yearWritten || anchor)) continue;
    const gap = counted.index + counted[1]!.length + counted[2]!.length + counted[3]!.length + 2;
    if (dateMentions(sentence.slice(gap, mention.at), 0, anchor).length) continue;
    const word = counted[1]!.toLowerCase();
    const n = NUMBER_WORDS.includes(word) ? Math.max(1, NUMBER_WORDS.indexOf(word)) : Number(word);
    const days = n * (counted[2]!.startsWith("week") ? 7 : 1) * (counted[3]!.toLowerCase() === "after" ? 1 : -1);
    const base = mention.yearWritten ? mention.date : yearOnOrBefore(mention.date, anchor!, null);
    if (!base) continue;
    const date = addDays(base, days);
    if (weekdayOf(date) === weekday && (!published || date <= published)) return { date, evidence: sentence };
  }
  return null;
}

/** Drops quoted words (up to the closing mark, or the sentence's end when the quote runs on). */
function withoutQuotations(text: string): string {
  return text.replace(/["“”][^"“”]*(?:["“”]|$)/g, " ");
}

/** "Monday (Mar 7)", "Monday, Jan 15": the weekday written just before a date. */
function attachedWeekday(text: string, at: number): number | null {
  const match = WEEKDAY_JUST_BEFORE.exec(text.slice(0, at));
  return match ? WEEKDAYS.indexOf(match[1]!.toLowerCase()) + 1 : null;
}

/** The weekday a clause dates something by ("on Monday"), skipping one written with a date ("Monday, Jan 15"). */
function firstWeekday(text: string): { day: number; at: number } | null {
  if (!WEEKDAY_MENTION.test(text)) return null;
  for (const match of allMatches(WEEKDAY_MENTIONS, text)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (/^,?\s*\(?\s*(\d{1,2}\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after)) continue;
    if (NOT_THIS_WEEKDAY_BEFORE.test(before) || OTHER_EVENT_POSSESSIVE.test(after)) continue;
    return { day: WEEKDAYS.indexOf(match[1]!.toLowerCase()) + 1, at: match.index };
  }
  return null;
}

/** A month and day with no year: the latest such date on or before the anchor (that falls on the weekday, if one is given). */
function yearOnOrBefore(date: IsoDate, anchor: IsoDate, weekday: number | null): IsoDate | null {
  const start = yearOf(anchor);
  // Reports are filed within a year of the call: an older year that fits the weekday is a misreading.
  for (let year = start; year > start - 2; year--) {
    const iso = inYear(date, year);
    if (!iso) continue;
    if (iso > anchor) continue;
    if (weekday === null || weekdayOf(iso) === weekday) return iso;
  }
  return null;
}

/** "January 15, 2024" under a post: read without chrono when it is a plain month, day and year, which is what chrono reads there. */
function signoffDate(text: string): IsoDate | null {
  const parts = dayMonthYear(text);
  if (parts?.year) return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  const date = chronoEnglish().strict.parseDate(text, { instant: new Date("2000-01-01T12:00:00Z"), timezone: 0 });
  return date ? isoOfDate(date) : null;
}

function isoOfDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The weekday the first sentence about the call gives ("on Monday"), read in its call clauses only. */
function statedWeekday(sentences: readonly Sentence[], indexes: readonly number[]): number | null {
  // `indexes` are in text order.
  for (const index of indexes) {
    const found = readCallClauses(sentences[index]!.text).weekday;
    if (found) return found.day;
  }
  return null;
}

/**
 * What any date chrono's strict parsers give a certain month contains: a
 * digit, a month name (a whole word, or run straight into a day in words:
 * "NovoPress" holds none; after an ordinal it may follow without a space), or
 * a count of time ("two days ago", "for an hour", "within half a year": half a
 * year is six months). Written
 * looser than chrono's own patterns (no word boundary before the count), so
 * that a text it rejects never holds such a date; chrono, whose first use
 * and every use cost far more than this test, then runs only where it can
 * find one.
 */
const MONTH_DATE_CUE = new RegExp(
  String.raw`\d|(?:\b|of|st|nd|rd|th)(?:${MONTH_ALTERNATION}|${MONTH_ABBREVIATIONS.join("|")})` +
    String.raw`(?!(?!first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth` +
    String.raw`|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)[a-z])` +
    String.raw`|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,3}` +
    String.raw`(?:second|minute|hour|day|week|month|quarter|year)`,
  "i",
);

/** Whether chrono's strict parsers could find a date with a certain month in a text (see {@link MONTH_DATE_CUE}). */
export function mayHoldMonthDate(text: string): boolean {
  return MONTH_DATE_CUE.test(text);
}

/** The dates a text names, read as of its publication date. */
function dateMentions(text: string, sentence: number, published: IsoDate | null): Mention[] {
  return MONTH_DATE_CUE.test(text) ? readDateMentions(text, sentence, published) : [];
}

function readDateMentions(text: string, sentence: number, published: IsoDate | null): Mention[] {
  const plain = plainFullDate(text);
  if (plain) {
    return [
      {
        date: plain.date,
        yearCertain: true,
        yearWritten: true,
        dayCertain: true,
        sentence,
        otherEvent: OTHER_EVENT_BEFORE_DATE.test(text.slice(0, plain.at)),
        weekday: null,
        at: plain.at,
      },
    ];
  }
  const monthDay = plainMonthDay(text, published);
  if (monthDay) {
    const { date, at, weekday } = monthDay;
    return [
      {
        date,
        yearCertain: published !== null,
        yearWritten: false,
        dayCertain: true,
        sentence,
        otherEvent: OTHER_EVENT_BEFORE_DATE.test(text.slice(0, at)),
        weekday,
        at,
      },
    ];
  }
  return chronoDateMentions(text, sentence, published);
}

const FULL_MONTH = `(${MONTH_ALTERNATION})`;
/** "April 3, 1995" and "3 April 1995" (after "on", chrono's match starts at "on"), standing alone. */
const MONTH_DAY_YEAR = new RegExp(`(?<!\\w)${FULL_MONTH} (\\d{1,2}), ([12]\\d{3})(?![\\w:])`, "gi");
const DAY_MONTH_YEAR = new RegExp(`(?<!\\w)(?:(on\\s{0,3}))?(\\d{1,2}) ${FULL_MONTH} ([12]\\d{3})(?![\\w:])`, "gi");
const AFTER_YEAR = new RegExp(
  String.raw`^\s{0,5}(?:(?:be|ad|bc|bce|ce|am|pm|h|hrs?|y|yrs?|mo|mos|sec|secs|min|mins|qtr|s|m|d|w)\b|a\.d|b\.c|a\.m|p\.m` +
    String.raw`|o\W*clock|in\s*the|at\s*night|second|minute|hour|day|week|month|quarter|year)`,
  "i",
);
/** Days written as ordinal words ("third", "twenty-first"). */
const ORDINAL_WORD = /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth)/i;
/** A weekday as chrono reads one (a whole word, or its abbreviation), which it would join to the date. */
const WEEKDAY_WORD = /\b(?:sun|mon|tue|wed|thu|thur|thurs|fri|sat)(?:day|nesday|sday|rsday|urday)?\b|\bweek(?:end|day)\b/i;

/**
 * The one full date of a sentence written in the commonest news forms, read
 * as chrono reads it, when nothing else in the sentence could be a date, a
 * time, a weekday or a count of days (chrono, whose every call costs far more
 * than this, handles everything else). Null when the sentence is not that simple.
 */
export function plainFullDate(text: string): { date: IsoDate; at: number } | null {
  const monthFirst = allMatches(MONTH_DAY_YEAR, text);
  const dayFirst = allMatches(DAY_MONTH_YEAR, text);
  if (monthFirst.length + dayFirst.length !== 1) return null;
  const isMonthFirst = monthFirst.length === 1;
  const match = isMonthFirst ? monthFirst[0]! : dayFirst[0]!;
  const start = match.index;
  const rest = `${text.slice(0, start)} ${text.slice(start + match[0].length)}`;
  // "the third of April 3, 1995": chrono takes a day written in words just before the month as the day.
  if (MONTH_DATE_CUE.test(rest) || WEEKDAY_WORD.test(rest) || ORDINAL_WORD.test(text.slice(Math.max(0, start - 40), start))) return null;
  // "1995 BC" is another year to chrono, and "1995 days later" or "1995 pm" other things again.
  if (AFTER_YEAR.test(text.slice(start + match[0].length))) return null;
  const month = MONTHS.indexOf((isMonthFirst ? match[1]! : match[3]!).toLowerCase()) + 1;
  const day = Number(match[2]);
  const date = `${isMonthFirst ? match[3]! : match[4]!}-${pad(month)}-${pad(day)}`;
  // chrono's match of "on 3 April 1995" begins at "on", as this one does.
  return isRealDate(date) ? { date, at: start } : null;
}

/** Month names as chrono's dictionary has them: abbreviations may take a full stop, full names may not. */
const MONTH_NAME = `(${MONTH_ALTERNATION}|(?:${MONTH_ABBREVIATIONS.join("|")})\\.?)`;
/**
 * "on Tuesday, May 16", "Friday Dec 1", "May 16": a month and day with no year, the
 * weekday (and the "on" before it) joined to it as chrono joins them, standing alone.
 */
const WEEKDAY_MONTH_DAY = new RegExp(`(?<!\\w)(?:(on\\s+)?${WEEKDAY},?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?=[\\s,.;!?)"”’']|$)`, "gi");
/** Words before a weekday that chrono reads with it ("last Tuesday"), or marks it takes into its match ("(Tuesday"). */
const BEFORE_WEEKDAY = /(?:[,(（]|\b(?:this|last|past|next))\s*$/i;
/** How far from the reference date a month and day may fall for the nearest year to be beyond doubt. */
const CLEARLY_NEAREST_DAYS = 150;

/**
 * A month and day without a year, as chrono reads it when it is the sentence's
 * only date: the year nearest the reference date (publication), and the
 * weekday written just before it. Null whenever the sentence holds anything
 * else that could be a date, a time, a weekday or a count of days, and when
 * the nearest year is not beyond doubt (chrono decides those).
 */
export function plainMonthDay(text: string, published: IsoDate | null): { date: IsoDate; at: number; weekday: number | null } | null {
  const matches = allMatches(WEEKDAY_MONTH_DAY, text);
  if (matches.length !== 1) return null;
  const match = matches[0]!;
  const start = match.index;
  const end = start + match[0].length;
  const before = text.slice(0, start);
  const rest = `${before} ${text.slice(end)}`;
  if (MONTH_DATE_CUE.test(rest) || WEEKDAY_WORD.test(rest) || ORDINAL_WORD.test(text.slice(Math.max(0, start - 40), start))) return null;
  // "16 days later", "16 pm": the day is read as something else.
  if (AFTER_YEAR.test(text.slice(end))) return null;
  const weekdayName = match[2];
  if (weekdayName && BEFORE_WEEKDAY.test(before)) return null;
  const month = monthNumber(match[3]!);
  const day = Number(match[4]);
  const date = nearestYearDate(month, day, published ?? "2000-01-01");
  if (!date) return null;
  return { date, at: start, weekday: weekdayName ? WEEKDAYS.indexOf(weekdayName.toLowerCase()) + 1 : null };
}

/**
 * The month and day in the year before, of or after the reference whose date
 * is nearest it; null when it is not clearly nearest, or the day is not in the
 * month every year (29 February).
 */
function nearestYearDate(month: number, day: number, reference: IsoDate): IsoDate | null {
  const year = yearOf(reference);
  for (const candidate of [year - 1, year, year + 1]) {
    const date = `${candidate}-${pad(month)}-${pad(day)}`;
    if (!isRealDate(date) || (month === 2 && day === 29)) return null;
    if (Math.abs(daysBetween(reference, date)) <= CLEARLY_NEAREST_DAYS) return date;
  }
  return null;
}

const WRITTEN_MONTH_OR_NUMBER = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export function chronoDateMentions(text: string, sentence: number, published: IsoDate | null): Mention[] {
  const reference = { instant: new Date(`${published ?? "2000-01-01"}T12:00:00Z`), timezone: 0 };
  return chronoEnglish()
    .strict.parse(text, reference)
    .flatMap((result) => {
      if (!result.start.isCertain("month")) return [];
      // "in the day", "two days ago": counted from the reference, which is made up when there is no publication date.
      if (!published && !WRITTEN_MONTH_OR_NUMBER.test(result.text)) return [];
      const year = result.start.get("year");
      const month = result.start.get("month");
      const day = result.start.get("day");
      if (!year || !month || !day) return [];
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      if (!isRealDate(iso)) return [];
      return [
        {
          date: iso,
          yearCertain: result.start.isCertain("year") || published !== null,
          yearWritten: result.start.isCertain("year"),
          dayCertain: result.start.isCertain("day"),
          sentence,
          otherEvent: OTHER_EVENT_BEFORE_DATE.test(text.slice(0, result.index)),
          weekday: result.start.isCertain("weekday") ? result.start.get("weekday") || 7 : null,
          at: result.index,
        },
      ];
    });
}

function lastWeekdayOnOrBefore(date: IsoDate, weekday: number): IsoDate {
  const back = (weekdayOf(date) - weekday + 7) % 7;
  return addDays(date, -back);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
