import type { Article } from "../types.ts";
import type { ContentProfile } from "./content-match.ts";
import {
  CLEAR_WIN,
  clearWinner,
  compareProfiles,
  contentProfile,
  describeMatch,
  documentFrequencies,
  STRONG_MATCH,
} from "./content-match.ts";

/**
 * Content profiles of articles, made on first need: most builds place every
 * article by its date and never compare content. A word's rarity is judged
 * among the reports being compared (the article and its candidate calls'
 * sources): what tells those calls apart is what matters, and an archive of
 * thousands is never read whole for it.
 */
export class ContentIndex {
  private profiles = new Map<Article, ContentProfile>();
  /** For each quotation (by its key), how many calls' sources carry it: stock lines recur across calls. */
  private quoteSpread: Map<string, number> | null = null;

  constructor(private readonly groups: ReadonlyMap<string, readonly Article[]>) {}

  /** Quotations of the subject that few calls carry: one that many calls' sources repeat tells nothing. */
  private distinctive(profile: ContentProfile): ContentProfile {
    if (!profile.quotes.length) return profile;
    if (!this.quoteSpread) {
      // Keyed by the quotation as written, lower-cased: exact repeats are what a stock line is.
      const spread = new Map<string, number>();
      const seen = new Set<string>();
      for (const members of this.groups.values()) {
        seen.clear();
        for (const member of members) {
          for (const quote of member.quotes) {
            const key = quote.text.toLowerCase();
            if (seen.has(key)) continue;
            seen.add(key);
            spread.set(key, (spread.get(key) ?? 0) + 1);
          }
        }
      }
      this.quoteSpread = spread;
    }
    const quotes = profile.quotes.filter((q) => (this.quoteSpread!.get(q.toLowerCase()) ?? 0) <= MAX_QUOTE_SPREAD);
    return quotes.length === profile.quotes.length ? profile : { ...profile, quotes };
  }

  private profileOf(article: Article): ContentProfile {
    let profile = this.profiles.get(article);
    if (!profile) this.profiles.set(article, (profile = contentProfile(article)));
    return profile;
  }

  /** The call that one article (or a group of articles) clearly matches best in content, and why; null when none does. */
  bestCall(
    subject: Article | readonly Article[],
    calls: readonly { id: string; members: readonly Article[] }[],
    options: { strong?: boolean } = {},
  ): { id: string; why: string } | null {
    const own = (Array.isArray(subject) ? subject : [subject]).map((a: Article) => this.profileOf(a));
    const theirs = calls.map((call) => call.members.map((m) => this.profileOf(m)));
    const involved = [...own, ...theirs.flat()];
    const frequencies = documentFrequencies(involved);
    const mine = this.distinctive(mergeProfiles(own));
    const scored = calls.map((call, i) => ({
      item: call.id,
      match: compareProfiles(mine, mergeProfiles(theirs[i]!), frequencies, involved.length),
    }));
    const winner = clearWinner(scored, options.strong ? STRONG_MATCH : CLEAR_WIN);
    return winner ? { id: winner.item, why: describeMatch(winner.match) } : null;
  }
}

/** A quotation the sources of more calls than this carry (the subject's own and one other) is a stock line, not evidence of one call. */
const MAX_QUOTE_SPREAD = 2;

function mergeProfiles(profiles: readonly ContentProfile[]): ContentProfile {
  if (profiles.length === 1) return profiles[0]!;
  return {
    words: new Set(profiles.flatMap((p) => [...p.words])),
    quotes: profiles.flatMap((p) => p.quotes),
    topics: new Set(profiles.flatMap((p) => [...p.topics])),
  };
}
