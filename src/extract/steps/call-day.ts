import { findCallDate } from "../call-date.ts";
import { keepWithinSpan } from "../date-span.ts";
import { resolveCallDay } from "../date/resolve.ts";
import { findDateline, findUndatedDateline } from "../dateline.ts";
import { formerLeaders, leadersOver } from "./call-leaders.ts";
import type { ArticleContext } from "./context.ts";

/** When the call sentences date the call: a day, or a range and a weekday (see `findCallDate`). Front matter is not read here. */
export function readTextDate(context: ArticleContext): void {
  const { source, extractor } = context;
  context.dateline = findDateline(context.lines, source.published);
  const found = findCallDate({
    sentences: context.sentences,
    callSentences: context.callContext,
    bothSides: context.bothSides,
    published: source.published,
    dateline: context.dateline,
    headline: context.headline,
    // A date line above the text often lags the call by a day; a front-matter date is the user's.
    publishedMayLag: source.published !== null && !source.frontMatter.published,
  });
  const within = keepWithinSpan(found.callDate, extractor.span);
  context.textDate = within.callDate;
  context.callDate = within.callDate;
  context.monthDays = found.monthDays;
  context.dateWarnings = [...found.warnings, ...within.warnings];
}

/**
 * When the call sentences leave the day open, the date rules narrow it with
 * every other clue, the leaders' terms among them; a narrower range may then
 * settle an office the text only describes ("the Prime Minister").
 */
export function narrowCallDate(context: ArticleContext): void {
  if (!context.callSentences.size || context.callDate.date || context.source.frontMatter.callDate) return;
  const { extractor } = context;
  const day = resolveCallDay(
    {
      textual: context.callDate,
      monthDays: context.monthDays,
      published: context.source.published,
      dateline: context.dateline,
      undatedDateline: context.undatedDateline !== undefined ? context.undatedDateline : findUndatedDateline(context.lines),
      leaders: context.leaders,
      former: formerLeaders(context),
      text: context.wholeText,
      sentences: context.sentences.map((sentence) => sentence.text),
      callSentences: [...context.callContext].map((i) => context.sentences[i]!.text),
      reference: extractor.reference,
    },
    extractor.span.to,
  );
  context.callDate = day.callDate;
  // The previous call's day (a language reader's clue) is for consolidation, whatever the rules made of the date.
  if (context.textDate.previousCall && !day.callDate.date) context.callDate.previousCall = context.textDate.previousCall;
  context.dateWarnings.push(...day.warnings);
  const { earliest, latest } = context.callDate;
  if (context.leaders.length < extractor.countries.length && earliest && latest) context.leaders = leadersOver(context, earliest, latest);
}
