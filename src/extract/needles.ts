/**
 * Many short strings ("needles"), found in a text in one pass: the same
 * answer as asking `includes` of each needle, at the cost of one walk over
 * the text. A cheap test that tells which of many costly regular
 * expressions need to run at all.
 */
export class NeedleIndex {
  /**
   * With `atWordStarts`, a needle counts only where a word starts: at the
   * text's start or after a character that is not an ASCII letter, digit or
   * underscore (what `\w` and `\b` see). Right for patterns that begin their
   * needle at a word boundary, and a walk that skips most positions.
   */
  constructor(private readonly options: { atWordStarts?: boolean } = {}) {}

  private ids = new Map<string, number>();
  private needles: { needle: string; id: number; caseSensitive: boolean }[] = [];
  private compiled: Compiled | undefined;
  private present = new Uint32Array(0);
  private stamp = 0;

  /** Adds a needle (looked for in the lower-cased text unless case-sensitive) and returns its id. */
  add(needle: string, caseSensitive: boolean): number {
    const key = `${caseSensitive ? "A" : "a"}${needle}`;
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(key, id);
    this.needles.push({ needle, id, caseSensitive });
    this.compiled = undefined;
    return id;
  }

  /**
   * Which needles `text` (the case-sensitive ones) or `lower` (the others)
   * contains: those whose entry in `present` equals `stamp`. One array serves
   * every scan, each with a new stamp, so a scan is valid until the next one.
   */
  scan(text: string, lower: string): NeedleScan {
    const compiled = (this.compiled ??= compile(this.needles));
    if (this.present.length < this.ids.size) this.present = new Uint32Array(this.ids.size);
    const scan = { present: this.present, stamp: ++this.stamp };
    const atWordStarts = this.options.atWordStarts ?? false;
    mark(compiled.lower, lower, scan, atWordStarts);
    mark(compiled.text, text, scan, atWordStarts);
    return scan;
  }

  /** Whether `text` contains any case-sensitive needle. */
  anyIn(text: string): boolean {
    const compiled = (this.compiled ??= compile(this.needles));
    return compiled.any ? compiled.any.test(text) : false;
  }

  /** Whether a scan is this index's latest one, so its flags still stand. */
  holds(scan: NeedleScan): boolean {
    return scan.present === this.present && scan.stamp === this.stamp;
  }
}

export interface NeedleScan {
  present: Uint32Array;
  stamp: number;
}

interface Needle {
  needle: string;
  id: number;
}

/** Lists of needles in hashed buckets, by the hash of their first characters. */
type Buckets = (Needle[] | undefined)[];

/**
 * The needles of one kind, filed by their first three characters (all of
 * them, for shorter ones): a walk over the text looks up each position's
 * buckets and compares only the few needles filed there.
 */
interface Finder {
  /** Needles of one character, of two, and of three or more; null when there are none of that length. */
  ones: Buckets | null;
  twos: Buckets | null;
  threes: Buckets | null;
  /** The empty needle, which every text contains. */
  empty: Needle[];
}

interface Compiled {
  lower: Finder | null;
  text: Finder | null;
  /** Any case-sensitive needle at all: one alternation, which the regular expression engine searches fast. */
  any: RegExp | null;
}

function compile(needles: readonly { needle: string; id: number; caseSensitive: boolean }[]): Compiled {
  const caseSensitive = needles.filter((n) => n.caseSensitive);
  const alternation = [...caseSensitive]
    .sort((a, b) => b.needle.length - a.needle.length)
    .map((n) => n.needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return {
    lower: finder(needles.filter((n) => !n.caseSensitive)),
    text: finder(caseSensitive),
    any: alternation.length ? new RegExp(alternation.join("|")) : null,
  };
}

const BUCKETS = 4096;
const MASK = BUCKETS - 1;

/** The hash of one character, of two and of three, as the walk computes them. */
const hash1 = (a: number) => a & MASK;
const hash2 = (a: number, b: number) => (Math.imul(a, 31) + b) & MASK;
const hash3 = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 31) + b, 31) + c) & MASK;

function finder(needles: readonly Needle[]): Finder | null {
  if (!needles.length) return null;
  const found: Finder = { ones: null, twos: null, threes: null, empty: [] };
  const file = (buckets: Buckets | null, bucket: number, needle: Needle): Buckets => {
    const list = buckets ?? new Array<Needle[] | undefined>(BUCKETS);
    (list[bucket] ??= []).push(needle);
    return list;
  };
  for (const needle of needles) {
    const code = (i: number) => needle.needle.charCodeAt(i);
    const { length } = needle.needle;
    if (length === 0) found.empty.push(needle);
    else if (length === 1) found.ones = file(found.ones, hash1(code(0)), needle);
    else if (length === 2) found.twos = file(found.twos, hash2(code(0), code(1)), needle);
    else found.threes = file(found.threes, hash3(code(0), code(1), code(2)), needle);
  }
  return found;
}

/** One walk over the text: at each position, the buckets of its first one, two and three characters. */
function mark(finder: Finder | null, text: string, { present, stamp }: NeedleScan, atWordStarts: boolean): void {
  if (!finder) return;
  for (const { id } of finder.empty) present[id] = stamp;
  const { ones, twos, threes } = finder;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    if (atWordStarts && i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
    const a = text.charCodeAt(i);
    if (ones !== null) markAt(ones[hash1(a)], text, i, present, stamp);
    if (i === last) break;
    const b = text.charCodeAt(i + 1);
    if (twos !== null) markAt(twos[hash2(a, b)], text, i, present, stamp);
    if (threes !== null && i + 1 < last) markAt(threes[hash3(a, b, text.charCodeAt(i + 2))], text, i, present, stamp);
  }
}

/** Marks the needles of a bucket that stand at `i`. */
function markAt(candidates: Needle[] | undefined, text: string, i: number, present: Uint32Array, stamp: number): void {
  if (candidates === undefined) return;
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k]!;
    if (text.startsWith(candidate.needle, i)) present[candidate.id] = stamp;
  }
}

/** `[A-Za-z0-9_]`, the characters `\w` matches. */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
