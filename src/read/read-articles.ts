import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { onFirstUse } from "../first-use.ts";
import { listOf } from "../words.ts";
import type { ArticleSource, IsoDate } from "../types.ts";
import { EARLIEST_CALL_DATE, parseIsoDate } from "../dates.ts";
import type { FrontMatter, Warning } from "../types.ts";
import { decodePage, lineOfBadByte } from "./charset.ts";
import { validateFrontMatter } from "./front-matter.ts";
import { pageFields, readHtmlPage } from "./html.ts";
import { plainFrontMatter } from "./plain-front-matter.ts";

// Only articles that are actually read need it: see onFirstUse.
const grayMatter = onFirstUse<typeof import("gray-matter")>("gray-matter");

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
/** Larger files are not news articles; reading them would only slow the build. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Every file under the given files or folders (subfolders too), sorted, each
 * once. Files that are not `.txt` or `.md` are listed too, so that reading can
 * report them instead of dropping them silently; only hidden folders and the
 * hidden files systems leave behind (`.DS_Store`) are passed over.
 */
export function listArticleFiles(inputs: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (entry: string, isFolder: boolean) => {
    if (isFolder) {
      // The entry types come with the names; only links (and file systems that give no type) need a stat of their own.
      const children = readdirSync(entry, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const pages = new Set(children.filter((d) => /\.html?$/i.test(d.name)).map((d) => d.name.replace(/\.html?$/i, "")));
      for (const dirent of children) {
        const { name } = dirent;
        const child = path.join(entry, name);
        const childIsFolder = dirent.isDirectory() || (!dirent.isFile() && statSync(child).isDirectory());
        if (name.startsWith(".") && (childIsFolder || !isArticleFile(child))) continue;
        if (childIsFolder && isSavedPageFolder(name, pages)) continue;
        visit(child, childIsFolder);
      }
    } else found.add(entry);
  };
  for (const input of inputs) visit(input, statSync(input).isDirectory());
  return [...found].sort();
}

/**
 * A browser's "Save page as… (complete)" puts the page's images, scripts and
 * styles in a folder named after it (`story.html` and `story_files/`): they
 * belong to the page, not to the articles, and are not listed.
 */
export function isSavedPageFolder(name: string, pageNames: ReadonlySet<string>): boolean {
  const match = /^(.*)_files$/.exec(name);
  return match !== null && pageNames.has(match[1]!);
}

export function isArticleFile(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** How an article file is written, by its extension (part of the data interface); null for a file that is not an article. */
export function articleFormat(file: string): "text" | "markdown" | "html" | null {
  switch (path.extname(file).toLowerCase()) {
    case ".txt":
      return "text";
    case ".md":
      return "markdown";
    case ".html":
    case ".htm":
      return "html";
    default:
      return null;
  }
}

/** The hash that identifies an article's content (duplicates, the extraction cache). */
export function contentHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function parseArticle(
  file: string,
  bytes: Uint8Array,
  knownTopics: ReadonlySet<string>,
  today: IsoDate = new Date().toISOString().slice(0, 10),
  contentHash: string = contentHashOf(bytes),
): ArticleSource {
  const unusable = unusableSource(file, contentHash);

  if (!isArticleFile(file))
    return unusable(
      `not an article file: only ${listOf(ARTICLE_EXTENSIONS)} files are read (rename it, or move it out of the articles folder)`,
    );
  if (bytes.length > MAX_ARTICLE_BYTES)
    return unusable(`file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for an article`);
  if (articleFormat(file) === "html") return parseHtmlArticle(file, bytes, knownTopics, today, contentHash);
  if (bytes.includes(0)) return unusable("file is binary (it contains NUL bytes), not article text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfBadByte(bytes);
    return unusable(`file is not valid UTF-8 text (first bad byte on line ${line})`, line);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return unusable(text.length ? "file has only white space, no text" : "file is empty");

  const split = splitFrontMatter(text);
  if ("error" in split) return unusable(split.error, split.line);
  const { content, bodyLine } = split;
  const { frontMatter, warnings } = checkedFrontMatter(text, split, knownTopics, today);

  const dateLine = splitDateLine(content);
  const dateLineNumber = bodyLine + dateLine.leadingLines;
  if (dateLine.invalid) warnings.push({ message: `date line "${dateLine.invalid}" is not a real date; ignored`, line: dateLineNumber });
  if (dateLine.date && !frontMatter.published && (dateLine.date < EARLIEST_CALL_DATE || dateLine.date > today)) {
    warnings.push({
      message: `date line ${dateLine.date} is ${dateLine.date > today ? "in the future" : `before ${EARLIEST_CALL_DATE}`}; ignored`,
      line: dateLineNumber,
    });
    dateLine.date = null;
  }
  const published = frontMatter.published ?? dateLine.date;
  return {
    file,
    frontMatter,
    published,
    body: dateLine.body,
    bodyLine: bodyLine + dateLine.leadingLines,
    contentHash,
    warnings,
  };
}

/** A file that cannot be used as an article at all, with why (and where, when a line is known). */
function unusableSource(file: string, contentHash: string) {
  return (message: string, line?: number): ArticleSource => ({
    file,
    frontMatter: {},
    published: null,
    body: "",
    bodyLine: 1,
    contentHash,
    warnings: [],
    error: line === undefined ? { message } : { message, line },
  });
}

/** Front matter split off a text, or why its YAML cannot be read (with the line). */
type SplitText = { data: Record<string, unknown>; content: string; bodyLine: number } | { error: string; line: number };

function splitFrontMatter(text: string): SplitText {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, content: text, bodyLine: 1 };
  try {
    // The plain form most articles use is read directly; gray-matter (and its YAML parser) reads the rest.
    // Options turn off gray-matter's cache, which keeps a half-parsed result after a YAML error.
    const parsed = plainFrontMatter(text) ?? grayMatter()(text, { language: "yaml" });
    const content = parsed.content;
    return { data: parsed.data ?? {}, content, bodyLine: lineCount(text.slice(0, text.length - content.length)) + 1 };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    return { error: `front matter is not valid YAML: ${reason}`, line: mark?.line === undefined ? 1 : mark.line + 2 };
  }
}

/** The front matter's fields, validated, with warnings that point at their lines. */
function checkedFrontMatter(
  text: string,
  split: { data: Record<string, unknown>; bodyLine: number },
  knownTopics: ReadonlySet<string>,
  today: IsoDate,
): { frontMatter: FrontMatter; warnings: Warning[] } {
  // Split only when a warning needs a line number.
  let rawLines: string[] | undefined;
  const lineOf = (field: string) => {
    rawLines ??= text.split("\n");
    const index = rawLines.findIndex((line, i) => i < split.bodyLine && line.startsWith(`${field}:`));
    return index >= 0 ? index + 1 : undefined;
  };
  return validateFrontMatter(split.data, knownTopics, lineOf, { from: EARLIEST_CALL_DATE, to: today });
}

/**
 * A front matter block at the start of a saved page (`npm run add` writes one
 * for values given on its command line), in UTF-8 whatever the page's own
 * charset: the bytes of the block and the bytes of the page after it.
 */
export function splitPageFrontMatter(bytes: Uint8Array): { frontMatter: Uint8Array; page: Uint8Array } {
  const none = { frontMatter: bytes.subarray(0, 0), page: bytes };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (!/^---[ \t]*\r?\n/.test(head.subarray(0, 8).toString("latin1"))) return none;
  const close = /\n---[ \t]*(?:\r?\n|$)/.exec(head.toString("latin1", 0, Math.min(bytes.length, 65536)));
  if (!close) return none;
  const end = close.index + close[0].length;
  return { frontMatter: bytes.subarray(0, end), page: bytes.subarray(end) };
}

/**
 * A saved web page: front matter (if any) wins over the page's own metadata,
 * which gives the title, outlet, link and publication date; the main text is
 * what extraction reads, as if it were a `.txt` file.
 */
function parseHtmlArticle(
  file: string,
  bytes: Uint8Array,
  knownTopics: ReadonlySet<string>,
  today: IsoDate,
  contentHash: string,
): ArticleSource {
  const unusable = unusableSource(file, contentHash);
  const parts = splitPageFrontMatter(bytes);
  let frontMatter: FrontMatter = {};
  const warnings: Warning[] = [];
  let pageLine = 1;
  if (parts.frontMatter.length) {
    const text = new TextDecoder("utf-8").decode(parts.frontMatter).replace(/\r\n?/g, "\n");
    const split = splitFrontMatter(text);
    if ("error" in split) return unusable(split.error, split.line);
    const checked = checkedFrontMatter(text, split, knownTopics, today);
    frontMatter = checked.frontMatter;
    warnings.push(...checked.warnings);
    pageLine = split.bodyLine;
  }
  const decoded = decodePage(parts.page);
  if ("error" in decoded) return unusable(decoded.error, decoded.line === undefined ? undefined : decoded.line + pageLine - 1);
  if (!decoded.text.trim()) return unusable(decoded.text.length ? "file has only white space, no text" : "file is empty");
  const page = readHtmlPage(decoded.text);
  if ("error" in page) return unusable(page.error);
  for (const message of [...decoded.warnings, ...page.notes]) warnings.push({ message });
  const fromPage = pageFields(page.metadata, { from: EARLIEST_CALL_DATE, to: today });
  warnings.push(...fromPage.warnings);
  const fields: FrontMatter = { ...fromPage.fields, ...frontMatter };
  return { file, frontMatter: fields, published: fields.published ?? null, body: page.text, bodyLine: pageLine, contentHash, warnings };
}

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/**
 * Copy-pasted articles may start with ` date YYYY-MM-DD` followed, on the same
 * line, by the headline or the first paragraph. That date is when the page was
 * published (or crawled), not necessarily when the call took place.
 */
export function splitDateLine(content: string): { date: IsoDate | null; body: string; leadingLines: number; invalid?: string } {
  const leading = /^\s*\n/.exec(content)?.[0] ?? "";
  const rest = content.slice(leading.length);
  const match = DATE_LINE.exec(rest);
  if (!match) return { date: null, body: content.trim(), leadingLines: 0 };
  const date = parseIsoDate(match[1]!);
  const body = rest.slice(match[0].length).trim();
  return { date, body, leadingLines: lineCount(leading), ...(date ? {} : { invalid: match[1]! }) };
}

function lineCount(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\n") count++;
  return count;
}
