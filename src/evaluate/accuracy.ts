import path from "node:path";
import type { ExtractOutput } from "../pipeline.ts";
import { sameQuotation, wordCount, MIN_QUOTE_WORDS } from "../extract/quotes.ts";

/** A hand-labelled article: what a careful reader says the extractor should find. */
export interface Expected {
  isCall: boolean;
  date: string | null;
  participants: string[];
  initiator: string | null;
  topics: string[];
  quotes: { text: string; speaker: string | null }[];
}

export interface Figure {
  name: string;
  value: number;
  target: number;
  detail: string;
  misses: string[];
}

type Predicted = ExtractOutput["articles"][number];

/** The figures the extraction targets are stated in, for one labelled folder. */
export function score(output: ExtractOutput, expected: Record<string, Expected>): Figure[] {
  const predicted = new Map(output.articles.map((a) => [path.basename(a.file), a]));
  const rows = Object.entries(expected).map(([name, want]) => ({ name, want, got: predicted.get(name) }));
  const missing = rows.filter((r) => !r.got).map((r) => r.name);
  if (missing.length) throw new Error(`no extraction for ${missing.join(", ")}`);
  const all = rows as { name: string; want: Expected; got: Predicted }[];
  const calls = all.filter((r) => r.want.isCall);

  const ratio = (
    name: string,
    target: number,
    items: typeof all,
    ok: (r: (typeof all)[number]) => boolean,
    show: (r: (typeof all)[number]) => string,
  ): Figure => {
    const misses = items.filter((r) => !ok(r));
    return {
      name,
      target,
      value: items.length ? (items.length - misses.length) / items.length : 1,
      detail: `${items.length - misses.length}/${items.length}`,
      misses: misses.map(show),
    };
  };

  const figures: Figure[] = [
    ratio(
      "reports a leader call or not",
      0.97,
      all,
      (r) => r.got.isCall === r.want.isCall,
      (r) => `${r.name}: expected ${r.want.isCall}`,
    ),
    ratio(
      "call date",
      0.97,
      calls,
      (r) => r.got.date === r.want.date,
      (r) => `${r.name}: ${r.got.date} ≠ ${r.want.date}`,
    ),
    ratio(
      "participants",
      0.99,
      calls,
      (r) => sameSet(r.got.participants, r.want.participants),
      (r) => `${r.name}: ${r.got.participants.join(", ")} ≠ ${r.want.participants.join(", ")}`,
    ),
    ratio(
      "initiator, where stated",
      0.9,
      calls.filter((r) => r.want.initiator),
      (r) => r.got.initiator === r.want.initiator,
      (r) => `${r.name}: ${r.got.initiator} ≠ ${r.want.initiator}`,
    ),
  ];

  // Topics: micro F1 over call articles.
  let tp = 0,
    fp = 0,
    fn = 0;
  const topicMisses: string[] = [];
  for (const r of calls) {
    const extra = r.got.topics.filter((t) => !r.want.topics.includes(t));
    const lost = r.want.topics.filter((t) => !r.got.topics.includes(t));
    tp += r.got.topics.length - extra.length;
    fp += extra.length;
    fn += lost.length;
    if (extra.length || lost.length) topicMisses.push(`${r.name}: +[${extra.join(",")}] −[${lost.join(",")}]`);
  }
  figures.push({
    name: "topics (micro F1)",
    target: 0.9,
    value: f1(tp, fp, fn),
    detail: `tp ${tp}, fp ${fp}, fn ${fn}`,
    misses: topicMisses,
  });

  // Quotes of five words or more: recall, precision, speakers of the matched ones.
  let found = 0,
    wanted = 0,
    got = 0,
    correct = 0,
    speakerRight = 0;
  const quoteMisses: string[] = [];
  const speakerMisses: string[] = [];
  for (const r of all) {
    const want = r.want.quotes.filter((q) => wordCount(q.text) >= MIN_QUOTE_WORDS);
    const have = r.got.quotes.filter((q) => wordCount(q.text) >= MIN_QUOTE_WORDS);
    wanted += want.length;
    got += have.length;
    for (const q of want) {
      const match = have.find((h) => sameQuotation(h.text, q.text));
      if (!match) {
        quoteMisses.push(`${r.name}: missed “${q.text.slice(0, 60)}…”`);
        continue;
      }
      found++;
      if (match.speaker === q.speaker) speakerRight++;
      else speakerMisses.push(`${r.name}: “${q.text.slice(0, 40)}…” ${match.speaker} ≠ ${q.speaker}`);
    }
    for (const h of have) {
      if (want.some((q) => sameQuotation(h.text, q.text))) correct++;
      else quoteMisses.push(`${r.name}: extra “${h.text.slice(0, 60)}…”`);
    }
  }
  figures.push({
    name: "quotes recall",
    target: 0.95,
    value: wanted ? found / wanted : 1,
    detail: `${found}/${wanted}`,
    misses: quoteMisses.filter((m) => m.includes("missed")),
  });
  figures.push({
    name: "quotes precision",
    target: 0.9,
    value: got ? correct / got : 1,
    detail: `${correct}/${got}`,
    misses: quoteMisses.filter((m) => m.includes("extra")),
  });
  figures.push({
    name: "quote speaker",
    target: 0.9,
    value: found ? speakerRight / found : 1,
    detail: `${speakerRight}/${found}`,
    misses: speakerMisses,
  });

  // Grouping: pairs of call articles that share a call, expected vs. extracted.
  const truth = (r: (typeof all)[number]) => `${r.want.date}|${[...r.want.participants].sort().join(",")}`;
  let pairTp = 0,
    pairFp = 0,
    pairFn = 0;
  const pairMisses: string[] = [];
  for (let i = 0; i < calls.length; i++) {
    for (let j = i + 1; j < calls.length; j++) {
      const a = calls[i]!,
        b = calls[j]!;
      const same = truth(a) === truth(b);
      const grouped = a.got.callId !== null && a.got.callId === b.got.callId;
      if (same && grouped) pairTp++;
      else if (grouped) {
        pairFp++;
        pairMisses.push(`${a.name} + ${b.name}: grouped, should not be`);
      } else if (same) {
        pairFn++;
        pairMisses.push(`${a.name} + ${b.name}: not grouped`);
      }
    }
  }
  figures.push({
    name: "same-call grouping (pairwise F1)",
    target: 0.97,
    value: f1(pairTp, pairFp, pairFn),
    detail: `tp ${pairTp}, fp ${pairFp}, fn ${pairFn}`,
    misses: pairMisses,
  });
  return figures;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function f1(tp: number, fp: number, fn: number): number {
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}
