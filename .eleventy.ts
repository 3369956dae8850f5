import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { saveHtmlCache } from "./src/cache/html-cache.ts";
import { ledgerPath } from "./src/ledger/file.ts";
import { addressChanges } from "./src/ledger/pages.ts";
import { reconcilePublished } from "./src/ledger/published.ts";
import { articlesDir, defaultArticlesDir, runPipeline } from "./src/pipeline.ts";
import { inertJson } from "./src/render/inert-json.ts";
import { callDocuments } from "./src/render/call-documents.ts";
import { callList } from "./src/render/call-list.ts";
import type { TopicMatrix } from "./src/render/topic-matrix.ts";
import { topicMatrixHtml } from "./src/render/topic-matrix.ts";
import { perYearTable } from "./src/render/list-parts.ts";
import { callsCsv, jsonFeed } from "./src/render/exports.ts";
import { absolute } from "./src/render/urls.ts";
import { activeSearchIndexer } from "./src/render/search-index.ts";
import { buildSiteData } from "./src/render/site-data.ts";
import { loadSiteMetadata } from "./src/render/site-metadata.ts";
import { plural } from "./src/render/summary.ts";

/**
 * The render step. Eleventy reads the page templates in `src/site/`, the
 * layouts in `layouts/`, copies `public/` as is, and gets the archive as
 * global data from the pipeline (read → extract → consolidate).
 */
export default function (eleventyConfig: any) {
  // Name, title, description and origin from content/data/site.yaml; SITE_URL wins over its origin.
  const site = loadSiteMetadata();
  // Worked out once, not on every page: `root` is the site's root path with any path prefix ("/", "/india-russia-calls/"),
  // `base` the absolute address of that root, for feeds, the sitemap, canonical links and "Cite this".
  const withRoot = () => {
    const root = eleventyConfig.getFilter("url")("/") as string;
    return { ...site, root, base: site.origin + root };
  };
  eleventyConfig.addGlobalData("site", withRoot);

  let documentsWritten: Promise<unknown> | undefined;
  eleventyConfig.addGlobalData("archive", () => {
    const dir = path.relative(process.cwd(), articlesDir()) || ".";
    const pipeline = runPipeline({ inputs: [dir] });
    // Every id ever published keeps a page: moved, merged or withdrawn calls get one at their old address (src/ledger/).
    const published = reconcilePublished(pipeline, articlesDir(), ledgerPath(articlesDir(), defaultArticlesDir()));
    const archive = buildSiteData(pipeline, published);
    saveHtmlCache();
    // Pagefind indexes the calls on the other core while Eleventy renders them.
    activeSearchIndexer()?.indexCalls(archive.calls);
    // The call documents are written while Eleventy renders (see src/render/call-documents.ts); the build waits for them at the end.
    documentsWritten = callDocuments.write(eleventyConfig.directories.output, archive.calls, withRoot().base, archive.formerCalls);
    documentsWritten.catch(() => {});
    return archive;
  });

  // `/calls/<id>.json` are plain files, not pages: see src/render/call-documents.ts.
  eleventyConfig.on("eleventy.after", async () => {
    await documentsWritten;
  });

  // The call page and the base layout are TypeScript templates (Eleventy's JavaScript templates, loaded through tsx).
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addPassthroughCopy({ public: "/" });
  // `npm start` watches the articles itself to re-render only what they change (src/cli/build.ts).
  eleventyConfig.addWatchTarget(process.env.CALLTRAIL_ARTICLE_WATCH === "own" ? "./content/data/" : "./content/");
  eleventyConfig.addWatchTarget("./public/");
  // The ledger is written by the build itself (after a pass): writing it must not start another pass.
  eleventyConfig.watchIgnores.add("./content/data/published-ids.jsonl*");
  // Links are written from the site root; the plugin rewrites them in HTML for a sub-path (`--pathprefix`).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addFilter("json", (value: unknown) => inertJson(value));
  eleventyConfig.addFilter("plural", plural);
  eleventyConfig.addFilter("callList", callList);
  eleventyConfig.addFilter("addressChanges", addressChanges);
  eleventyConfig.addFilter("topicMatrix", (matrix: TopicMatrix) => topicMatrixHtml(matrix).markup);
  eleventyConfig.addFilter("perYearTable", (rows: Parameters<typeof perYearTable>[0], caption: string) => perYearTable(rows, caption).markup);
  eleventyConfig.addFilter("absolute", (sitePath: string, base: string) => absolute(base, sitePath));
  eleventyConfig.addFilter("callsCsv", callsCsv);
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  // Entries are dated by the call, never by the build, so two builds are identical.
  eleventyConfig.addFilter("rfc3339", (iso: string) => dateToRfc3339(new Date(`${iso}T00:00:00Z`)));

  return {
    // The output folder is left to the caller (`_site/` by default), so tests can build elsewhere.
    dir: { input: "src/site", includes: "../../layouts" },
    templateFormats: ["njk", "11ty.ts"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: "njk",
  };
}
