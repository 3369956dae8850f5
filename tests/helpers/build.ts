import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Published } from "../../src/ledger/published.ts";
import type { ArchiveData } from "../../src/render/archive-source.ts";
import { archiveFrom } from "../../src/render/archive-source.ts";
import type { CalltrailPluginOptions } from "../../src/render/eleventy-plugin.ts";
import { calltrailPlugin } from "../../src/render/eleventy-plugin.ts";
import { writeWithSearchIndex } from "../../src/render/search-index.ts";
import { projectRoot } from "./extract.ts";

/**
 * A ledger file that is never written: every build through `buildSite` without a `ledger` starts from an empty ledger,
 * whatever a developer's own builds recorded.
 */
// A fixed path inside the project (under the ignored cache folder), so that the build report, which names the ledger, renders the same on every machine.
const NO_LEDGER = path.join(projectRoot, ".cache/calltrail/never-written-ledger.jsonl");

/**
 * Builds the site into a fresh temporary folder (or `output`) and returns that folder; `search` also writes the Pagefind index, as `npm run build` does.
 * The ledger of published ids (`src/ledger/`) is read from `ledger`, by default a file that does not exist (no call has moved); a build through
 * Eleventy's API never writes it: `commitLedger(published)` does, as `npm run build` does after publishing; `published` is the ledger after
 * the build's last pass (see `builtSite`).
 */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
  return (await builtSite(options)).output;
}

export interface BuildOptions {
  articlesDir?: string;
  pathPrefix?: string;
  search?: boolean;
  ledger?: string;
  output?: string;
  /** More options for the render plugin (changed pages, a call-document writer kept across builds). */
  plugin?: CalltrailPluginOptions;
}

/** `buildSite`, with the ledger after the build, for `commitLedger`. */
export async function builtSite(options: BuildOptions = {}): Promise<{ output: string; published: Published | null }> {
  process.chdir(projectRoot);
  const output = options.output ?? mkdtempSync(path.join(tmpdir(), "calltrail-site-"));
  const read = archiveFrom({ ...(options.articlesDir ? { folder: options.articlesDir } : {}), ledger: options.ledger ?? NO_LEDGER });
  let latest: ArchiveData | null = null;
  const eleventyWith = (search: CalltrailPluginOptions["search"]) =>
    new Eleventy("src/site", output, {
      configPath: ".eleventy.ts",
      quietMode: true,
      ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
      // As `npm run build` does: the plugin with these options, added before the config file's.
      config: (eleventyConfig: UserConfig) => {
        eleventyConfig.addPlugin(calltrailPlugin, { ...options.plugin, data: () => (latest = read()), search });
      },
    });
  // Indexed as `npm run build` does it: Pagefind gets the calls while Eleventy renders.
  if (options.search) await writeWithSearchIndex(output, (indexer) => eleventyWith(indexer).write());
  else await eleventyWith(null).write();
  return { output, published: (latest as ArchiveData | null)?.published ?? null };
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

/** Internal links, assets and form targets (href/src/action starting with the prefix) that point at no file in the build. */
export function checkLinks(root: string, prefix = "/"): { checked: number; broken: string[] } {
  const files = new Set(filesUnder(root));
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(path.join(root, file), "utf8");
    for (const match of html.matchAll(/\s(?:href|src|action)="([^"#?]*)(?:[#?][^"]*)?"/g)) {
      const target = match[1]!;
      if (!target || /^[a-z]+:/i.test(target)) continue;
      checked++;
      if (!target.startsWith(prefix)) {
        broken.push(`${file} → ${target} (outside ${prefix})`);
        continue;
      }
      const local = decodeURI(target.slice(prefix.length));
      const candidates = local === "" || local.endsWith("/") ? [`${local}index.html`] : [local, `${local}/index.html`];
      if (!candidates.some((c) => files.has(c))) broken.push(`${file} → ${target}`);
    }
  }
  return { checked, broken };
}
