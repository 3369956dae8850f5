/**
 * `npm run build`: the site in `_site/`, emptied first so no stale page survives.
 * `npm start`: the same, then serve on http://localhost:8080 and rebuild on changes.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { writeSearchIndex } from "../render/search-index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const output = path.join(root, "_site");
const serve = process.argv.includes("--serve");
const prefixArg = process.argv.find((arg) => arg.startsWith("--pathprefix="));

process.chdir(root);
rmSync(output, { recursive: true, force: true });
const eleventy = new Eleventy("src/site", "_site", {
  configPath: ".eleventy.ts",
  runMode: serve ? "serve" : "build",
  quietMode: !serve,
  ...(prefixArg ? { pathPrefix: prefixArg.split("=")[1] } : {}),
});
if (serve) {
  await eleventy.init();
  // Index once at start; the index is not refreshed on later rebuilds while serving.
  await eleventy.write();
  await writeSearchIndex(output);
  await eleventy.watch();
  eleventy.serve(8080);
} else {
  await eleventy.write();
  const { pages } = await writeSearchIndex(output);
  console.log(`calltrail: search index of ${pages} pages written to _site/pagefind/`);
  console.log(`calltrail: site written to ${path.relative(process.cwd(), output) || output}/`);
}
