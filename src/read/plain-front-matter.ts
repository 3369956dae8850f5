/**
 * Front matter in the plain form most articles use, read without gray-matter
 * and its YAML parser: one `key: value` per line, each value a quoted or
 * plain string, a date or a flow list of words. Anything else (comments,
 * nesting, block lists, escapes, numbers, booleans, a missing closing line)
 * gives null, and is left to gray-matter, whose result this reproduces.
 */

/** What gray-matter gives: the parsed data and the text after the closing line. */
export interface FrontMatterSplit {
  data: Record<string, unknown>;
  content: string;
}

const CLOSE = "\n---";
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_]{0,99}): +(\S(?:.*\S)?) *$/;
/** Characters YAML refuses (or that this reading does not vouch for) anywhere in the block. */
const UNUSUAL_CONTROL = /(?![\n\r])\p{Cc}/u;
/** Byte order marks, non-characters and any surrogate half (matched one code unit at a time, so without the u flag). */
const UNUSUAL_OTHER = /[\ufeff\ufffe\uffff\ud800-\udfff]/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
/** YAML's date form, which js-yaml turns into a Date at UTC midnight. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FLOW_LIST = /^\[([^[\]{}"'#]*)\]$/;
/** A plain string: a letter first, then only characters that mean nothing to YAML here. */
const PLAIN = /^[A-Za-z][A-Za-z0-9 .,\-_/:?=&%+~()!'’@;]*$/;
const PLAIN_IN_LIST = /^[A-Za-z][A-Za-z0-9 .\-_/?=&%+~()!'’@;]*$/;
/** Plain words YAML reads as null or a boolean. */
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * The front matter and body of a text that starts with a `---` line, as
 * gray-matter splits and parses them; null when the block is not in the
 * plain form.
 */
export function plainFrontMatter(text: string): FrontMatterSplit | null {
  if (!text.startsWith("---")) return null;
  const rest = text.slice(3);
  const close = rest.indexOf(CLOSE);
  if (close < 0) return null;
  const block = rest.slice(0, close);
  if (UNUSUAL_CONTROL.test(block) || UNUSUAL_OTHER.test(block)) return null;
  const lines = block.split("\n");
  // The opening line holds nothing after its dashes but spaces.
  if (lines[0]!.trim() !== "") return null;
  const data: Record<string, unknown> = {};
  for (const line of lines.slice(1)) {
    const match = KEY_LINE.exec(line);
    // A key YAML reads as null or a boolean ("True:") becomes a different key there: left to gray-matter.
    if (!match || NOT_A_STRING.test(match[1]!) || Object.hasOwn(data, match[1]!)) return null;
    const value = plainValue(match[2]!);
    if (value === undefined) return null;
    data[match[1]!] = value;
  }
  let content = rest.slice(close + CLOSE.length);
  if (content[0] === "\r") content = content.slice(1);
  if (content[0] === "\n") content = content.slice(1);
  return { data, content };
}

/** The value YAML gives a one-line scalar or flow list in the plain form, or undefined for anything else. */
function plainValue(raw: string): unknown {
  const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw);
  if (quoted) return quoted[1];
  const date = DATE.exec(raw);
  // As js-yaml makes it, Date.UTC's reading of two-digit years and days past the month's end included.
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  const list = FLOW_LIST.exec(raw);
  if (list) {
    if (!list[1]!.trim()) return [];
    const items = list[1]!.split(",").map((item) => item.trim());
    return items.every((item) => PLAIN_IN_LIST.test(item) && !NOT_A_STRING.test(item)) ? items : undefined;
  }
  if (!PLAIN.test(raw) || NOT_A_STRING.test(raw) || raw.includes(": ") || raw.endsWith(":")) return undefined;
  return raw;
}
