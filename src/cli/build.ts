/**
 * `npm run build`: the site in `_site/`. It is written to a staging folder
 * first and swapped in only when the build succeeds, so a failed build leaves
 * the previous site as it was.
 * `npm run build -- --strict`: any message about an article (a warning or an
 * error) fails the build, and `_site/` is left as it was.
 * `--output=<dir>` writes somewhere other than `_site/`.
 * `npm start`: build, then serve on http://localhost:8080 and rebuild on changes.
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { buildMessages, publishStaged, stagingFolderFor } from "../publish.ts";
import { writeSearchIndex } from "../render/search-index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const outputArg = process.argv.find((arg) => arg.startsWith("--output="));
const output = path.resolve(root, outputArg ? outputArg.slice("--output=".length) : "_site");
const serve = process.argv.includes("--serve");
const strict = process.argv.includes("--strict");
const prefixArg = process.argv.find((arg) => arg.startsWith("--pathprefix="));

process.chdir(root);

function eleventyFor(outputDir: string) {
  return new Eleventy("src/site", path.relative(root, outputDir), {
    configPath: ".eleventy.ts",
    runMode: serve ? "serve" : "build",
    quietMode: !serve,
    ...(prefixArg ? { pathPrefix: prefixArg.split("=")[1] } : {}),
  });
}

if (serve) {
  // Serving rewrites pages in place as files change; only full builds are staged.
  const eleventy = eleventyFor(output);
  await eleventy.init();
  // Index once at start; the index is not refreshed on later rebuilds while serving.
  await eleventy.write();
  await writeSearchIndex(output);
  await eleventy.watch();
  eleventy.serve(8080);
} else {
  const staging = stagingFolderFor(output);
  const outcome = await publishStaged(staging, output, async () => {
    await eleventyFor(staging).write();
    const { pages } = await writeSearchIndex(staging);
    console.log(`calltrail: search index of ${pages} pages written`);
    const messages = buildMessages(staging);
    for (const message of messages) console.warn(message);
    if (strict && messages.length) return { ok: false, reason: `--strict: ${messages.length} message${messages.length === 1 ? "" : "s"} about articles (listed above)` };
    return { ok: true, summary: messages.length ? `${messages.length} message${messages.length === 1 ? "" : "s"} about articles; see /report/` : "no messages" };
  });
  if (!outcome.ok) {
    console.error(`calltrail: build failed, ${path.relative(root, output)}/ left as it was: ${outcome.reason}`);
    process.exitCode = 1;
  } else console.log(`calltrail: site written to ${path.relative(root, output)}/ (${outcome.summary})`);
}
