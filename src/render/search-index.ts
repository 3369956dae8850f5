/**
 * The search index: one Pagefind record per call, written with Pagefind's
 * default UI to `<output>/pagefind/`.
 *
 * Records are made from the call data, not read back from the rendered HTML,
 * so indexing can start as soon as the archive is known: Pagefind (its own
 * process) indexes and writes on the second core while Eleventy renders the
 * pages on the first. A record holds what a reader searches a call by: its
 * leaders and date, topics, quotes with their speakers, and its sources'
 * titles and publishers. Article full text is left out; it would
 * make the index several times larger for little gain.
 */
import path from "node:path";
import * as pagefind from "pagefind";
import type { CallView } from "./site-data.ts";

/**
 * A call as Pagefind stores it; `url` is its site path without any path
 * prefix (the search page adds it). Only words that tell calls apart: words
 * every record would share ("spoke by phone", office titles) cost index
 * size and indexing time and find nothing.
 */
export function searchRecord(call: CallView): pagefind.CustomRecord {
  const lines = [
    `${call.names}, ${call.dateLong}`,
    call.topicLinks.map((t) => t.label).join(", "),
    ...call.quoteGroups.flatMap((group) => group.quotes.map((quote) => `${group.speaker}: “${quote.text}”`)),
    ...call.sourceViews.map((source) => (source.publisher ? `${source.title} (${source.publisher})` : source.title)),
  ];
  return { url: call.url, language: "en", meta: { title: call.headline }, content: lines.filter(Boolean).join("\n") };
}

/**
 * One build's index. `start` launches Pagefind, `indexCalls` hands it every
 * call and lets it write in the background, `finish` waits for the files.
 */
export class SearchIndexer {
  private writing: Promise<{ pages: number }> | undefined;

  private constructor(
    private readonly index: pagefind.PagefindIndex,
    private readonly outputDir: string,
  ) {}

  static async start(outputDir: string): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    return new SearchIndexer(index, outputDir);
  }

  /** Starts indexing and writing; only the first call of a build counts. */
  indexCalls(calls: readonly CallView[]): void {
    this.writing ??= this.write(calls);
    // Failures surface in `finish`; until then a rejection must not end the process.
    this.writing.catch(() => {});
  }

  /** Waits for the index files; a build that indexed nothing gets an empty index, so the search page still loads. */
  async finish(): Promise<{ pages: number }> {
    try {
      return await (this.writing ?? this.write([]));
    } finally {
      // The Node API runs the Pagefind binary as a service; stop it so the process can exit.
      await pagefind.close();
    }
  }

  private async write(calls: readonly CallView[]): Promise<{ pages: number }> {
    const added = await Promise.all(calls.map((call) => this.index.addCustomRecord(searchRecord(call))));
    const errors = added.flatMap((result) => result.errors);
    if (errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
    const written = await this.index.writeFiles({ outputPath: path.resolve(this.outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: calls.length };
  }
}

let active: SearchIndexer | null = null;

/** The indexer the build started, if any: the archive's global data hands it the calls. */
export function activeSearchIndexer(): SearchIndexer | null {
  return active;
}

export function setActiveSearchIndexer(indexer: SearchIndexer | null): void {
  active = indexer;
}
