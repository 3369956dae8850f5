/**
 * The search index: Pagefind reads the built HTML (only the parts marked
 * `data-pagefind-body`, i.e. call pages) and writes its index and default UI
 * to `<output>/pagefind/`. Run after Eleventy has written the site.
 */
import path from "node:path";
import * as pagefind from "pagefind";

export async function writeSearchIndex(outputDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: path.resolve(outputDir) });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.resolve(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    // The Node API runs the Pagefind binary as a service; stop it so the process can exit.
    await pagefind.close();
  }
}
