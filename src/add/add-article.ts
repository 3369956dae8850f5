/**
 * `npm run add`: one article into the articles folder in one step. The input
 * (a saved page, a text or Markdown file, or text from standard input) is read
 * exactly as the build will read it, refused when it cannot be read or is
 * already there, written under a name made from its date and headline (never
 * over another file), and then placed with the rest of the archive so the
 * user learns at once which call page it joins.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { stringify as yamlStringify } from "yaml";
import { EARLIEST_CALL_DATE, parseIsoDate } from "../dates.ts";
import type { Extractor } from "../extract/extract-article.ts";
import { extractArticle } from "../extract/extract-article.ts";
import type { Archive } from "../pipeline.ts";
import { formatWarning } from "../extract-output.ts";
import { runPipeline } from "../pipeline.ts";
import { safeHttpUrl, toIsoDate } from "../read/front-matter.ts";
import { contentHashOf, parseArticle } from "../read/read-articles.ts";
import type { Article, IsoDate } from "../types.ts";
import { onFirstUse } from "../first-use.ts";

const grayMatter = onFirstUse<typeof import("gray-matter")>("gray-matter");

/** Values given on the command line; each wins over what the article says. */
export interface Overrides {
  url?: string;
  published?: string;
  publisher?: string;
  title?: string;
}

export interface AddRequest {
  bytes: Uint8Array;
  /** The input's path, for its extension and for messages; null for standard input. */
  inputName: string | null;
  /** The articles folder to add to. */
  dir: string;
  overrides: Overrides;
  extractor: Extractor;
  /** Passed to the pipeline: the build's cache by default. */
  cache?: false;
}

export type AddResult = { ok: true; file: string; lines: string[] } | { ok: false; message: string; exitCode: number };

type Format = "html" | "markdown" | "text";

/** The input's format: by its extension, else by a look at its first bytes (standard input has no name). */
export function formatOfInput(inputName: string | null, bytes: Uint8Array): Format {
  const extension = inputName ? path.extname(inputName).toLowerCase() : "";
  if (extension === ".html" || extension === ".htm") return "html";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".txt") return "text";
  const start = Buffer.from(bytes.subarray(0, 512))
    .toString("latin1")
    .replace(/^\xef\xbb\xbf|^\xff\xfe|^\xfe\xff/, "")
    .trimStart();
  return /^(?:<!doctype\s+html|<html|<head|<meta|<body|<!--)/i.test(start) || start.startsWith("<\u0000") ? "html" : "text";
}

const EXTENSIONS: Record<Format, string> = { html: ".html", markdown: ".md", text: ".txt" };

/** Checks the command-line values as front matter is checked; returns the first problem as a message. */
export function checkOverrides(overrides: Overrides, today: IsoDate): string | null {
  if (overrides.url !== undefined && !safeHttpUrl(overrides.url)) return `--url "${overrides.url}" is not an http(s) address`;
  if (overrides.published !== undefined) {
    const date = parseIsoDate(overrides.published.trim());
    if (!date) return `--published "${overrides.published}" is not a date YYYY-MM-DD`;
    if (date > today) return `--published ${date} is in the future`;
    if (date < EARLIEST_CALL_DATE) return `--published ${date} is before ${EARLIEST_CALL_DATE}`;
  }
  for (const key of ["publisher", "title"] as const) if (overrides[key] !== undefined && !overrides[key].trim()) return `--${key} is empty`;
  return null;
}

/** The overrides as front matter values (trimmed, the link normalised). */
function overrideFields(overrides: Overrides): Record<string, string> {
  const fields: Record<string, string> = {};
  if (overrides.title !== undefined) fields.title = overrides.title.trim();
  if (overrides.publisher !== undefined) fields.publisher = overrides.publisher.trim();
  if (overrides.url !== undefined) fields.url = safeHttpUrl(overrides.url)!;
  if (overrides.published !== undefined) fields.published = overrides.published.trim();
  return fields;
}

/**
 * A YAML front matter block in ASCII (other characters as `\u` escapes in
 * double-quoted strings), so it reads the same before a page in any charset.
 */
export function frontMatterBlock(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(
    ([key, value]) =>
      `${key}: ${JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}`,
  );
  return `---\n${lines.join("\n")}\n---\n`;
}

/**
 * The bytes to write: a page as saved (with a front matter block on top when
 * values were given), a text or Markdown file with the values merged into its
 * front matter. Null with a message when a text is not UTF-8.
 */
export function articleBytes(bytes: Uint8Array, format: Format, overrides: Overrides): { bytes: Uint8Array } | { error: string } {
  const fields = overrideFields(overrides);
  if (format === "html")
    return { bytes: Object.keys(fields).length ? Buffer.concat([Buffer.from(frontMatterBlock(fields)), bytes]) : bytes };
  if (!Object.keys(fields).length) return { bytes };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { error: "the text is not valid UTF-8" };
  }
  if (!/^---[ \t]*\r?\n/.test(text)) return { bytes: Buffer.from(frontMatterBlock(fields) + text) };
  // An existing front matter block: its other keys are kept, the given values replace its own.
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    parsed = grayMatter()(text, { language: "yaml" });
  } catch (error) {
    return {
      error: `its front matter is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0]}`,
    };
  }
  const data: Record<string, unknown> = {};
  // gray-matter reads unquoted dates as Dates at UTC midnight: written back as the date they were.
  for (const [key, value] of Object.entries(parsed.data)) data[key] = value instanceof Date ? toIsoDate(value) : value;
  Object.assign(data, fields);
  return { bytes: Buffer.from(`---\n${yamlStringify(data)}---\n${parsed.content.replace(/^\r?\n/, "")}`) };
}

/** A file name part from a headline: lower-case ASCII words joined by hyphens, at most about 60 characters. */
export function slugOf(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    if (slug && slug.length + 1 + word.length > 60) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, 60);
  }
  return slug || "article";
}

/** A link without what does not tell pages apart: the fragment, a trailing slash, the case of the host. */
export function comparableUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  parsed.pathname = parsed.pathname.replace(/\/+$/, "") || "/";
  return parsed.href;
}

const sameText = (text: string) => text.replace(/\s+/g, " ").trim();

/** The file already in the archive that this article repeats (the same bytes, the same text, or the same link), with why. */
export function findDuplicate(
  article: Pick<Article, "contentHash" | "body" | "url">,
  inputHash: string,
  archive: Pick<Archive, "articles">,
): { file: string; why: string } | null {
  const body = sameText(article.body);
  const url = article.url ? comparableUrl(article.url) : null;
  for (const other of archive.articles) {
    if (other.contentHash === article.contentHash || other.contentHash === inputHash) return { file: other.file, why: "the same content" };
    if (body && sameText(other.body) === body) return { file: other.file, why: "the same text" };
    if (url && other.url && comparableUrl(other.url) === url) return { file: other.file, why: `the same link (${article.url})` };
  }
  return null;
}

/** Writes `bytes` as `<name><extension>` in `dir`, or `<name>-2<extension>` … when taken; never over an existing file. */
export function writeNewFile(dir: string, name: string, extension: string, bytes: Uint8Array): string {
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${name}${n === 1 ? "" : `-${n}`}${extension}`);
    try {
      writeFileSync(file, bytes, { flag: "wx" });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** Reads, checks, writes and places one article; every outcome comes back as lines to print or a message. */
export function addArticle(request: AddRequest): AddResult {
  const { extractor, dir } = request;
  const today = extractor.span.to;
  const problem = checkOverrides(request.overrides, today);
  if (problem) return { ok: false, message: problem, exitCode: 2 };
  const format = formatOfInput(request.inputName, request.bytes);
  const prepared = articleBytes(request.bytes, format, request.overrides);
  const inputLabel = request.inputName ?? "standard input";
  if ("error" in prepared) return { ok: false, message: `${inputLabel}: ${prepared.error}; nothing was added`, exitCode: 1 };

  // Read exactly as the build will read it.
  const extension = EXTENSIONS[format];
  const knownTopics = new Set(extractor.reference.topics.map((t) => t.slug));
  const source = parseArticle(
    `${inputLabel}${request.inputName?.toLowerCase().endsWith(extension) ? "" : extension}`,
    prepared.bytes,
    knownTopics,
    today,
  );
  if (source.error) {
    const where = source.error.line ? `:${source.error.line}` : "";
    return { ok: false, message: `${inputLabel}${where}: ${source.error.message}; nothing was added`, exitCode: 1 };
  }
  const article = extractArticle(source, extractor);

  const cache = request.cache;
  const before = runPipeline({ inputs: [dir], extractor, ...(cache === false ? { cache } : {}) });
  const duplicate = findDuplicate(article, contentHashOf(request.bytes), before);
  if (duplicate)
    return {
      ok: false,
      message: `${inputLabel}: not added: ${duplicate.why} as ${duplicate.file}, which is already in ${dir}`,
      exitCode: 1,
    };

  const file = writeNewFile(dir, `${article.published ?? "undated"}-${slugOf(article.title)}`, extension, prepared.bytes);
  const after = runPipeline({ inputs: [dir], extractor, ...(cache === false ? { cache } : {}) });
  return { ok: true, file, lines: describeOutcome(file, after, new Set(before.calls.map((c) => c.id))) };
}

/** What was read from the new file and where it landed, as lines for the terminal. */
export function describeOutcome(file: string, archive: Archive, callsBefore: ReadonlySet<string>): string[] {
  const article = archive.articles.find((a) => a.file === file);
  const status = archive.statuses.find((s) => s.file === file);
  const lines = [`Added ${file}`];
  if (!article || !status) return [...lines, "  (it could not be read back; run npm run build to see why)"];
  const call = status.callId ? archive.calls.find((c) => c.id === status.callId) : undefined;
  const date =
    call?.date ??
    article.callDate.date ??
    (article.callDate.earliest ? `between ${article.callDate.earliest} and ${article.callDate.latest ?? "an unknown date"}` : null);
  lines.push(
    `  title:      ${article.title}`,
    `  published:  ${article.published ?? "not known"}`,
    `  outlet:     ${article.publisher ?? "not known"}`,
    `  link:       ${article.url ?? "none"}`,
    `  leaders:    ${article.participants.map((p) => p.name).join(", ") || "none found"}`,
    `  call date:  ${date ?? "not found"}`,
  );
  if (status.status === "placed" && call) {
    const others = call.sources.length - 1;
    lines.push(
      callsBefore.has(call.id)
        ? `  call page:  joins /calls/${call.id}/ (with ${others} other source${others === 1 ? "" : "s"})`
        : `  call page:  starts a new one, /calls/${call.id}/`,
    );
  } else {
    const why = {
      unplaced: "not placed",
      "not-a-call": "not a call between an Indian and a Russian leader",
      duplicate: "a duplicate",
      error: "not readable",
      placed: "placed",
    }[status.status];
    lines.push(`  call page:  none: ${why}`);
  }
  for (const warning of status.warnings) lines.push(`  note: ${formatWarning(file)(warning)}`);
  return lines;
}
