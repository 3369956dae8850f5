import type { Leader } from "../../data/load.ts";
import type { Quote } from "../../types.ts";
import type { LeaderMention } from "../leaders.ts";
import type { ArticleContext } from "../steps/context.ts";
import type { CompiledLanguage } from "./compile.ts";
import { withAsciiDigits } from "./compile.ts";
import { dayMonths, findLanguageDateline, readLanguageDate } from "./dates.ts";

/**
 * The steps that read an article in a language with a file under
 * `content/data/languages/`, in place of the English steps that find the
 * same things with English rules: who is named, which sentences report the
 * call, who placed it, and when the call sentences say it was. From there
 * the article goes through the same steps as an English one (leaders over
 * the date range, the date rules, front matter), then topics and quotes
 * from the same file.
 */

/** Leaders by their names in the language (every case form), and by office ("Президент России", "प्रधानमंत्री"). */
export function readLanguageMentions(context: ArticleContext, language: CompiledLanguage): void {
  const { reference } = context.extractor;
  const bySlug = new Map(reference.leaders.map((l) => [l.slug, l]));
  const mentions: LeaderMention[] = [];
  context.sentences.forEach((sentence, index) => {
    const names = language.names.find(sentence.text);
    const offices = language.offices.find(sentence.text);
    // A title belongs to the name right after it: no other name between
    // ("प्रधानमंत्री मोदी ने पुतिन से": not Putin's).
    const titles = (office: { end: number }, name: { start: number }) =>
      office.end <= name.start &&
      TITLE_GAP.test(sentence.text.slice(office.end, name.start)) &&
      !names.some((n) => n.start >= office.end && n.end <= name.start);
    for (const name of names) {
      const leader = bySlug.get(name.key)!;
      // "премьер-министр Индии Нарендра Моди",
      // "रूसी संघ के राष्ट्रपति महामहिम श्री व्लादिमीर पुतिन":
      // a title just before the name.
      const title = offices.find((o) => titles(o, name));
      mentions.push({
        leader,
        country: leader.country,
        claimedOffice: title?.key ?? null,
        title: title ? sentence.text.slice(title.start, title.end) : null,
        sentence: index,
        start: title?.start ?? name.start,
        end: name.end,
      });
    }
    for (const office of offices) {
      if (names.some((n) => titles(office, n))) continue;
      const country = language.officeCountry.get(office.key);
      if (!country) continue;
      mentions.push({
        leader: null,
        country,
        claimedOffice: office.key,
        title: sentence.text.slice(office.start, office.end),
        sentence: index,
        start: office.start,
        end: office.end,
      });
    }
  });
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  context.mentions = mentions;
  context.countriesIn = context.sentences.map(() => new Set<string>());
  for (const m of mentions) context.countriesIn[m.sentence]!.add(m.country);
}

/** Between a title and its holder's name: nothing, or an honorific or two ("महामहिम श्री"). */
const TITLE_GAP = /^[\s,]*(?:[\p{L}\p{M}.]+\s+){0,2}$/u;

/**
 * Which sentences report the call: a call word ("телефонный разговор",
 * "फोन पर बात"), or a sentence that says who placed it; not a sentence that
 * recalls an earlier call, plans one, or says there was none. Then, as for
 * English, the sentences around them where leaders and dates are read.
 */
export function findLanguageCallSentences(context: ArticleContext, language: CompiledLanguage): void {
  const { sentences, callSentences } = context;
  context.callCue = sentences.map((s) => language.callCues.test(s.text) || language.callerVerbs.test(s.text));
  sentences.forEach((s, i) => {
    if (!context.callCue[i]) return;
    if (language.earlierCallCues.test(s.text) || language.futureCallCues.test(s.text) || language.noCallCues.test(s.text)) return;
    callSentences.add(i);
  });
  for (const i of [...callSentences]) {
    const country = initiatorIn(context, i, language);
    if (country && !context.initiatorStatement) context.initiatorStatement = { country, sentence: i };
  }
  context.participantContext = new Set(callSentences);
  for (const i of callSentences) if (i > 0 && language.bothLeaders.test(sentences[i]!.text)) context.participantContext.add(i - 1);
  context.callContext = new Set(context.participantContext);
  // The lede is the first paragraph with a call sentence, or the first one: where a report's dateline and first facts are.
  context.lede = callSentences.size ? Math.min(...[...callSentences].map((i) => sentences[i]!.paragraph)) : 0;
  sentences.forEach((s, i) => {
    if (context.countriesIn[i]!.size >= 2 || language.bothLeaders.test(s.text)) context.bothSides.add(i);
  });
}

/**
 * "по инициативе индийской стороны"; "मोदी ने पुतिन को फोन किया",
 * "Моди позвонил Путину": the side that placed the call.
 */
function initiatorIn(context: ArticleContext, index: number, language: CompiledLanguage): string | null {
  const text = context.sentences[index]!.text;
  const side = language.sides.find(text)[0];
  if (side) return side.key;
  // "पुतिन का फोन आया": the leader named right before the phrase.
  const from = language.callerBefore.find(text)[0];
  if (from) {
    const caller = context.mentions.find((m) => m.sentence === index && m.end <= from.start && /^\s*$/.test(text.slice(m.end, from.start)));
    if (caller) return caller.country;
  }
  const verb = language.callerVerbs.find(text)[0];
  if (!verb) return null;
  const here = context.mentions.filter((m) => m.sentence === index && m.end <= verb.start);
  const marker = language.resources.initiator.agentMarker;
  if (marker) {
    const agent = here.find((m) => text.slice(m.end).trimStart().startsWith(marker));
    return agent?.country ?? null;
  }
  return here[here.length - 1]?.country ?? null;
}

/** When the call sentences (those naming both sides first) date the call, and the dateline the date rules may use. */
export function readLanguageTextDate(context: ArticleContext, language: CompiledLanguage): void {
  const { source } = context;
  const { dateline, undated } = findLanguageDateline(context.lines, source.published, language);
  context.dateline = dateline;
  // The dateline's own sentence ("МОСКВА, 9 марта. /ТАСС/.") says when the report was filed, not when the call was.
  const datelineText = dateline?.text ?? undated?.text ?? null;
  const inOrder = [...context.callContext]
    .filter((i) => !datelineText || !datelineText.startsWith(context.sentences[i]!.text))
    .sort((a, b) => a - b);
  const both = inOrder.filter((i) => context.bothSides.has(i));
  const found = readLanguageDate(
    {
      sentences: context.sentences,
      callSentences: [...new Set([...both, ...inOrder])],
      published: source.published,
      dateline,
      undated,
      publishedMayLag: source.published !== null && !source.frontMatter.published,
    },
    language,
  );
  // "В последний раз они говорили по телефону 17 сентября": the previous call's day, for consolidation.
  const previous = context.sentences.find(
    (s) =>
      language.earlierCallCues.test(s.text) && language.callCues.test(s.text) && dayMonths(s.text, language).some((d) => d.year === null),
  );
  if (previous) {
    const day = dayMonths(previous.text, language).find((d) => d.year === null)!;
    found.callDate.previousCall = { month: day.month, day: day.day, evidence: previous.text };
  }
  context.textDate = found.callDate;
  context.callDate = found.callDate;
  context.monthDays = found.monthDays;
  context.undatedDateline = found.undated;
}

/**
 * What the call covered: topic phrases in the sentences from the first call
 * sentence on (a readout and a report tell the call from there; above it, a
 * headline that names the leaders), not in a sentence that recalls another
 * call, a meeting or a plan, nor in those that follow such a one in its
 * paragraph ("Then they discussed …").
 */
export function languageTopics(context: ArticleContext, language: CompiledLanguage): Map<string, string> {
  const { sentences, callSentences } = context;
  const first = Math.min(...callSentences);
  const found = new Map<string, string>();
  let backgroundParagraph = -1;
  sentences.forEach((s, i) => {
    const text = s.text;
    const background =
      !callSentences.has(i) &&
      (language.earlierCallCues.test(text) ||
        language.backgroundCues.test(text) ||
        language.meetingCues.test(text) ||
        language.futureCallCues.test(text) ||
        context.callCue[i]);
    if (background) backgroundParagraph = s.paragraph;
    if (background || backgroundParagraph === s.paragraph) return;
    // Above the first call sentence, only a headline that names the leaders or the call.
    if (i < first && !(context.countriesIn[i]!.size > 0 || language.bothLeaders.test(text))) return;
    for (const m of language.topics.find(withAsciiDigits(text, language.resources.digits))) if (!found.has(m.key)) found.set(m.key, text);
  });
  return found;
}

/** How many words a quotation needs to count (as for English). */
const MIN_QUOTE_WORDS = 5;

/**
 * Quotations in the language's marks («…», „…“, “…”), each with its speaker:
 * a leader or body named in its own paragraph outside the marks; for "the
 * statement said", the body the text last named; otherwise the nearest
 * leader named before it.
 */
export function languageQuotes(context: ArticleContext, language: CompiledLanguage, participants: readonly Leader[]): Quote[] {
  const quotes: Quote[] = [];
  const { paragraphs } = context;
  let lastBody: string | null = null;
  let lastLeader: string | null = null;
  const leaderName = (key: string) => context.extractor.reference.leaders.find((l) => l.slug === key)?.name ?? null;
  paragraphs.forEach((paragraph) => {
    const spans = quoteSpans(paragraph, language.resources.quoteMarks);
    let outside = paragraph;
    for (const span of spans) outside = outside.slice(0, span.start) + " ".repeat(span.end - span.start) + outside.slice(span.end);
    const bodies = language.institutions.find(outside);
    // Leaders by name, and by office alone ("प्रधानमंत्री ने लिखा"): the participant of that country.
    const people = [
      ...language.names.find(outside).map((m) => ({ ...m, name: leaderName(m.key) })),
      ...language.offices
        .find(outside)
        .map((m) => ({ ...m, name: participants.find((p) => p.country === language.officeCountry.get(m.key))?.name ?? null })),
    ].sort((a, b) => a.start - b.start);
    for (const span of spans) {
      const text = paragraph.slice(span.start + 1, span.end - 1).trim();
      if (text.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const person = nearest(people, span.start);
      const body = nearest(bodies, span.start);
      let speaker: string | null = null;
      if (language.statementCues.test(outside)) speaker = body?.key ?? lastBody ?? "Indian government";
      else speaker = person?.name ?? body?.key ?? lastLeader;
      if (
        speaker &&
        participants.length &&
        !participants.some((p) => p.name === speaker) &&
        context.extractor.reference.leaders.some((l) => l.name === speaker)
      )
        speaker = null;
      quotes.push({ text, speaker, source: context.source.file });
    }
    const lastBodyHere = bodies[bodies.length - 1];
    if (lastBodyHere) lastBody = lastBodyHere.key;
    const lastPersonHere = people[people.length - 1];
    if (lastPersonHere?.name) lastLeader = lastPersonHere.name;
  });
  return quotes;
}

/** The match closest to a position: the one that ends before it first, else the first after it. */
function nearest<T extends { start: number; end: number }>(matches: readonly T[], at: number): T | undefined {
  const before = matches.filter((m) => m.end <= at);
  return before[before.length - 1] ?? matches.find((m) => m.start >= at);
}

/** Each quotation's span, marks included; straight quotes pair in order. */
function quoteSpans(text: string, marks: readonly [string, string][]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = marks.find(([open]) => open === text[i]);
    if (!pair) continue;
    const close = text.indexOf(pair[1], i + 1);
    if (close === -1) continue;
    spans.push({ start: i, end: close + 1 });
    i = close;
  }
  return spans;
}
