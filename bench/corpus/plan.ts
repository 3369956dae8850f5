import type { Leader, Reference } from "../../src/data/load.ts";
import type { IsoDate } from "../../src/types.ts";
import type { Random } from "./prng.ts";

/** One side of a planned call: a leader and the office they held that day. */
export interface Side {
  leader: Leader;
  /** Office id from the leaders data, e.g. `india-prime-minister`. */
  office: string;
  /** "Prime Minister" / "President". */
  title: string;
}

/** A call the corpus will report, and what the extractor should find for it. */
export interface PlannedCall {
  id: string;
  date: IsoDate;
  india: Side;
  russia: Side;
  /** Which side placed the call, when the articles say so. */
  initiator: "india" | "russia" | null;
  topics: string[];
  /** How many articles report it (1–4). */
  articles: number;
}

export const FIRST_DAY = "1995-01-01";
export const LAST_DAY = "2026-10-31";

/** Topics the templates know how to mention, with the first year they make sense. */
export const TOPIC_SINCE: Record<string, number> = {
  defence: 1995,
  trade: 1995,
  energy: 1995,
  "counter-terrorism": 1995,
  "united-nations": 1995,
  afghanistan: 1996,
  "annual-summit": 2000,
  brics: 2009,
  sco: 2002,
  g20: 2008,
  space: 1995,
  greetings: 1995,
  fertilizers: 2010,
  ukraine: 2014,
  "science-technology": 1995,
};

/**
 * Plans calls until their articles add up to exactly `total`: dates spread
 * over 1995–2026, each side's leader being whoever held the chosen office on
 * that day (from the leaders data), never two calls of one pair on one day.
 */
export function planCalls(total: number, reference: Reference, random: Random): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const taken = new Set<string>();
  const start = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  const days = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - start) / 86_400_000);
  let remaining = total;
  while (remaining > 0) {
    const date = new Date(start + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
    const india = sideOn(reference, "india", date, random);
    const russia = sideOn(reference, "russia", date, random);
    if (!india || !russia) continue;
    const id = `${date}-${india.leader.slug}-${russia.leader.slug}`;
    if (taken.has(id)) continue;
    taken.add(id);
    const year = Number(date.slice(0, 4));
    const available = Object.keys(TOPIC_SINCE).filter((slug) => TOPIC_SINCE[slug]! <= year);
    const articles = Math.min(remaining, random.pick([1, 1, 2, 2, 2, 3, 3, 4]));
    remaining -= articles;
    calls.push({
      id,
      date,
      india,
      russia,
      initiator: random.chance(0.4) ? random.pick(["india", "russia"] as const) : null,
      topics: random.sample(available, random.int(1, 3)),
      articles,
    });
  }
  return calls.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Mostly the head of government (India) or of state (Russia), sometimes the other office. */
function sideOn(reference: Reference, country: string, date: IsoDate, random: Random): Side | null {
  const offices = reference.offices.filter((o) => o.country === country);
  const preferred = reference.countries.find((c) => c.id === country)!.defaultOffice;
  const order = random.chance(0.85)
    ? [preferred, ...offices.map((o) => o.id).filter((id) => id !== preferred)]
    : [...offices.map((o) => o.id).filter((id) => id !== preferred), preferred];
  for (const officeId of order) {
    // Two holders at once (a hand-over day) would make the intended call ambiguous: skip such days.
    const holders = reference.leaders.filter((l) =>
      l.offices.some((t) => t.office === officeId && t.from <= date && (t.to === null || date < t.to)),
    );
    const busy = holders.length === 1 && holders[0]!.offices.filter((t) => t.from <= date && (t.to === null || date < t.to)).length === 1;
    if (busy) {
      const office = reference.offices.find((o) => o.id === officeId)!;
      return { leader: holders[0]!, office: officeId, title: office.titles[0]! };
    }
  }
  return null;
}
