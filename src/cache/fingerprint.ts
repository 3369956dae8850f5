import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Extractor } from "../extract/extract-article.ts";
import { packageVersion } from "./package-version.ts";

const SRC = path.resolve(import.meta.dirname, "..");

/**
 * The code whose output the cache stores: reading, extraction and the helpers
 * they share. A change to any of these files makes every cached record stale.
 */
export const EXTRACTOR_SOURCES = ["read", "extract", "data", "dates.ts", "types.ts", "words.ts"].map((entry) => path.join(SRC, entry));

/** Packages whose behaviour shapes extracted records. */
const PARSER_PACKAGES = [
  "chrono-node",
  "gray-matter",
  "mdast-util-from-markdown",
  "mdast-util-to-string",
  "luxon",
  "yaml",
  "linkedom",
  "@mozilla/readability",
];

let codeHash: string | undefined;

/** Hash of the extractor's source files, the package version and the parsers' versions; computed once per process. */
export function extractorCodeHash(sources: readonly string[] = EXTRACTOR_SOURCES): string {
  if (sources === EXTRACTOR_SOURCES && codeHash) return codeHash;
  const hash = createHash("sha256");
  const pkg = JSON.parse(readFileSync(path.join(SRC, "../package.json"), "utf8")) as { version?: string };
  hash.update(`version ${pkg.version ?? ""}\n`);
  // The parsers' output is part of every record: an update of one of them makes the records stale too.
  for (const name of PARSER_PACKAGES) hash.update(`${name} ${packageVersion(name)}\n`);
  for (const file of sources.flatMap(filesUnder).sort()) hash.update(`${path.relative(SRC, file)}\n`).update(readFileSync(file));
  const digest = hash.digest("hex");
  if (sources === EXTRACTOR_SOURCES) codeHash = digest;
  return digest;
}

/**
 * Everything an extracted record depends on besides the article itself: the
 * code, the data files as loaded (leaders, offices, topics) and the day the
 * extractor treats as today (it bounds open dates).
 */
export function extractorFingerprint(extractor: Pick<Extractor, "reference" | "span">, code: string = extractorCodeHash()): string {
  return createHash("sha256").update(code).update(JSON.stringify(extractor.reference)).update(JSON.stringify(extractor.span)).digest("hex");
}

function filesUnder(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry).flatMap((name) => filesUnder(path.join(entry, name)));
}
