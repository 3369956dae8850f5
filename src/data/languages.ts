import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Node } from "yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { DataFileError } from "./data-file-error.ts";

/**
 * The words the extractor reads in one language, from
 * `content/data/languages/<code>.yaml`: adding a language is one such file
 * (and its tests), not code. Phrases match whole words, ignoring case; a
 * trailing `*` matches any ending ("телефонн* разговор*").
 */
export interface LanguageResources {
  /** ISO 639-1. */
  code: string;
  /** The language's name in English, and in itself: for pages. */
  name: string;
  nativeName: string;
  /** The script its letters are in: detection counts letters by script first. */
  script: Script;
  /** Short words every text in the language is full of: they tell it from others in the same script. */
  functionWords: string[];
  /** Letters of its script that the language never writes (Ukrainian і, ї, є in a Cyrillic text): a text full of them is another language. */
  foreignLetters: string;
  /** January first; each month's forms (cases, abbreviations). */
  months: string[][];
  /** Monday first. */
  weekdays: string[][];
  relativeDays: { today: string[]; yesterday: string[] };
  /** The language's own digits, zero to nine, where it has them. */
  digits: string | null;
  /** A chrono-node locale that reads the language's day-month-year dates; null where chrono has none. */
  chronoLocale: "ru" | null;
  /** Phrases that say a phone call took place. */
  callCues: string[];
  /** Phrases that put a call sentence about another call: an earlier one, one still to come, one that did not happen. */
  earlierCallCues: string[];
  futureCallCues: string[];
  noCallCues: string[];
  /** Phrases of a meeting in person or by video: a sentence with these and no phone word is not about a call. */
  meetingCues: string[];
  /** Phrases that open background ("गौरतलब है", "it is worth recalling"): what such a sentence names was not said on the call. */
  backgroundCues: string[];
  /** "The two leaders", "both sides": the participants, named nearby. */
  bothLeaders: string[];
  /** Each leader's names as the language writes them, every case form: by slug (`leaders.yaml`). */
  leaders: Record<string, string[]>;
  /** Each office's titles, by office id (`leaders.yaml`). */
  offices: Record<string, string[]>;
  /** Each institution's names, by its name in `leaders.yaml` (Kremlin, PMO …). */
  institutions: Record<string, string[]>;
  /** "The statement said": a quotation the text attributes to a statement, not a person. */
  statementCues: string[];
  initiator: {
    /** Phrases that name the side that placed the call ("at the initiative of the Indian side"), by country id. */
    sides: Record<string, string[]>;
    /** Verbs that say someone placed a call. */
    callerVerbs: string[];
    /** A word after the caller's name (Hindi ने); without one, the leader named last before the verb placed the call. */
    agentMarker: string | null;
    /** Phrases right after the caller's name: "पुतिन का फोन आया" (a call came from Putin). */
    callerBefore: string[];
  };
  /** Each topic's phrases, by slug (`topics.yaml`). */
  topics: Record<string, string[]>;
  /** Pairs of opening and closing quotation marks. */
  quoteMarks: [string, string][];
}

export type Script = "latin" | "cyrillic" | "devanagari";
const SCRIPTS: readonly Script[] = ["latin", "cyrillic", "devanagari"];

/** What the languages' sections refer to, checked so that a typo is an error with its line, not a silent miss. */
export interface LanguageReferences {
  leaders: readonly string[];
  offices: readonly string[];
  institutions: readonly string[];
  topics: readonly string[];
  countries: readonly string[];
}

/** Every `<code>.yaml` in the folder, by code; an absent folder gives none (English is then read by its built-in rules only). */
export function loadLanguages(dir: string, references: LanguageReferences): Record<string, LanguageResources> {
  if (!existsSync(dir)) return {};
  const languages: Record<string, LanguageResources> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const language = loadLanguageFile(path.join(dir, name), references);
    if (`${language.code}.yaml` !== name)
      throw new DataFileError(`${path.join(dir, name)}:1: the file of language "${language.code}" must be named ${language.code}.yaml`);
    languages[language.code] = language;
  }
  return languages;
}

/** One language file, checked field by field; an error names the file and the line. Without references, ids are not checked. */
export function loadLanguageFile(file: string, references?: LanguageReferences): LanguageResources {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines });
  if (document.errors.length) {
    const error = document.errors[0]!;
    throw new DataFileError(`${file}:${error.linePos?.[0].line ?? 1}: ${error.message.split("\n")[0]}`);
  }
  const at = (node: Node | null | undefined) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  const root = document.contents;
  if (!isMap(root)) throw new DataFileError(`${at(root)}: expected the fields of a language (code, name, months …)`);
  const field = (key: string, required = true): Node | null => {
    const node = root.get(key, true) as Node | undefined;
    if (!node && required) throw new DataFileError(`${at(root)}: the field "${key}" is missing`);
    return node ?? null;
  };
  const text = (node: Node | null, what: string): string => {
    if (!isScalar(node) || typeof node.value !== "string" || !node.value.trim())
      throw new DataFileError(`${at(node)}: ${what}: expected text`);
    return node.value;
  };
  const list = (node: Node | null, what: string, optional = false): string[] => {
    if (!node && optional) return [];
    if (!isSeq(node)) throw new DataFileError(`${at(node)}: ${what}: expected a list of words or phrases`);
    return node.items.map((item) => {
      if (!isScalar(item) || (typeof item.value !== "string" && typeof item.value !== "number") || !String(item.value).trim())
        throw new DataFileError(`${at(item as Node)}: ${what}: expected a word or phrase`);
      return String(item.value);
    });
  };
  const lists = (node: Node | null, what: string, count: number): string[][] => {
    if (!isSeq(node) || node.items.length !== count) throw new DataFileError(`${at(node)}: ${what}: expected ${count} lists of forms`);
    return node.items.map((item, i) => list(item as Node, `${what}[${i}]`));
  };
  const keyed = (node: Node | null, what: string, known: readonly string[] | null): Record<string, string[]> => {
    if (!node) return {};
    if (!isMap(node)) throw new DataFileError(`${at(node)}: ${what}: expected a map of names to lists of phrases`);
    const out: Record<string, string[]> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (known && !known.includes(key))
        throw new DataFileError(`${at(pair.key as Node)}: ${what}: "${key}" is not one of ${known.join(", ")}`);
      out[key] = list(pair.value as Node, `${what}.${key}`);
    }
    return out;
  };

  const code = text(field("code"), "code");
  if (!/^[a-z]{2}$/.test(code)) throw new DataFileError(`${at(field("code"))}: code: expected a two-letter ISO 639-1 code, got "${code}"`);
  const script = text(field("script"), "script") as Script;
  if (!SCRIPTS.includes(script)) throw new DataFileError(`${at(field("script"))}: script: expected one of ${SCRIPTS.join(", ")}`);
  const digitsNode = field("digits", false);
  const digits = digitsNode ? text(digitsNode, "digits") : null;
  if (digits !== null && [...digits].length !== 10)
    throw new DataFileError(`${at(digitsNode)}: digits: expected the ten digits, zero to nine`);
  const chronoNode = field("chronoLocale", false);
  const chronoLocale = chronoNode ? text(chronoNode, "chronoLocale") : null;
  if (chronoLocale !== null && chronoLocale !== "ru") throw new DataFileError(`${at(chronoNode)}: chronoLocale: only "ru" is wired up`);
  const relative = field("relativeDays");
  if (!isMap(relative)) throw new DataFileError(`${at(relative)}: relativeDays: expected today and yesterday`);
  const initiator = field("initiator", false);
  if (initiator && !isMap(initiator)) throw new DataFileError(`${at(initiator)}: initiator: expected sides, callerVerbs and agentMarker`);
  const initiatorField = (key: string) => (initiator && isMap(initiator) ? ((initiator.get(key, true) as Node | undefined) ?? null) : null);
  const marks = field("quoteMarks", false);
  const quoteMarks = marks
    ? list(marks, "quoteMarks").map((pair): [string, string] => {
        const chars = [...pair.replace(/\s+/g, "")];
        if (chars.length !== 2) throw new DataFileError(`${at(marks)}: quoteMarks: "${pair}" is not an opening and a closing mark`);
        return [chars[0]!, chars[1]!];
      })
    : [];
  return {
    code,
    name: text(field("name"), "name"),
    nativeName: text(field("nativeName"), "nativeName"),
    script,
    functionWords: list(field("functionWords"), "functionWords"),
    foreignLetters: field("foreignLetters", false) ? text(field("foreignLetters", false), "foreignLetters") : "",
    months: lists(field("months"), "months", 12),
    weekdays: lists(field("weekdays"), "weekdays", 7),
    relativeDays: {
      today: list(relative.get("today", true) as Node, "relativeDays.today"),
      yesterday: list(relative.get("yesterday", true) as Node, "relativeDays.yesterday"),
    },
    digits,
    chronoLocale: chronoLocale,
    callCues: list(field("callCues", false), "callCues", true),
    earlierCallCues: list(field("earlierCallCues", false), "earlierCallCues", true),
    futureCallCues: list(field("futureCallCues", false), "futureCallCues", true),
    noCallCues: list(field("noCallCues", false), "noCallCues", true),
    meetingCues: list(field("meetingCues", false), "meetingCues", true),
    backgroundCues: list(field("backgroundCues", false), "backgroundCues", true),
    bothLeaders: list(field("bothLeaders", false), "bothLeaders", true),
    leaders: keyed(field("leaders", false), "leaders", references?.leaders ?? null),
    offices: keyed(field("offices", false), "offices", references?.offices ?? null),
    institutions: keyed(field("institutions", false), "institutions", references?.institutions ?? null),
    statementCues: list(field("statementCues", false), "statementCues", true),
    initiator: {
      sides: keyed(initiatorField("sides"), "initiator.sides", references?.countries ?? null),
      callerVerbs: list(initiatorField("callerVerbs"), "initiator.callerVerbs", true),
      agentMarker: initiatorField("agentMarker") ? text(initiatorField("agentMarker"), "initiator.agentMarker") : null,
      callerBefore: list(initiatorField("callerBefore"), "initiator.callerBefore", true),
    },
    topics: keyed(field("topics", false), "topics", references?.topics ?? null),
    quoteMarks,
  };
}
