/**
 * Where the render plugin's data comes from by default: the articles folder
 * through the pipeline (read → extract → consolidate), reconciled with the
 * ledger of published ids. A function, called once per build pass, so that a
 * watch pass reads the articles again.
 */
import path from "node:path";
import { ledgerPath } from "../ledger/file.ts";
import type { Published } from "../ledger/published.ts";
import { reconcilePublished } from "../ledger/published.ts";
import type { Archive } from "../pipeline.ts";
import { articlesDir, defaultArticlesDir, runPipeline } from "../pipeline.ts";

/** One pass's data: the archive, and the ledger after it (null: no former address gets a page). */
export interface ArchiveData {
  archive: Archive;
  published: Published | null;
}

export type ArchiveSource = () => ArchiveData;

/**
 * The archive of `folder` (by default `ARTICLES_DIR` or `content/articles/`,
 * read when the pass starts) with the ledger in `ledger` (by default the one
 * `ledgerPath` names for that folder). Every id ever published keeps a page:
 * moved, merged or withdrawn calls get one at their old address (src/ledger/).
 */
export function archiveFrom(options: { folder?: string; ledger?: string } = {}): ArchiveSource {
  return () => {
    const folder = options.folder ?? articlesDir();
    const archive = runPipeline({ inputs: [path.relative(process.cwd(), folder) || "."] });
    const published = reconcilePublished(archive, folder, options.ledger ?? ledgerPath(folder, defaultArticlesDir()));
    return { archive, published };
  };
}
