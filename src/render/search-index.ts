/**
 * The search index: one Pagefind record per call, written with Pagefind's
 * default UI to `<output>/pagefind/`.
 *
 * Records are made from the call data, not read back from the rendered HTML,
 * so indexing can start as soon as the archive is known: Pagefind (its own
 * process, driven from a worker thread) indexes and writes on the second
 * core while Eleventy renders the pages on the first. A record holds what a
 * reader searches a call by: its leaders and date, topics, quotes with their
 * speakers, and its sources' titles and publishers. Article full text is
 * left out; it would make the index several times larger for little gain.
 */
import { Worker } from "node:worker_threads";
import type * as pagefind from "pagefind";
import type { CallView } from "./views/call.ts";
import { workerReply } from "./worker-reply.ts";

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
    ...call.sourceViews.map((source) => (source.named ? `${source.title} (${source.name})` : source.title)),
  ];
  return { url: call.url, language: "en", meta: { title: call.headline }, content: lines.filter(Boolean).join("\n") };
}

/**
 * One build's index. `start` launches Pagefind in a worker thread
 * (`search-worker.mjs`), `indexCalls` hands it every call, `finish` waits for
 * the files.
 */
export class SearchIndexer {
  private sent = false;
  private readonly result: Promise<{ pages: number }>;

  private constructor(private readonly worker: Worker) {
    this.result = workerReply<{ pages: number }>(
      worker,
      (code) => `pagefind stopped before writing the index (worker exit code ${code}; its own message, if any, is above)`,
    );
    // Failures surface in `finish`; until then a rejection must not end the process.
    this.result.catch(() => {});
  }

  /** Launches the worker; Pagefind itself starts inside it, and its failures surface in `finish`. */
  static start(outputDir: string): SearchIndexer {
    return new SearchIndexer(new Worker(new URL("./search-worker.mjs", import.meta.url), { workerData: { outputDir } }));
  }

  /** Starts indexing and writing; only the first call of a build counts. */
  indexCalls(calls: readonly CallView[]): void {
    if (this.sent) return;
    this.sent = true;
    this.worker.postMessage(calls.map(searchRecord));
  }

  /** Waits for the index files; a build that indexed nothing gets an empty index, so the search page still loads. */
  async finish(): Promise<{ pages: number }> {
    this.indexCalls([]);
    try {
      return await this.result;
    } finally {
      await this.worker.terminate();
    }
  }
}

/**
 * Runs `build` (an Eleventy write) with an indexer for it to feed (the render
 * plugin's `search` option), then waits for the index under `outputDir`.
 * Pagefind is stopped whatever happens, or its service would keep the process
 * alive.
 */
export async function writeWithSearchIndex(
  outputDir: string,
  build: (indexer: SearchIndexer) => Promise<unknown>,
): Promise<{ pages: number }> {
  const indexer = SearchIndexer.start(outputDir);
  try {
    await build(indexer);
  } catch (error) {
    await indexer.finish().catch(() => {});
    throw error;
  }
  return indexer.finish();
}
