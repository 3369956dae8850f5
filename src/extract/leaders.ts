import type { Country, Leader, Office, Reference, Term } from "../data/load.ts";
import type { IsoDate, Participant, Sentence, Warning } from "../types.ts";
import { addDays } from "../dates.ts";
import { NeedleIndex } from "./needles.ts";
import { remembered } from "./remember.ts";
import { allMatches } from "./matches.ts";

/** One place where the text names or describes a leader. */
export interface LeaderMention {
  /** The leader named; null for a description such as "the Russian President". */
  leader: Leader | null;
  country: string;
  /** The office the text gives ("Russian Prime Minister" → russia-prime-minister), if any. */
  claimedOffice: string | null;
  /** The title as written, for messages. */
  title: string | null;
  sentence: number;
  /** Where the mention stands in the sentence's text. */
  start: number;
  end: number;
}

/** Regular expressions compiled once per data set. */
export interface LeaderMatcher {
  reference: Pick<Reference, "countries" | "offices" | "leaders">;
  named: RegExp;
  described: RegExp;
  aliasIndex: Map<string, Leader[]>;
  /**
   * Text every match of `named` contains (a piece of an alias), and of `described` (an adjective; or a title and
   * a country): most sentences have none, and skip the regular expressions.
   */
  needles: { aliases: NeedleIndex; adjectives: NeedleIndex; titles: NeedleIndex; countryNames: NeedleIndex };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\. ?/g, "\\.\\s?");
const alternation = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

export function compileLeaderMatcher(reference: Pick<Reference, "countries" | "offices" | "leaders">): LeaderMatcher {
  const adjectives = alternation(reference.countries.flatMap((c) => c.adjectives));
  const countryNames = alternation(reference.countries.flatMap((c) => c.names));
  const titles = alternation(reference.offices.flatMap((o) => o.titles));
  const aliases = alternation(reference.leaders.flatMap((l) => l.aliases));
  const aliasIndex = new Map<string, Leader[]>();
  for (const leader of reference.leaders) {
    for (const alias of leader.aliases) {
      const key = normaliseAlias(alias);
      aliasIndex.set(key, [...(aliasIndex.get(key) ?? []), leader]);
    }
  }
  // "Russian President Vladimir Putin", "PM Modi", "Mr Putin", "Dr Singh".
  const named = new RegExp(
    `(?:\\b(?<adjective>${adjectives})\\s+)?(?:\\b(?<title>${titles})\\s+)?` +
      `(?:\\b(?:Mr|Mrs|Ms|Shri|Smt)\\.?\\s+)?\\b(?<name>${aliases})\\b(?!['’]s? (?:Office|office|Government|government))`,
    "g",
  );
  // "the Russian President", "the Indian leader", "the President of Russia".
  const described = new RegExp(
    `\\b(?<adjective>${adjectives})\\s+(?<title>${titles}|leader|head of state|premier|counterpart)\\b(?!\\s+[A-Z])` +
      `|\\b(?<title2>${titles})\\s+of\\s+(?:the\\s+)?(?<country>${countryNames})\\b`,
    "g",
  );
  const needles = {
    aliases: literalPieces(reference.leaders.flatMap((l) => l.aliases)),
    adjectives: literalPieces(reference.countries.flatMap((c) => c.adjectives)),
    titles: literalPieces(reference.offices.flatMap((o) => o.titles)),
    countryNames: literalPieces(reference.countries.flatMap((c) => c.names)),
  };
  return { reference, named, described, aliasIndex, needles };
}

/**
 * For each word, its longest piece that {@link escape} keeps literal (a dot
 * with its space may be written "P.V." or "P. V."): text the word's pattern
 * can only match where that piece stands.
 */
function literalPieces(words: readonly string[]): NeedleIndex {
  const index = new NeedleIndex();
  for (const word of words)
    index.add(
      word.split(/\. ?/).reduce((longest, piece) => (piece.length > longest.length ? piece : longest), ""),
      true,
    );
  return index;
}

/** The same few names are found in sentence after sentence. */
const normalisedAlias = remembered(normaliseAlias, 1024);

export function normaliseAlias(alias: string): string {
  return alias.replace(/\.\s?/g, ". ").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Every leader mention, sentence by sentence. Names take precedence over descriptions that overlap them. */
export function findLeaderMentions(sentences: readonly Sentence[], matcher: LeaderMatcher): LeaderMention[] {
  const { reference } = matcher;
  const mentions: LeaderMention[] = [];
  const { needles } = matcher;
  sentences.forEach((sentence, index) => {
    const taken: [number, number][] = [];
    const named = needles.aliases.anyIn(sentence.text) ? allMatches(matcher.named, sentence.text) : [];
    for (const match of named) {
      const groups = match.groups!;
      const candidates = matcher.aliasIndex.get(normalisedAlias(groups.name!)) ?? [];
      if (!candidates.length || isSomeoneElsesSurname(sentence.text, match.index, groups)) continue;
      const country = countryOfAdjective(groups.adjective, reference.countries) ?? candidates[0]!.country;
      const sameCountry = candidates.filter((l) => l.country === country);
      taken.push([match.index, match.index + match[0].length]);
      for (const leader of sameCountry.length ? sameCountry : candidates) {
        mentions.push({
          leader,
          country: leader.country,
          claimedOffice: groups.title ? officeFor(groups.title, leader.country, reference.offices) : null,
          title: groups.title ? [groups.adjective, groups.title].filter(Boolean).join(" ") : null,
          sentence: index,
          start: match.index,
          end: match.index + match[0].length,
        });
      }
    }
    const describes =
      needles.adjectives.anyIn(sentence.text) || (needles.titles.anyIn(sentence.text) && needles.countryNames.anyIn(sentence.text));
    for (const match of describes ? allMatches(matcher.described, sentence.text) : []) {
      const start = match.index;
      if (taken.some(([a, b]) => start < b && start + match[0].length > a)) continue;
      const groups = match.groups!;
      const country = countryOfAdjective(groups.adjective, reference.countries) ?? countryOfName(groups.country, reference.countries);
      if (!country) continue;
      const title = groups.title ?? groups.title2!;
      mentions.push({
        leader: null,
        country,
        claimedOffice: officeFor(title, country, reference.offices),
        title: match[0],
        sentence: index,
        start,
        end: start + match[0].length,
      });
    }
  });
  return mentions;
}

/** "Rajnath Singh" is not "Singh": a bare surname after another capitalised name belongs to someone else. */
function isSomeoneElsesSurname(text: string, index: number, groups: Record<string, string | undefined>): boolean {
  if (groups.title || groups.adjective || /\s/.test(groups.name!)) return false;
  const before = text.slice(0, index);
  const previous = /(?:^|\s)([A-Z][\w'’.-]*)\s+$/.exec(before)?.[1];
  if (!previous || /\b(Mr|Mrs|Ms|Dr|Shri|Smt)\.?\s+$/.test(before)) return false;
  // "Why Putin called Modi", "PM Modi Dials Putin": a headline's capitals are not a first name.
  if (NOT_A_FIRST_NAME.test(previous) || isTitleCase(text)) return false;
  return /\S\s+[A-Z][\w'’.-]*\s+$/.test(before);
}

const NOT_A_FIRST_NAME = new RegExp(
  String.raw`^(?:Why|How|What|When|Where|Who|As|And|But|The|A|An|After|Before|With|While|If|Explained|Exclusive|Watch` +
    String.raw`|Opinion|Analysis|Live|Breaking|Read|Also|On|In|At|For|From|To|By|Did|Does|Will|Can|Has|Had|Is|Was|Not|Only` +
    String.raw`|Today|Yesterday|Now|Then|So|Says|Said|Calls|Called|Dials|Phones|Meets|Tells|Thanks|Urges|Congratulates)$`,
);

/** Headlines in Title Case capitalise verbs too. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && w.length > 3);
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

function countryOfAdjective(adjective: string | undefined, countries: readonly Country[]): string | null {
  if (!adjective) return null;
  return countries.find((c) => c.adjectives.some((a) => a.toLowerCase() === adjective.toLowerCase()))?.id ?? null;
}

function countryOfName(name: string | undefined, countries: readonly Country[]): string | null {
  if (!name) return null;
  return countries.find((c) => c.names.some((n) => n.toLowerCase() === name.toLowerCase()))?.id ?? null;
}

/** The office a title means in a country; "leader" means the country's default office. */
function officeFor(title: string, country: string, offices: readonly Office[]): string | null {
  const lower = title.toLowerCase();
  return offices.find((o) => o.country === country && o.titles.some((t) => t.toLowerCase() === lower))?.id ?? null;
}

/** The terms a leader served that overlap the given range of dates. */
export function termsDuring(leader: Leader, from: IsoDate, to: IsoDate): Term[] {
  return leader.offices.filter((term) => term.from <= to && (term.to === null || term.to > from));
}

export interface ParticipantInput {
  mentions: readonly LeaderMention[];
  /** Sentences that describe the call, and those around them that "the two leaders" points back to. */
  callContext: ReadonlySet<number>;
  /** The date, or the range, the call lies in. */
  from: IsoDate;
  to: IsoDate;
  /** The two countries whose leaders' calls the archive records. */
  countries: readonly string[];
}

/** How long before taking office a leader-designate already takes calls as such (congratulation calls after an election). */
export const DESIGNATE_DAYS = 30;

/** Whether a leader held (or was about to take) any office during a range of dates. */
export function inOfficeDuring(leader: Leader, from: IsoDate, to: IsoDate): boolean {
  return leader.offices.some((term) => addDays(term.from, -DESIGNATE_DAYS) <= to && (term.to === null || term.to > from));
}

/**
 * One leader per country: the one the call sentences name most. A leader the
 * text names is that person whatever the date (a full name identifies); among
 * the named, those in office over the date range come first, so that "Putin
 * recalled his talks with Vajpayee" does not make Vajpayee a participant.
 * A description ("the Russian President") counts only for the one person who
 * held that office over the whole range; an open range leaves it unresolved,
 * never the first holder in the list.
 */
export function chooseParticipants(input: ParticipantInput, reference: Pick<Reference, "offices" | "leaders" | "countries">): Leader[] {
  const chosen: Leader[] = [];
  for (const country of input.countries) {
    const scores = new Map<Leader, number>();
    for (const mention of input.mentions) {
      if (mention.country !== country) continue;
      const leader = mention.leader ?? describedLeader(mention, input.from, input.to, reference);
      if (!leader) continue;
      const weight = input.callContext.has(mention.sentence) ? 3 : 0;
      if (weight) scores.set(leader, (scores.get(leader) ?? 0) + weight);
      else if (scores.has(leader)) scores.set(leader, scores.get(leader)! + 1);
    }
    // Mentions outside the call context only break ties between leaders the call context named.
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    const best = ranked.find(([leader]) => inOfficeDuring(leader, input.from, input.to)) ?? ranked[0];
    if (best) chosen.push(best[0]);
  }
  return chosen;
}

function describedLeader(
  mention: LeaderMention,
  from: IsoDate,
  to: IsoDate,
  reference: Pick<Reference, "offices" | "leaders" | "countries">,
): Leader | null {
  const office = mention.claimedOffice ?? reference.countries.find((c) => c.id === mention.country)?.defaultOffice ?? null;
  return office ? onlyHolderOf(office, from, to, reference.leaders) : null;
}

/** The one person who held an office over a whole range of dates; null when it changed hands or nobody did. */
export function onlyHolderOf(office: string, from: IsoDate, to: IsoDate, leaders: readonly Leader[]): Leader | null {
  const holders = leaders.filter((leader) => termsDuring(leader, from, to).some((term) => term.office === office));
  return holders.length === 1 ? holders[0]! : null;
}

/** The record's participant: office from the data for the call date, never from the article's wording. */
export function toParticipant(leader: Leader, date: IsoDate, to: IsoDate, reference: Pick<Reference, "offices">): Participant {
  const terms = termsDuring(leader, date, to);
  const office = reference.offices.find((o) => o.id === terms[terms.length - 1]?.office);
  return { name: leader.name, slug: leader.slug, country: leader.country, office: office?.title ?? null };
}

/** Warns when the article gives a participant a title they did not hold on the call date. */
export function titleWarnings(
  mentions: readonly LeaderMention[],
  participants: readonly Leader[],
  from: IsoDate,
  to: IsoDate,
  reference: Pick<Reference, "offices">,
): Warning[] {
  const warnings: Warning[] = [];
  const reported = new Set<string>();
  for (const mention of mentions) {
    if (!mention.leader || !mention.claimedOffice || !participants.includes(mention.leader)) continue;
    const held = termsDuring(mention.leader, from, to);
    if (held.some((term) => term.office === mention.claimedOffice)) continue;
    const key = `${mention.leader.slug}:${mention.title}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const actual = reference.offices.find((o) => o.id === held[held.length - 1]?.office)?.title ?? "not in office";
    const when = from === to ? `on ${from}` : `between ${from} and ${to}`;
    warnings.push({
      message: `the article calls ${mention.leader.name} "${mention.title}", but ${when} the office held was ${actual}; the record uses ${actual}`,
    });
  }
  return warnings;
}
