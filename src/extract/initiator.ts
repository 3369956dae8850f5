import type { Institution } from "../data/load.ts";
import type { Sentence } from "../types.ts";
import type { LeaderMention } from "./leaders.ts";
import { NeedleIndex } from "./needles.ts";
import { CALLER_VERBS } from "./vocabulary.ts";

/**
 * Who placed the call, from the ways articles say so: "Putin called Modi",
 * "PM Modi dials Putin", "the call was made by the Russian President", "at the
 * initiative of the Indian side". Every sentence that says so, with the
 * initiating country (the caller maps it to that country's participant);
 * each of them also reports a call.
 */
export function findInitiatorStatements(
  sentences: readonly Sentence[],
  mentions: readonly LeaderMention[],
  sides: readonly SidePattern[],
): { country: string; sentence: number }[] {
  const found: { country: string; sentence: number }[] = [];
  const bySentence: LeaderMention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence]?.push(m);
  const sideWords = sideWordsOf(sides);
  for (const [index, sentence] of sentences.entries()) {
    // No leader and no side named (and no token mark already there): nothing to tokenise, so no statement.
    if (!bySentence[index]!.length && !sideWords.anyIn(sentence.text) && !sentence.text.includes("⟦")) continue;
    const text = tokenise(sentence.text, bySentence[index]!, sides);
    if (!text.includes("⟦")) continue;
    for (const [i, pattern] of PATTERNS.entries()) {
      // A pattern whose fixed words the sentence lacks cannot match: skipped without running it.
      const needs = NEEDS[i];
      if (needs && !needs.some((word) => text.includes(word))) continue;
      const match = pattern.exec(text);
      if (!match) continue;
      // "at the former's initiative": the first or the second side named before it.
      const which = match.groups!.which?.toLowerCase();
      const named = which ? sidesInOrder(text.slice(0, match.index)) : [];
      if (which && named.length < 2) continue;
      const caller = which ? named[which === "former" ? 0 : 1]! : match.groups!.caller!;
      const callee = which ? named[which === "former" ? 1 : 0] : match.groups!.callee;
      if (callee && callee === caller) continue;
      // "Putin called India a great power" names, it does not dial.
      if ((pattern === PATTERNS[0] || pattern === PATTERNS[1]) && NAMING.test(text.slice(match.index + match[0].length))) continue;
      found.push({ country: caller, sentence: index });
      break;
    }
  }
  return found;
}

const T = (name: string) => `⟦(?<${name}>[a-z-]+)⟧`;
/** The verbs of placing a call, from `content/data/languages/en.yaml`, in the file's order. */
const CALL_VERB = `(?:${CALLER_VERBS.map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
const CALL_NOUN = "(?:(?:phone |telephone |telephonic )?(?:call|conversation|talks|conversations))";
/** "the Prime Minister", "his counterpart": the person called, named by office only. */
// "his Russian counterpart": a side's adjective (or its token) may stand before "counterpart".
const BARE_CALLEE = "(?:the|his|her) (?:prime minister|president|pm|premier|(?:(?:⟦[a-z-]+⟧|russian|indian) )?counterpart|leader)";

/** For the last five patterns, in order: their fixed words. */
const NEEDS_FROM: readonly (readonly string[])[] = [[" from "], [" to "], [" to "], ["all to "], ["former", "latter", "Former", "Latter"]];

/** An adverb of time between the subject and its verb: "Putin on Thursday made …". */
const WHEN = "(?:,? (?:today|yesterday|tonight|(?:on|this|last|late|early) \\w+(?: \\w+)?),?)?";

const PATTERNS: RegExp[] = [
  // "Putin on Monday called Modi", "PM Modi dials Putin", "Putin called up Modi".
  // "The Russian President, Vladimir Putin, telephoned the Prime Minister, Atal Behari Vajpayee": an apposition repeats the side.
  // "Vajpayee today rang up Russia's President-elect Putin": an adverb of time, and the callee's country before the title.
  new RegExp(
    `${T("caller")}(?:, ⟦[a-z-]+⟧,)?(?:,? who)?(?: ` +
      `(?:today|yesterday|tonight|(?:on|this|last|late|early) \\w+(?: \\w+)?),?)? ${CALL_VERB}(?: up)? ` +
      `(?:${BARE_CALLEE},? |⟦[a-z-]+⟧['’]s (?:[\\w-]+ ){1,2}|the |his |her )?${T("callee")}`,
    "i",
  ),
  // "Putin phoned the Prime Minister to wish him": a bare title is the other side's leader.
  new RegExp(
    `${T("caller")}(?:, ⟦[a-z-]+⟧,)?(?: (?:on|this|last|late|early) \\w+(?: \\w+)?,?)? ${CALL_VERB}(?: up)? ${BARE_CALLEE}\\b(?!,? ⟦)`,
    "i",
  ),
  // "the call was made by the Russian President", "initiated by Moscow".
  new RegExp(
    `\\b${CALL_NOUN},? (?:which )?(?:was|were|had been|has been) (?:made|initiated|placed|requested|arranged|held) ` +
      `(?:by|at the request of|on the initiative of) (?:the )?${T("caller")}`,
    "i",
  ),
  new RegExp(`\\binitiated by (?:the )?${T("caller")}`, "i"),
  // "at the initiative of the Indian side", "at Moscow's request".
  new RegExp(`\\b(?:at|on) (?:the )?(?:initiative|request|invitation) of (?:the )?${T("caller")}`, "i"),
  new RegExp(`\\b(?:at|on) (?:the )?${T("caller")}(?:['’]s)? (?:initiative|request)`, "i"),
  // "Putin made a phone call to Modi", "Modi initiated the conversation".
  new RegExp(`${T("caller")} (?:made|placed|initiated|initiates|makes|places) (?:a|the|an) ${CALL_NOUN}`, "i"),
  // "Putin's phone diplomacy continued with a call to Modi": the call is the possessor's.
  new RegExp(
    `${T("caller")}['’]s [^.;⟦]{0,50}?\\b(?:with|by|in) (?:a|his|her|the) (?:phone |telephone )?call to (?:${BARE_CALLEE},? )?${T("callee")}`,
    "i",
  ),
  // "Modi received a call from Putin", "Modi on Thursday received a telephone call from Putin".
  new RegExp(
    `${T("callee")}${WHEN} (?:received|receives|got|took|answered) ` +
      `(?:a|the|an) ${CALL_NOUN}(?: (?:today|yesterday|tonight|on \\w+|late \\w+ \\w+|this \\w+))? from (?:the )?${T("caller")}`,
    "i",
  ),
  // "Putin on Friday made a phone call to Modi".
  new RegExp(`${T("caller")}${WHEN} (?:made|placed|put through) (?:a|the|an) ${CALL_NOUN} to (?:${BARE_CALLEE},? )?${T("callee")}`, "i"),
  // "Putin called to congratulate Modi": the person called comes after the purpose.
  new RegExp(
    `${T("caller")}${WHEN} ${CALL_VERB}(?: up)? to (?:congratulate|wish|greet|thank|felicitate|convey|express|offer|brief|inform|update|discuss|condole)\\b`,
    "i",
  ),
  // "Putin's call to Modi came …": the call is the possessor's.
  new RegExp(`${T("caller")}['’]s (?:phone |telephone |telephonic )?call to (?:${BARE_CALLEE},? )?${T("callee")}`, "i"),
  // Kremlin wording: "Putin held a conversation with Modi at the latter's initiative" (or "the former's").
  new RegExp(`\\b(?:at|on) the (?<which>former|latter)['’]s (?:initiative|request)`, "i"),
];

/** The sides a tokenised text names, each once, in the order it first names them. */
function sidesInOrder(text: string): string[] {
  const sides: string[] = [];
  for (const match of text.matchAll(/⟦([a-z-]+)⟧/g)) if (!sides.includes(match[1]!)) sides.push(match[1]!);
  return sides;
}

/**
 * Words one of which every match of the pattern at the same index holds (as
 * written, lower case: the patterns ignore case, so only words that are lower
 * case in any sentence are listed); none for the older patterns.
 */
const NEEDS: (readonly string[] | undefined)[] = PATTERNS.map((_, i) => NEEDS_FROM[i - (PATTERNS.length - NEEDS_FROM.length)]);

/** What follows "called X" when it means "described X as". */
const NAMING = /^\s*(?:(?:a|an|the|its|his|her|their|one|as)\b|["'“‘])/i;

/** How the text names one side as a whole: "the Russian side", "Kremlin", "New Delhi". */
export interface SidePattern {
  country: string;
  pattern: RegExp;
  /** The names the pattern is made of, as written. */
  words?: readonly string[];
}

const SIDE_WORDS = new WeakMap<readonly SidePattern[], NeedleIndex>();

/**
 * The side names of a compiled set, for a cheap test before tokenising. Side
 * patterns without words (built by hand, or empty) give a needle that is always
 * there, so those sentences are tokenised as before.
 */
function sideWordsOf(sides: readonly SidePattern[]): NeedleIndex {
  let index = SIDE_WORDS.get(sides);
  if (!index) {
    index = new NeedleIndex();
    for (const side of sides) for (const word of side.words?.length ? side.words : [""]) index.add(word, true);
    SIDE_WORDS.set(sides, index);
  }
  return index;
}

/** Compiled once per data set, not per sentence. */
export function compileSides(
  institutions: readonly Institution[],
  countries: readonly { id: string; adjectives: string[]; names: string[] }[],
): SidePattern[] {
  return countries.map((country) => {
    const sides = [
      ...country.adjectives.filter((a) => !/['’]s$/.test(a)).map((a) => `${a} side`),
      ...country.names,
      ...institutions.filter((i) => i.country === country.id).flatMap((i) => i.aliases),
    ].sort((a, b) => b.length - a.length);
    return {
      country: country.id,
      pattern: new RegExp(`\\b(?:${sides.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g"),
      words: sides,
    };
  });
}

function inTextOrder(mentions: readonly LeaderMention[]): readonly LeaderMention[] {
  for (let i = 1; i < mentions.length; i++)
    if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

/** Replaces leader mentions and the names of each side with ⟦country⟧. */
function tokenise(text: string, mentions: readonly LeaderMention[], sides: readonly SidePattern[]): string {
  let out = "";
  let at = 0;
  // Mentions usually come in text order already: sorted (a copy) only when they do not.
  for (const mention of inTextOrder(mentions)) {
    if (mention.start < at) continue;
    out += text.slice(at, mention.start) + `⟦${mention.country}⟧`;
    at = mention.end;
  }
  out += text.slice(at);
  // A side none of whose names stands in the text is not looked for with its pattern.
  for (const side of sides) if (mayName(side, out)) out = out.replace(side.pattern, `⟦${side.country}⟧`);
  return UNTIDY_SPACE.test(out) ? out.replace(/\s+/g, " ") : out;
}

/** White space that collapsing would change: a run, or anything but a plain space. */
const UNTIDY_SPACE = /\s{2,}|[^\S ]/;

const SIDE_NAMES = new WeakMap<SidePattern, NeedleIndex>();

/** Whether the text holds one of the side's names as written (a side built without its names may always). */
function mayName(side: SidePattern, text: string): boolean {
  if (!side.words?.length) return true;
  let names = SIDE_NAMES.get(side);
  if (!names) {
    names = new NeedleIndex();
    for (const word of side.words) names.add(word, true);
    SIDE_NAMES.set(side, names);
  }
  return names.anyIn(text);
}
