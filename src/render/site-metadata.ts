/**
 * The site's own name, title, description and default origin, from
 * `content/data/site.yaml`, so that whoever runs a copy of the site edits a
 * data file rather than the Eleventy config. Checked like the other data
 * files: a wrong value stops the build naming the file and line.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { DataFileError, DEFAULT_DATA_DIR } from "../data/load.ts";
import type { SiteMetadata } from "./page-frame.ts";

/** The file the site's metadata is read from by default. */
export const SITE_FILE = path.join(DEFAULT_DATA_DIR, "site.yaml");

const TEXT_FIELDS = ["name", "title", "description"] as const;

/**
 * Reads the file; `SITE_URL` in `env`, when set, wins over the file's origin
 * (the host's address is known where the site is built, not where it is edited).
 */
export function loadSiteMetadata(file: string = SITE_FILE, env: NodeJS.ProcessEnv = process.env): SiteMetadata {
  const where = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new DataFileError(`${where}: missing; it names the site (name, title, description, origin)`);
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const [firstError] = document.errors;
  if (firstError) throw new DataFileError(`${where}:${lineOf(firstError.pos[0])}: not valid YAML: ${firstError.message.split("\n")[0]}`);
  const root: unknown = document.toJS();
  if (!root || typeof root !== "object" || Array.isArray(root)) {
    throw new DataFileError(`${where}:1: expected the fields name, title, description and origin`);
  }
  const fields = root as Record<string, unknown>;
  /** The line of a field's value, or of the field's absence: the file's first line. */
  const lineOfField = (key: string) => {
    const node = document.get(key, true) as { range?: [number, number, number] } | undefined;
    return lineOf(node?.range?.[0]);
  };
  const text = (key: string): string => {
    const value = fields[key];
    if (typeof value !== "string" || value.trim() === "")
      throw new DataFileError(`${where}:${lineOfField(key)}: "${key}" must be text, got ${JSON.stringify(value ?? null)}`);
    return value;
  };
  for (const key of Object.keys(fields)) {
    if (![...TEXT_FIELDS, "origin"].includes(key))
      throw new DataFileError(`${where}:${lineOfField(key)}: unknown field "${key}" (expected name, title, description, origin)`);
  }
  const [name, title, description] = TEXT_FIELDS.map(text) as [string, string, string];
  const origin = env.SITE_URL ?? checkedOrigin(text("origin"), `${where}:${lineOfField("origin")}`);
  return { name, title, description, origin: origin.replace(/\/+$/, "") };
}

/** The file's origin must be one: a path after it would be dropped from some links and kept in others. */
function checkedOrigin(origin: string, where: string): string {
  if (!/^https?:\/\/[^/\s]+\/*$/.test(origin))
    throw new DataFileError(`${where}: "origin" must be an http(s) origin such as https://example.org, got ${JSON.stringify(origin)}`);
  return origin;
}
