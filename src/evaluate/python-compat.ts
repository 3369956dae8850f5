/**
 * Small pieces of Python's behaviour that `score.py` (the scorer of the real
 * article set) relies on, so that its TypeScript port in `real-labels.ts`
 * prints the same numbers and the same miss lines, character for character.
 * Each one is here because JavaScript's nearest built-in differs at the edges.
 */

/**
 * Python's `\s` (and `str.strip()`, `str.isspace()`) for text: JavaScript's
 * `\s` lacks U+001C–U+001F and U+0085 and adds U+FEFF. A character-class
 * body, for building regular expressions.
 */
export const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

const EDGE_SPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

/** Python's `s.strip()`: trims the whitespace Python knows (see `PY_SPACE`). */
export function pyStrip(s: string): string {
  return s.replace(EDGE_SPACE, "");
}

/** Python's truthiness, for JSON values: empty strings, lists and objects, 0, null and false are false. */
export function pyTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === "object") return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Python's `a or b`: the first value when it is truthy, else the second. */
export function pyOr<A, B>(a: A, b: B): A | B {
  return pyTruthy(a) ? a : b;
}

/** Python's `==` for JSON scalars, where a missing key (`dict.get`) and `null` are both `None`. */
export function pyEquals(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

/** Python's `len(s)`: code points, not UTF-16 units. */
export function pyLength(s: string): number {
  return Array.from(s).length;
}

/** Python's `s[:n]`: the first n code points, so a slice never splits a surrogate pair. */
export function pyHead(s: string, n: number): string {
  return Array.from(s).slice(0, n).join("");
}

/** Python's string ordering (`sorted`): by code point, where JavaScript's `<` goes by UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** Python's `sorted(strings)`, as a new array. */
export function pySorted(strings: Iterable<string>): string[] {
  return [...strings].sort(compareCodePoints);
}

/** Python's `os.path.basename` on POSIX: what follows the last "/", so "a/b/" gives "". */
export function pyBasename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

/**
 * Python's `str(value)` for a JSON value, as an f-string `{value}` prints it:
 * `None`, `True`, strings bare, lists and dicts with their items in `repr`.
 * (A JSON float with no fraction, such as `1.0`, prints as `1`: JSON.parse
 * no longer knows it was a float.)
 */
export function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

/** Python's `repr(value)` for a JSON value, as `{value!r}` prints it: strings quoted and escaped. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return reprString(value);
  if (typeof value === "number") return reprNumber(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${reprString(k)}: ${pyRepr(v)}`)
      .join(", ")}}`;
  // What is left (a bigint, a symbol, a function) never comes from JSON; Python would print it its own way.
  return typeof value === "bigint" ? value.toString() : typeof value === "symbol" ? value.toString() : "<function>";
}

function reprNumber(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  return String(n);
}

const NOT_PRINTABLE = /^[\p{C}\p{Z}]$/u;

/** Python 3's string repr: single quotes unless the text has one and no double quote; escapes what is not printable. */
function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && NOT_PRINTABLE.test(ch)) out += escapeCodePoint(ch.codePointAt(0)!);
    else out += ch;
  }
  return out + quote;
}

function escapeCodePoint(cp: number): string {
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, "0")}`;
  return `\\U${hex.padStart(8, "0")}`;
}

/**
 * Python's `format(x, ".Nf")`. `toFixed` rounds an exact tie (0.125 to two
 * places) away from zero where Python rounds it to the even digit ("0.12");
 * figures such as 1/8 are exactly such ties.
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return reprNumber(x);
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const magnitude = Math.abs(x);
  if (magnitude >= 1e21) return x.toFixed(digits);
  const rounded = magnitude.toFixed(digits);
  // Every double at or above 2^-47 has at most 99 decimals, so 100 places show a tie exactly.
  const exact = magnitude.toFixed(100);
  const point = exact.indexOf(".");
  if (!/^50*$/.test(exact.slice(point + 1 + digits))) return sign + rounded;
  const truncated = exact.slice(0, digits ? point + 1 + digits : point);
  const lastDigit = Number(truncated.replace(".", "").slice(-1));
  return sign + (lastDigit % 2 === 0 ? truncated : rounded);
}
