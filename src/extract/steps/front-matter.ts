import type { Leader } from "../../data/load.ts";
import { weekdayOf } from "../../dates.ts";
import type { Extractor } from "../extractor.ts";
import { normaliseAlias } from "../leaders.ts";
import { leadersOver } from "./call-leaders.ts";
import type { ArticleContext } from "./context.ts";

/**
 * What the user wrote in front matter wins over what the text says, applied
 * once, after the text has been read: the call date, the participants and the
 * topics. A value that contradicts the text is kept, with a note.
 */
export function applyFrontMatter(context: ArticleContext): void {
  const { frontMatter } = context.source;
  if (frontMatter.callDate) {
    const date = frontMatter.callDate;
    if (context.textDate.date && context.textDate.date !== date) {
      context.warnings.push({ message: `front matter "callDate" (${date}) overrides the date the text gives` });
    }
    context.callDate = {
      date,
      earliest: date,
      latest: date,
      weekday: weekdayOf(date),
      evidence: "front matter callDate",
      rule: "front-matter",
    };
    // The text's own date is not the record's: its doubts are not reported.
    context.dateWarnings = [];
    if (context.leaders.length < context.extractor.countries.length) context.leaders = leadersOver(context, date, date);
  }
  if (frontMatter.participants) {
    const named = leadersNamed(frontMatter.participants, context.extractor);
    if (named.missing.length)
      context.warnings.push({
        message: `front matter "participants": ${named.missing.map((n) => `"${n}"`).join(", ")} not in the leaders data; ignored`,
      });
    if (named.leaders.length) {
      if (context.leaders.length && !sameLeaders(context.leaders, named.leaders)) {
        context.warnings.push({
          message:
            `front matter "participants" (${named.leaders.map((l) => l.name).join(", ")}) overrides the text ` +
            `(${context.leaders.map((l) => l.name).join(", ")})`,
        });
      }
      context.leaders = named.leaders;
      context.evidence.participants = "front matter participants";
    }
  }
  if (frontMatter.topics) context.topicsOverride = frontMatter.topics;
}

function leadersNamed(names: readonly string[], extractor: Extractor): { leaders: Leader[]; missing: string[] } {
  const leaders: Leader[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const leader = extractor.leaders.aliasIndex.get(normaliseAlias(name))?.[0] ?? extractor.reference.leaders.find((l) => l.slug === name);
    if (leader) leaders.push(leader);
    else missing.push(name);
  }
  return { leaders, missing };
}

function sameLeaders(a: readonly Leader[], b: readonly Leader[]): boolean {
  return a.length === b.length && a.every((l) => b.includes(l));
}
