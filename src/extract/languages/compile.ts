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
  bothLeaders: PhraseSet;
  statementCues: PhraseSet;
  sides: KeyedPhrases;
  callerVerbs: PhraseSet;
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

/** Each language file the extractor reads (English keeps its own rules, see `extractArticle`), compiled. */
export function compileLanguages(reference: Pick<Reference, "languages" | "offices">): Map<string, CompiledLanguage> {
  const compiled = new Map<string, CompiledLanguage>();
  const officeCountry = new Map(reference.offices.map((o) => [o.id, o.country]));
  for (const [code, resources] of Object.entries(reference.languages)) {
    if (code === "en") continue;
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
      bothLeaders: compilePhrases(resources.bothLeaders),
      statementCues: compilePhrases(resources.statementCues),
      sides: compileKeyedPhrases(resources.initiator.sides),
      callerVerbs: compilePhrases(resources.initiator.callerVerbs),
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
