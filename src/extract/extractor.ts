import type { Reference } from "../data/load.ts";
import type { IsoDate } from "../types.ts";
import { EARLIEST_CALL_DATE } from "../dates.ts";
import type { SidePattern } from "./initiator.ts";
import { compileSides } from "./initiator.ts";
import type { CompiledLanguage } from "./languages/compile.ts";
import { compileLanguages } from "./languages/compile.ts";
import type { LeaderMatcher } from "./leaders.ts";
import { compileLeaderMatcher } from "./leaders.ts";
import type { TopicMatcher } from "./topics.ts";
import { compileTopics } from "./topics.ts";

/** Everything extraction needs, compiled once per build from the data files. */
export interface Extractor {
  reference: Reference;
  leaders: LeaderMatcher;
  topics: TopicMatcher[];
  sides: SidePattern[];
  /** The two countries whose leaders' calls are recorded, in the order ids list them. */
  countries: string[];
  /** Dates outside the archive's span when nothing narrows them. */
  span: { from: IsoDate; to: IsoDate };
  /** The languages other than English that have a file, compiled: by ISO 639-1 code. */
  languages: Map<string, CompiledLanguage>;
}

/** Compiles the data files' names, topics, sides and languages once, for every article of a build; `today` bounds open dates. */
export function createExtractor(reference: Reference, today: IsoDate = new Date().toISOString().slice(0, 10)): Extractor {
  return {
    reference,
    leaders: compileLeaderMatcher(reference),
    topics: compileTopics(reference.topics),
    sides: compileSides(reference.institutions, reference.countries),
    countries: reference.countries.map((c) => c.id),
    span: { from: EARLIEST_CALL_DATE, to: today },
    languages: compileLanguages(reference),
  };
}
