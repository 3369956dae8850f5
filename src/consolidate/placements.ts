import type { Article, Participant } from "../types.ts";
import type { ContentIndex } from "./content-index.ts";

/** What the placing passes share: how calls are keyed and named, the content profiles, and where reasons go. */
export interface Placing {
  leadersKey: (participants: readonly Participant[]) => string;
  countryOrder: readonly string[];
  content: ContentIndex;
  placements: Placements;
}

/**
 * Why an article is on a call that its own date did not name (the one call its
 * clues allow, a content match, a soft date pinned by another report): kept
 * as a warning and on the source, so the call page can say so.
 */
export class Placements {
  readonly reasons = new Map<Article, string>();

  note(article: Article, message: string): void {
    article.warnings.push({ message });
    this.reasons.set(article, message);
  }
}
