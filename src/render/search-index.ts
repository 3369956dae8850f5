/**
 * The search index: Pagefind reads the built HTML (only the parts marked
 * `data-pagefind-body`, i.e. call pages) and writes its index and default UI
 * to `<output>/pagefind/`.
 *
 * Two ways in: `writeSearchIndex` reads a folder that is already built;
 * `SearchIndexer` is fed each page while Eleventy renders, so Pagefind (its
 * own process) indexes on the second core instead of after the build.
 */
import path from "node:path";
import * as pagefind from "pagefind";

export async function writeSearchIndex(outputDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: path.resolve(outputDir) });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    await writeIndexFiles(index, outputDir);
    return { pages: added.page_count };
  } finally {
    // The Node API runs the Pagefind binary as a service; stop it so the process can exit.
    await pagefind.close();
  }
}

/** Only pages that mark a search body are indexed; the rest are never sent to Pagefind. */
const SEARCHABLE = /\sdata-pagefind-body[\s>=]/;

export class SearchIndexer {
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  private pages = 0;

  private constructor(private readonly index: pagefind.PagefindIndex) {}

  static async start(): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    return new SearchIndexer(index);
  }

  /** Queues one rendered page; `url` is its site path without any path prefix, as `addDirectory` would give it. */
  add(url: string, html: string): void {
    if (!SEARCHABLE.test(html)) return;
    this.pages++;
    this.pending.push(
      this.index.addHTMLFile({ url, content: html }).then((added) => {
        this.errors.push(...added.errors);
      }),
    );
  }

  /** Waits for every queued page, then writes the index under `<outputDir>/pagefind/`. */
  async write(outputDir: string): Promise<{ pages: number }> {
    try {
      await Promise.all(this.pending);
      if (this.errors.length) throw new Error(`pagefind: ${this.errors.join("; ")}`);
      await writeIndexFiles(this.index, outputDir);
      return { pages: this.pages };
    } finally {
      await pagefind.close();
    }
  }
}

async function writeIndexFiles(index: pagefind.PagefindIndex, outputDir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: path.resolve(outputDir, "pagefind") });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
}

let active: SearchIndexer | null = null;

/** The indexer the Eleventy transform feeds during this build, if the caller started one. */
export function activeSearchIndexer(): SearchIndexer | null {
  return active;
}

export function setActiveSearchIndexer(indexer: SearchIndexer | null): void {
  active = indexer;
}
