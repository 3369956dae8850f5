import type { LanguageResources } from "../../data/languages.ts";
import type { Reference } from "../../data/load.ts";
import type { KeyedPhrases, PhraseSet } from "./phrases.ts";
import { compileKeyedPhrases, compilePhrases } from "./phrases.ts";

/** One language file's phrase lists, compiled once per build. */
export interface CompiledLanguage {
  resources: LanguageResources;
  names: KeyedPhrases;
  offices: KeyedPhrases;
  institutions: KeyedPhrases;
  callCues: PhraseSet;
  earlierCallCues: PhraseSet;
  futureCallCues: PhraseSet;
  noCallCues: PhraseSet;
  meetingCues: PhraseSet;
  backgroundCues: PhraseSet;
  bothLeaders: PhraseSet;
  statementCues: PhraseSet;
  sides: KeyedPhrases;
  callerVerbs: PhraseSet;
  callerBefore: PhraseSet;
  /** Keys are month numbers 1–12. */
  months: KeyedPhrases;
  /** Keys are weekday numbers 1 (Monday) – 7. */
  weekdays: KeyedPhrases;
  today: PhraseSet;
  yesterday: PhraseSet;
  topics: KeyedPhrases;
  /** The office each office id names, and its country. */
  officeCountry: Map<string, string>;
}

/**
 * The words of every compiled language file that every report in it shares
 * (function words, leaders' names, offices, call words): content matching
 * passes over them, as it does over their English counterparts. Filled when
 * the files are compiled; words only accumulate, so a second data set can add
 * but never take away.
 */
export const LANGUAGE_COMMON_WORDS = new Set<string>();

function addCommonWords(resources: LanguageResources): void {
  const phrases = [
    ...resources.functionWords,
    ...Object.values(resources.leaders).flat(),
    ...Object.values(resources.offices).flat(),
    ...resources.callCues,
    ...resources.bothLeaders,
    ...resources.months.flat(),
    ...resources.weekdays.flat(),
  ];
  for (const phrase of phrases)
    for (const word of phrase.toLowerCase().split(/[\s-]+/)) if (word && !word.includes("*")) LANGUAGE_COMMON_WORDS.add(word);
}

/** Each language file the extractor reads (English keeps its own rules, see `extractArticle`), compiled. */
export function compileLanguages(reference: Pick<Reference, "languages" | "offices">): Map<string, CompiledLanguage> {
  const compiled = new Map<string, CompiledLanguage>();
  const officeCountry = new Map(reference.offices.map((o) => [o.id, o.country]));
  for (const [code, resources] of Object.entries(reference.languages)) {
    if (code === "en") continue;
    addCommonWords(resources);
    const numbered = (lists: readonly string[][]) => Object.fromEntries(lists.map((forms, i) => [String(i + 1), forms]));
    compiled.set(code, {
      resources,
      names: compileKeyedPhrases(resources.leaders),
      offices: compileKeyedPhrases(resources.offices),
      institutions: compileKeyedPhrases(resources.institutions),
      callCues: compilePhrases(resources.callCues),
      earlierCallCues: compilePhrases(resources.earlierCallCues),
      futureCallCues: compilePhrases(resources.futureCallCues),
      noCallCues: compilePhrases(resources.noCallCues),
      meetingCues: compilePhrases(resources.meetingCues),
      backgroundCues: compilePhrases(resources.backgroundCues),
      bothLeaders: compilePhrases(resources.bothLeaders),
      statementCues: compilePhrases(resources.statementCues),
      sides: compileKeyedPhrases(resources.initiator.sides),
      callerVerbs: compilePhrases(resources.initiator.callerVerbs),
      callerBefore: compilePhrases(resources.initiator.callerBefore),
      months: compileKeyedPhrases(numbered(resources.months)),
      weekdays: compileKeyedPhrases(numbered(resources.weekdays)),
      today: compilePhrases(resources.relativeDays.today),
      yesterday: compilePhrases(resources.relativeDays.yesterday),
      topics: compileKeyedPhrases(resources.topics),
      officeCountry,
    });
  }
  return compiled;
}

/** The language's own digits as 0–9, one character for one, so that positions in the text still hold. */
export function withAsciiDigits(text: string, digits: string | null): string {
  if (!digits) return text;
  const own = [...digits];
  let out = "";
  for (const ch of text) {
    const value = own.indexOf(ch);
    out += value === -1 ? ch : String(value);
  }
  return out;
}
