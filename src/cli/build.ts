/**
 * `npm run build`: the site in `_site/`, emptied first so no stale page survives.
 * `npm start`: the same, then serve on http://localhost:8080 and rebuild on changes.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";

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
  await eleventy.watch();
  eleventy.serve(8080);
} else {
  await eleventy.write();
  console.log(`calltrail: site written to ${path.relative(process.cwd(), output) || output}/`);
}
