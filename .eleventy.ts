import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { saveHtmlCache } from "./src/cache/html-cache.ts";
import { installNunjucksCompileCache } from "./src/cache/nunjucks-compile-cache.ts";
import { articlesDir, runPipeline } from "./src/pipeline.ts";
import { buildSiteData } from "./src/render/site-data.ts";

/**
 * The render step. Eleventy reads the page templates in `src/site/`, the
 * layouts in `layouts/`, copies `public/` as is, and gets the archive as
 * global data from the pipeline (read → extract → consolidate).
 */
export default function (eleventyConfig: any) {
  // Paginated pages would otherwise compile the same template text once per page.
  installNunjucksCompileCache();
  eleventyConfig.addGlobalData("archive", () => {
    const dir = path.relative(process.cwd(), articlesDir()) || ".";
    const data = buildSiteData(runPipeline({ inputs: [dir] }));
    saveHtmlCache();
    return data;
  });

  eleventyConfig.addPassthroughCopy({ public: "/" });
  // `npm start` watches the articles itself to re-render only what they change (src/cli/build.ts).
  eleventyConfig.addWatchTarget(process.env.CALLTRAIL_ARTICLE_WATCH === "own" ? "./content/data/" : "./content/");
  eleventyConfig.addWatchTarget("./public/");
  // Links are written from the site root; the plugin rewrites them for a sub-path (`--pathprefix`).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value, null, 2));
  eleventyConfig.addFilter("plural", (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`);

  return {
    // The output folder is left to the caller (`_site/` by default), so tests can build elsewhere.
    dir: { input: "src/site", includes: "../../layouts" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: "njk",
  };
}
