import type { Leader } from "../../data/load.ts";
import type { IsoDate, Sentence } from "../../types.ts";
import type { LeaderMention } from "../leaders.ts";
import { chooseParticipants } from "../leaders.ts";
import { allMatches } from "../matches.ts";
import type { ArticleContext } from "./context.ts";

/** Who was on the call, chosen over the range the text's date leaves (leaders by name first; see `chooseParticipants`). */
export function chooseCallLeaders(context: ArticleContext): void {
  const { callDate, extractor } = context;
  context.leaders = leadersOver(
    context,
    callDate.earliest ?? extractor.span.from,
    callDate.latest ?? callDate.earliest ?? extractor.span.to,
  );
}

/** One leader per country over a range of dates; when the call sentences leave a side unnamed, the sentences around them. */
export function leadersOver(context: ArticleContext, from: IsoDate, to: IsoDate): Leader[] {
  const { mentions, participantContext, callSentences, sentences, extractor } = context;
  const { countries, reference } = extractor;
  let chosen = chooseParticipants({ mentions, callContext: participantContext, from, to, countries }, reference);
  if (!callSentences.size || chosen.length >= countries.length) return chosen;
  const fill = (more: readonly Leader[]) =>
    countries.flatMap((country) =>
      chosen
        .filter((l) => l.country === country)
        .concat(more.filter((l) => l.country === country))
        .slice(0, 1),
    );
  // "He told Modi on the phone …": the other side is named in the headline, the lede or earlier in the paragraph.
  const wider = widerParticipantContext(sentences, callSentences, mentions, participantContext, context.lede);
  chosen = fill(chooseParticipants({ mentions, callContext: wider, from, to, countries }, reference));
  // A readout titled "Telephone conversation with Prime Minister of India …" may name its own leader only further down.
  if (chosen.length < countries.length && wider.size > participantContext.size) {
    chosen = fill(chooseParticipants({ mentions, callContext: new Set(sentences.keys()), from, to, countries }, reference));
  }
  return chosen;
}

/** Participants the text calls "former" ("former Indian Prime Minister Manmohan Singh"): they had left office by the call. */
export function formerLeaders(context: Pick<ArticleContext, "mentions" | "leaders" | "sentences">): Set<Leader> {
  const former = new Set<Leader>();
  for (const m of context.mentions) {
    if (!m.leader || !context.leaders.includes(m.leader)) continue;
    if (/\b(?:former|ex-)\s*$/i.test(context.sentences[m.sentence]!.text.slice(Math.max(0, m.start - 12), m.start))) former.add(m.leader);
  }
  return former;
}

/**
 * The sentences that may name a party a call sentence leaves unnamed ("The
 * call came …", "he told Modi …"): the headline, the lede, and the sentences
 * before it in its paragraph. Not for "Modi spoke to Zelensky", which names
 * both parties, nor for a call with another country's leader or a minister.
 */
function widerParticipantContext(
  sentences: readonly Sentence[],
  callSentences: ReadonlySet<number>,
  mentions: readonly LeaderMention[],
  participantContext: ReadonlySet<number>,
  lede: number,
): Set<number> {
  const wider = new Set(participantContext);
  const open = [...callSentences].filter((c) => {
    const named = mentions.filter((m) => m.sentence === c);
    const text = sentences[c]!.text;
    // A readout's title "Telephone conversation with Prime Minister of India …" names only the other party.
    const noSubject =
      named.length === 0 ||
      /\b(?:he|she|his|her)\b/i.test(text) ||
      /^(?:(?:tele)?phone |telephonic )?(?:conversation|call|talks)\s+with\b/i.test(text);
    return !namesAnotherLeader(text, named) && noSubject;
  });
  if (!open.length) return wider;
  // The lede is the first real paragraph, not a byline or a date on its own line.
  const firstBody = sentences.find((s) => s.paragraph >= lede && s.text.split(/\s+/).length > 6)?.paragraph ?? 0;
  sentences.forEach((s, i) => {
    if (s.paragraph <= firstBody || open.some((c) => sentences[c]!.paragraph === s.paragraph && c >= i)) wider.add(i);
  });
  return wider;
}

/** Someone other than the archive's leaders: "US President Donald Trump", "Foreign Minister Sergey Lavrov", "world leaders". */
// "Prime Minister of Pakistan Shehbaz Sharif": a readout's title names the office and country first.
const TITLED_NAME = new RegExp(
  String.raw`\b(?:President|Prime Minister|Chancellor|Premier|King|Emir|Crown Prince|Minister|Secretary|Adviser|Advisor` +
    String.raw`|Ambassador|Envoy)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+?)?\s+(?:[A-Z][\w'’.-]*\s?)+` +
    String.raw`|\b(?<!\b(?:two|both|both the) )world leaders\b`,
  "g",
);

function namesAnotherLeader(text: string, mentions: readonly LeaderMention[]): boolean {
  for (const match of allMatches(TITLED_NAME, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!mentions.some((m) => m.start < end && m.end > start)) return true;
  }
  return false;
}
