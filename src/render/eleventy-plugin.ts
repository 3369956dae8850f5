/**
 * The render step as an Eleventy plugin. It takes what it works with as
 * options (the archive's data, the search indexer, the writer of the call
 * documents, the site's metadata) instead of reaching for module state, so
 * the CLI, the tests and a bare `eleventy --config=.eleventy.ts` each hand
 * in their own. Its side effects (running the pipeline, starting the search
 * index and the call documents) happen in `eleventy.before`, once per pass;
 * `eleventy.after` waits for the documents.
 */
import { HtmlBasePlugin as untypedHtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { saveHtmlCache } from "../cache/html-cache.ts";
import { addressChanges } from "../ledger/pages.ts";
import type { ArchiveSource } from "./archive-source.ts";
import { archiveFrom } from "./archive-source.ts";
import type { CallDocumentWriter } from "./call-documents.ts";
import { createCallDocumentWriter } from "./call-documents.ts";
import { callList } from "./call-list.ts";
import type { ChangedPages } from "./changed-pages.ts";
import { callsCsv, jsonFeed } from "./exports.ts";
import { inertJson } from "./inert-json.ts";
import { perYearTable } from "./list-parts.ts";
import type { Site, SiteMetadata } from "./page-frame.ts";
import type { SiteData } from "./site-data.ts";
import { buildSiteData } from "./site-data.ts";
import { loadSiteMetadata } from "./site-metadata.ts";
import { plural } from "./summary.ts";
import type { TopicMatrix } from "./topic-matrix.ts";
import { topicMatrixHtml } from "./topic-matrix.ts";
import { absolute } from "./urls.ts";
import type { CallView } from "./views/call.ts";

/**
 * Eleventy ships JSDoc types only, and TypeScript reads JavaScript types only
 * one module deep (`maxNodeModuleJsDepth`): this export, defined a module
 * further in, comes out untyped. It is a plugin function like any other.
 */
const HtmlBasePlugin = untypedHtmlBasePlugin as (eleventyConfig: UserConfig) => void;

/** Anything that takes every call once the archive is known: the Pagefind indexer (`search-index.ts`). */
export interface CallIndexer {
  indexCalls(calls: readonly CallView[]): void;
}

export interface CalltrailPluginOptions {
  /** This pass's archive and ledger; by default the articles folder and its ledger (`archiveFrom()`). */
  data?: ArchiveSource;
  /** The site's name, title, description and origin; by default `content/data/site.yaml` (and `SITE_URL`). */
  site?: SiteMetadata;
  /** Gets every call as soon as the archive is known, to index it while Eleventy renders; none by default. */
  search?: CallIndexer | null;
  /** Writes `/calls/<id>.json`; keep one for a whole watch session, so a pass rewrites only what changed. */
  documents?: CallDocumentWriter;
  /** Watch mode: which one-item-per-page items to render (see `changed-pages.ts`); by default all of them. */
  changedPages?: ChangedPages;
  /** Whether Eleventy's watcher leaves the articles folder to the caller (the CLI watches it itself). */
  callerWatchesArticles?: boolean;
}

/** The lists the one-item-per-page templates paginate over (global data `paged`). */
export type PagedData = Pick<SiteData, "calls" | "yearPages" | "topicPages" | "personPages" | "formerCalls">;

/**
 * Adds the site: template formats, filters, global data (`site`, `archive`,
 * `paged`) and the pass's side effects. Marked unique, so the first
 * `addPlugin` wins: the CLI's and the tests' (with their options, added from
 * Eleventy's `config` callback, which runs before the config file) over the
 * config file's own, with defaults.
 */
export const calltrailPlugin = Object.assign(
  function calltrailPlugin(eleventyConfig: UserConfig, options: CalltrailPluginOptions = {}): void {
    const data = options.data ?? archiveFrom();
    const metadata = options.site ?? loadSiteMetadata();
    const documents = options.documents ?? createCallDocumentWriter();
    const site = (): Site => {
      // The site's root with any path prefix ("/", "/india-russia-calls/"), from Eleventy's own `url` filter.
      const url = eleventyConfig.getFilter("url") as (path: string) => string;
      const root = url("/");
      return { ...metadata, root, base: metadata.origin + root };
    };

    let pass: { archive: SiteData; paged: PagedData; documentsWritten: Promise<unknown> } | undefined;
    eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
      const { archive: pipeline, published } = data();
      const archive = buildSiteData(pipeline, published);
      saveHtmlCache();
      // Pagefind indexes the calls on the other core while Eleventy renders them.
      options.search?.indexCalls(archive.calls);
      // The call documents are written while Eleventy renders (see call-documents.ts); `eleventy.after` waits for them.
      const documentsWritten = documents.write(directories.output, archive.calls, site().base, archive.formerCalls);
      // A failure surfaces in `eleventy.after`; until then it must not end the process as an unhandled rejection.
      documentsWritten.catch(() => {});
      const lists: PagedData = {
        calls: archive.calls,
        yearPages: archive.yearPages,
        topicPages: archive.topicPages,
        personPages: archive.personPages,
        formerCalls: archive.formerCalls,
      };
      pass = { archive, paged: options.changedPages ? options.changedPages.select(lists) : lists, documentsWritten };
    });
    eleventyConfig.on("eleventy.after", async () => {
      await pass?.documentsWritten;
    });
    const current = () => {
      if (!pass) throw new Error("calltrail: the archive is read in eleventy.before; no pass has started");
      return pass;
    };
    eleventyConfig.addGlobalData("site", site);
    eleventyConfig.addGlobalData("archive", () => current().archive);
    eleventyConfig.addGlobalData("paged", () => current().paged);

    // The paginated pages and the base layout are TypeScript templates (Eleventy's JavaScript templates, loaded through tsx).
    eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
    eleventyConfig.addPassthroughCopy({ public: "/" });
    eleventyConfig.addWatchTarget(options.callerWatchesArticles ? "./content/data/" : "./content/");
    eleventyConfig.addWatchTarget("./public/");
    // The ledger is written by the build itself (after a pass): writing it must not start another pass.
    eleventyConfig.watchIgnores?.add("./content/data/published-ids.jsonl*");
    // Links are written from the site root; the plugin rewrites them in HTML for a sub-path (`--pathprefix`).
    eleventyConfig.addPlugin(HtmlBasePlugin);

    eleventyConfig.addFilter("json", (value: unknown) => inertJson(value));
    eleventyConfig.addFilter("plural", plural);
    eleventyConfig.addFilter("callList", callList);
    eleventyConfig.addFilter("addressChanges", addressChanges);
    eleventyConfig.addFilter("topicMatrix", (matrix: TopicMatrix) => topicMatrixHtml(matrix).markup);
    eleventyConfig.addFilter(
      "perYearTable",
      (rows: Parameters<typeof perYearTable>[0], caption: string) => perYearTable(rows, caption).markup,
    );
    eleventyConfig.addFilter("absolute", (sitePath: string, base: string) => absolute(base, sitePath));
    eleventyConfig.addFilter("callsCsv", callsCsv);
    eleventyConfig.addFilter("jsonFeed", jsonFeed);
    // Entries are dated by the call (a day, at midnight UTC), never by the build, so two builds are identical.
    eleventyConfig.addFilter("rfc3339", (iso: string) => `${iso}T00:00:00Z`);
  },
  { eleventyPluginOptions: { unique: true } },
);
