/**
 * Many short strings ("needles"), found in a text in one pass: the same
 * answer as asking `includes` of each needle, at the cost of one walk over
 * the text. A cheap test that tells which of many costly regular
 * expressions need to run at all.
 */
export class NeedleIndex {
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
    mark(compiled.lower, lower, scan);
    mark(compiled.text, text, scan);
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
 * bucket and compares only the few needles filed there.
 */
interface Finder {
  /** Needles of three characters or more. */
  long: Buckets;
  /** Needles of one or two characters, by their length (few indexes have any). */
  short: Map<number, Buckets>;
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
  const alternation = [...caseSensitive].sort((a, b) => b.needle.length - a.needle.length).map((n) => n.needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return { lower: finder(needles.filter((n) => !n.caseSensitive)), text: finder(caseSensitive), any: alternation.length ? new RegExp(alternation.join("|")) : null };
}

const BUCKETS = 4096;

/** The bucket of the first `length` characters of `text` at `i`. */
function bucketOf(text: string, i: number, length: number): number {
  let hash = 0;
  for (let k = 0; k < length; k++) hash = Math.imul(hash, 31) + text.charCodeAt(i + k);
  return hash & (BUCKETS - 1);
}

function finder(needles: readonly Needle[]): Finder | null {
  if (!needles.length) return null;
  const found: Finder = { long: new Array(BUCKETS), short: new Map(), empty: [] };
  for (const needle of needles) {
    const { length } = needle.needle;
    if (length === 0) found.empty.push(needle);
    else if (length >= 3) (found.long[bucketOf(needle.needle, 0, 3)] ??= []).push(needle);
    else {
      let buckets = found.short.get(length);
      if (!buckets) found.short.set(length, (buckets = new Array(BUCKETS)));
      (buckets[bucketOf(needle.needle, 0, length)] ??= []).push(needle);
    }
  }
  return found;
}

function mark(finder: Finder | null, text: string, { present, stamp }: NeedleScan): void {
  if (!finder) return;
  for (const { id } of finder.empty) present[id] = stamp;
  for (const [length, buckets] of finder.short) {
    for (let i = 0; i + length <= text.length; i++) markAt(buckets[bucketOf(text, i, length)], text, i, present, stamp);
  }
  // The hot loop: the hash of three characters rolled along the text, one bucket lookup per position.
  const { long } = finder;
  let first = text.charCodeAt(0);
  let second = text.charCodeAt(1);
  for (let i = 0; i + 2 < text.length; i++) {
    const third = text.charCodeAt(i + 2);
    markAt(long[(Math.imul(Math.imul(first, 31) + second, 31) + third) & (BUCKETS - 1)], text, i, present, stamp);
    first = second;
    second = third;
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
