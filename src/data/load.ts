import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { IsoDate, Topic } from "../types.ts";
import type { LanguageResources } from "./languages.ts";
import { loadLanguages } from "./languages.ts";
import { DataFileError } from "./data-file-error.ts";

export { DataFileError } from "./data-file-error.ts";

/** Where the editable data files live, relative to the project root. */
export const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, "../../content/data");

export interface Country {
  id: string;
  name: string;
  adjectives: string[];
  names: string[];
  defaultOffice: string;
}

export interface Office {
  id: string;
  country: string;
  title: string;
  titles: string[];
}

export interface Term {
  office: string;
  from: IsoDate;
  to: IsoDate | null;
}

export interface Leader {
  name: string;
  slug: string;
  country: string;
  aliases: string[];
  offices: Term[];
  /** Nobody takes a call after this day. */
  died: IsoDate | null;
  /** For ages a text gives ("the 81-year-old Singh"). */
  born: IsoDate | null;
  /** Days this leader won a national election, or its result was declared. */
  elections: IsoDate[];
}

export interface Institution {
  name: string;
  country: string | null;
  aliases: string[];
}

export interface Reference {
  countries: Country[];
  offices: Office[];
  leaders: Leader[];
  institutions: Institution[];
  topics: Topic[];
  /** Other office holders and events that date a text (`context.yaml`). */
  context: DatingContext;
  /** The languages the extractor reads, by ISO 639-1 code (`languages/<code>.yaml`). */
  languages: Record<string, LanguageResources>;
}

/** Someone outside the archive whose title in a text dates it ("Ukrainian President Volodymyr Zelensky"). */
export interface OfficeHolder {
  name: string;
  aliases: string[];
  terms: { from: IsoDate; to: IsoDate | null }[];
}

/** Something that happened on a known day and cannot be written about before it. */
export interface DatedEvent {
  name: string;
  date: IsoDate;
  phrases: string[];
}

export interface DatingContext {
  officeHolders: OfficeHolder[];
  events: DatedEvent[];
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DataFileError(`${file}: ${(error as Error).message}`);
  }
}

function isoOf(value: unknown, where: string): IsoDate {
  // YAML turns unquoted dates into Date objects at UTC midnight.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new DataFileError(`${where}: expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" || typeof v === "number")) {
    throw new DataFileError(`${where}: expected a list of words or phrases`);
  }
  return value.map(String);
}

function requireString(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new DataFileError(`${where}: expected text`);
  return value;
}

function asList(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new DataFileError(`${where}: expected a list`);
  return value;
}

function asRecords(value: unknown, where: string): Record<string, unknown>[] {
  return asList(value, where) as Record<string, unknown>[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function requireSlug(value: unknown, where: string): string {
  const slug = requireString(value, where);
  if (!SLUG.test(slug)) throw new DataFileError(`${where}: slug "${slug}" must be lower-case letters, digits and hyphens`);
  return slug;
}

export function loadLeadersFile(file: string): Pick<Reference, "countries" | "offices" | "leaders" | "institutions"> {
  const raw = readYaml(file) as Record<string, unknown> | null;
  if (!raw || typeof raw !== "object") throw new DataFileError(`${file}: expected countries, offices and leaders`);
  const countries = asRecords(raw.countries, `${file}: countries`).map((c, i) => ({
    id: requireSlug(c.id, `${file}: countries[${i}].id`),
    name: requireString(c.name, `${file}: countries[${i}].name`),
    adjectives: stringList(c.adjectives ?? [], `${file}: countries[${i}].adjectives`),
    names: stringList(c.names ?? [], `${file}: countries[${i}].names`),
    defaultOffice: requireString(c.defaultOffice, `${file}: countries[${i}].defaultOffice`),
  }));
  const offices = asRecords(raw.offices, `${file}: offices`).map((o, i) => ({
    id: requireSlug(o.id, `${file}: offices[${i}].id`),
    country: requireString(o.country, `${file}: offices[${i}].country`),
    title: requireString(o.title, `${file}: offices[${i}].title`),
    titles: stringList(o.titles ?? [], `${file}: offices[${i}].titles`),
  }));
  const officeIds = new Set(offices.map((o) => o.id));
  const leaders = asRecords(raw.leaders, `${file}: leaders`).map((l, i) => {
    const where = `${file}: leaders[${i}] (${String(l.name)})`;
    return {
      name: requireString(l.name, `${where}.name`),
      slug: requireSlug(l.slug, `${where}.slug`),
      country: requireString(l.country, `${where}.country`),
      aliases: stringList(l.aliases ?? [], `${where}.aliases`),
      offices: asRecords(l.offices, `${where}.offices`).map((t, j) => {
        const office = requireString(t.office, `${where}.offices[${j}].office`);
        if (!officeIds.has(office)) throw new DataFileError(`${where}.offices[${j}]: unknown office "${office}"`);
        return {
          office,
          from: isoOf(t.from, `${where}.offices[${j}].from`),
          to: t.to == null ? null : isoOf(t.to, `${where}.offices[${j}].to`),
        };
      }),
      died: l.died == null ? null : isoOf(l.died, `${where}.died`),
      born: l.born == null ? null : isoOf(l.born, `${where}.born`),
      elections: (l.elections == null ? [] : asList(l.elections, `${where}.elections`)).map((d, j) => isoOf(d, `${where}.elections[${j}]`)),
    };
  });
  const institutions = asRecords(raw.institutions ?? [], `${file}: institutions`).map((s, i) => ({
    name: requireString(s.name, `${file}: institutions[${i}].name`),
    country: s.country == null ? null : requireString(s.country, `${file}: institutions[${i}].country`),
    aliases: stringList(s.aliases ?? [], `${file}: institutions[${i}].aliases`),
  }));
  const slugs = new Set<string>();
  for (const leader of leaders) {
    if (slugs.has(leader.slug)) throw new DataFileError(`${file}: two leaders share the slug "${leader.slug}"`);
    slugs.add(leader.slug);
  }
  return { countries, offices, leaders, institutions };
}

export function loadTopicsFile(file: string): Topic[] {
  const topics = asRecords(readYaml(file), file).map((t, i) => ({
    slug: requireSlug(t.slug, `${file}: [${i}].slug`),
    label: requireString(t.label, `${file}: [${i}].label`),
    phrases: stringList(t.phrases ?? [], `${file}: [${i}] (${String(t.slug)}).phrases`),
  }));
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.slug)) throw new DataFileError(`${file}: the slug "${topic.slug}" appears twice`);
    seen.add(topic.slug);
  }
  return topics;
}

/** Reads `context.yaml`; a folder without one has no dating context. */
export function loadContextFile(file: string): DatingContext {
  if (!existsSync(file)) return { officeHolders: [], events: [] };
  const raw = (readYaml(file) ?? {}) as Record<string, unknown>;
  if (typeof raw !== "object") throw new DataFileError(`${file}: expected officeHolders and events`);
  const officeHolders = asRecords(raw.officeHolders ?? [], `${file}: officeHolders`).map((h, i) => {
    const where = `${file}: officeHolders[${i}] (${String(h.name)})`;
    return {
      name: requireString(h.name, `${where}.name`),
      aliases: stringList(h.aliases ?? [], `${where}.aliases`),
      terms: asRecords(h.terms, `${where}.terms`).map((t, j) => ({
        from: isoOf(t.from, `${where}.terms[${j}].from`),
        to: t.to == null ? null : isoOf(t.to, `${where}.terms[${j}].to`),
      })),
    };
  });
  const events = asRecords(raw.events ?? [], `${file}: events`).map((e, i) => {
    const where = `${file}: events[${i}] (${String(e.name)})`;
    return {
      name: requireString(e.name, `${where}.name`),
      date: isoOf(e.date, `${where}.date`),
      phrases: stringList(e.phrases ?? [], `${where}.phrases`),
    };
  });
  return { officeHolders, events };
}

/** Loads every data file from one folder: `leaders.yaml`, `topics.yaml`, (if there) `context.yaml` and the files under `languages/`. */
export function loadReference(dataDir: string = DEFAULT_DATA_DIR): Reference {
  const people = loadLeadersFile(path.join(dataDir, "leaders.yaml"));
  const topics = loadTopicsFile(path.join(dataDir, "topics.yaml"));
  const languages = loadLanguages(path.join(dataDir, "languages"), {
    leaders: people.leaders.map((l) => l.slug),
    offices: people.offices.map((o) => o.id),
    institutions: people.institutions.map((i) => i.name),
    topics: topics.map((t) => t.slug),
    countries: people.countries.map((c) => c.id),
  });
  // English titles and topic phrases live in languages/en.yaml, in the form every language has; a data
  // folder without it may still give them in leaders.yaml (`titles`) and topics.yaml (`phrases`).
  const english = languages.en;
  const offices = english ? people.offices.map((o) => ({ ...o, titles: english.offices[o.id] ?? o.titles })) : people.offices;
  const phrased = english ? topics.map((t) => ({ ...t, phrases: english.topics[t.slug] ?? t.phrases })) : topics;
  return { ...people, offices, topics: phrased, context: loadContextFile(path.join(dataDir, "context.yaml")), languages };
}
