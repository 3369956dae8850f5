/**
 * `npm run add -- <file|-> [--url U] [--published YYYY-MM-DD] [--publisher P] [--title T]`
 *
 * Adds one article (a saved web page, a text or Markdown file, or text on
 * standard input with `-`) to `content/articles/` (or `ARTICLES_DIR`), and
 * prints what was read and which call page it joins. Exit 0 when added; 1
 * when the input cannot be read or is already there; 2 for a wrong command line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { addArticle } from "../add/add-article.ts";
import { loadReference } from "../data/load.ts";
import { createExtractor } from "../extract/extract-article.ts";
import { articlesDir } from "../pipeline.ts";

// The articles folder as the build finds it (ARTICLES_DIR is taken from the project folder, where npm runs scripts) …
const dir = articlesDir();
// … but paths on the command line, and in what is printed, are the user's, from where they typed the command.
process.chdir(process.env.INIT_CWD ?? process.cwd());
/** A folder as the user would type it: relative to where they are, unless that climbs out of it. */
const shown = (folder: string) => {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith("..") ? relative : folder;
};

const USAGE = "usage: npm run add -- <file|-> [--url U] [--published YYYY-MM-DD] [--publisher P] [--title T]";

function fail(message: string, code: number): never {
  process.stderr.write(`add: ${message}\n`);
  process.exit(code);
}

let parsed: ReturnType<
  typeof parseArgs<{
    options: {
      url: { type: "string" };
      published: { type: "string" };
      publisher: { type: "string" };
      title: { type: "string" };
      help: { type: "boolean"; short: "h" };
    };
    allowPositionals: true;
  }>
>;
try {
  parsed = parseArgs({
    options: {
      url: { type: "string" },
      published: { type: "string" },
      publisher: { type: "string" },
      title: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (parsed.positionals.length !== 1) fail(`give one file, or - for standard input\n${USAGE}`, 2);
const input = parsed.positionals[0]!;

let bytes: Uint8Array;
try {
  if (input === "-" && process.stdin.isTTY) process.stderr.write("add: reading the article from standard input; end it with Ctrl-D\n");
  bytes = readFileSync(input === "-" ? 0 : input);
} catch (error) {
  fail(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`, 1);
}

const { url, published, publisher, title } = parsed.values;
const result = addArticle({
  bytes,
  inputName: input === "-" ? null : input,
  dir: shown(dir),
  overrides: {
    ...(url === undefined ? {} : { url }),
    ...(published === undefined ? {} : { published }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(title === undefined ? {} : { title }),
  },
  extractor: createExtractor(loadReference()),
});
if (!result.ok) fail(result.message, result.exitCode);
process.stdout.write(`${result.lines.join("\n")}\n`);
