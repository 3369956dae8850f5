import {
  BOTH_LEADERS,
  CALL_CUE,
  EARLIER_CALL_CUE,
  FUTURE_CALL_CUE,
  NO_CALL_CUE,
  NOT_A_CALL_CUE,
  PAIR_SPOKE,
  PHONE_WORD,
  togetherNow,
} from "../cues.ts";
import { findInitiatorStatements } from "../initiator.ts";
import type { ArticleContext } from "./context.ts";

/**
 * Which sentences describe the call, and the sentences around them that the
 * other steps read: where the participants are named, where the call is
 * dated (with the headline and the lede), and which sentences name both sides.
 */
export function findCallSentences(context: ArticleContext): void {
  const { sentences, countriesIn, callSentences } = context;
  context.callCue = sentences.map((s) => CALL_CUE.test(s.text));
  sentences.forEach((s, i) => {
    // Only a sentence with a call word can describe the call: the other tests are not needed for the rest.
    if (!context.callCue[i]) return;
    // "spoke by phone, days after their virtual summit" is a call; "held a video call" is not.
    const notACall = NOT_A_CALL_CUE.test(s.text) && !PHONE_WORD.test(s.text);
    if (!notACall && !EARLIER_CALL_CUE.test(s.text) && !NO_CALL_CUE.test(s.text) && !FUTURE_CALL_CUE.test(s.text)) callSentences.add(i);
  });
  // "Modi and Putin spoke about fertilisers": leaders of the two countries, not together anywhere in the text, talked by phone.
  if (!callSentences.size && !togetherNow(context.wholeText)) {
    sentences.forEach((s, i) => {
      if (countriesIn[i]!.size >= 2 && PAIR_SPOKE.test(s.text) && !FUTURE_CALL_CUE.test(s.text) && !NO_CALL_CUE.test(s.text))
        callSentences.add(i);
    });
  }
  // "Putin called Modi" reports a call without any other call word.
  const statements = findInitiatorStatements(sentences, context.mentions, context.extractor.sides);
  for (const statement of statements) callSentences.add(statement.sentence);
  context.initiatorStatement = statements[0] ?? null;

  // Who was on the call: the call sentences, and the sentence "the two leaders" points back to.
  context.participantContext = new Set(callSentences);
  for (const i of callSentences) if (BOTH_LEADERS.test(sentences[i]!.text) && i > 0) context.participantContext.add(i - 1);
  // When: those, plus the headline and lede.
  context.callContext = new Set(context.participantContext);
  context.lede = ledeParagraph(context.paragraphs, Boolean(context.source.frontMatter.title));
  if (context.lede) sentences.forEach((s, i) => s.paragraph < context.lede && context.headline.add(i));
  if (callSentences.size) {
    sentences.forEach((s, i) => {
      if (s.paragraph <= context.lede) context.callContext.add(i);
    });
  }
  sentences.forEach((s, i) => {
    if (countriesIn[i]!.size >= 2 || BOTH_LEADERS.test(s.text)) context.bothSides.add(i);
  });
}

/** Lines above the lede that are this short are headline, kicker or byline, not story. */
const HEADLINE_WORDS = 25;
/** A paragraph this long reads as the story's first sentence. */
const LEDE_WORDS = 12;

/**
 * Which paragraph is the lede: the first that reads as a story sentence
 * after the short lines above it (headline, standfirst, "Outlet / section",
 * a photo credit). With a front-matter title the body starts with the lede.
 */
function ledeParagraph(paragraphs: readonly string[], titled: boolean): number {
  if (titled || (paragraphs[0]?.split(/\s+/).length ?? 0) > HEADLINE_WORDS) return 0;
  for (let i = 1; i < Math.min(paragraphs.length, 4); i++) {
    if (paragraphs[i]!.split(/\s+/).length > LEDE_WORDS) return i;
  }
  return 1;
}
