/**
 * Eleventy's configuration: the render plugin (`src/render/eleventy-plugin.ts`)
 * with its defaults, and where the templates are. `npm run build` and the
 * tests add the plugin first with their own options, which then win.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { calltrailPlugin } from "./src/render/eleventy-plugin.ts";

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(calltrailPlugin);
  return {
    // The output folder is left to the caller (`_site/` by default), so tests can build elsewhere.
    dir: { input: "src/site", includes: "../../layouts" },
    templateFormats: ["njk", "11ty.ts"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: "njk",
  };
}
