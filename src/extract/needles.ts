/**
 * Many short strings ("needles"), found in a text in one pass by their first
 * two characters: the same answer as asking `includes` of each needle, for a
 * few hundred needles at the cost of reading the text once. A cheap test that
 * tells which of many regular expressions need to run at all.
 */
export class NeedleIndex {
  private ids = new Map<string, number>();
  /** Needles by a hash of their first two characters, for the lower-cased text and for the text as written. */
  private lowerTable = emptyTable();
  private textTable = emptyTable();
  /** Needles under two characters long: tested with `includes`. */
  private short: { needle: string; id: number; caseSensitive: boolean }[] = [];

  add(needle: string, caseSensitive: boolean): number {
    const key = `${caseSensitive ? "A" : "a"}${needle}`;
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(key, id);
    if (needle.length < 2) this.short.push({ needle, id, caseSensitive });
    else {
      const table = caseSensitive ? this.textTable : this.lowerTable;
      (table.buckets[bucketOf(needle, 0)] ??= []).push([needle, id]);
      table.size++;
    }
    return id;
  }

  /**
   * Which needles `text` (the case-sensitive ones) or `lower` (the others)
   * contains: those whose entry in `present` equals `stamp`. One array serves
   * every scan, each with a new stamp, so a scan is valid until the next one.
   */
  scan(text: string, lower: string): NeedleScan {
    if (this.present.length < this.ids.size) this.present = new Uint32Array(this.ids.size);
    const scan = { present: this.present, stamp: ++this.stamp };
    scanInto(this.lowerTable, lower, scan);
    scanInto(this.textTable, text, scan);
    for (const { needle, id, caseSensitive } of this.short) if ((caseSensitive ? text : lower).includes(needle)) scan.present[id] = scan.stamp;
    return scan;
  }

  /** Whether `text` contains any case-sensitive needle (with no others added): the scan stops at the first. */
  anyIn(text: string): boolean {
    const { buckets } = this.textTable;
    for (let i = 0; i + 1 < text.length; i++) {
      const bucket = buckets[bucketOf(text, i)];
      if (!bucket) continue;
      for (const [needle] of bucket) if (text.startsWith(needle, i)) return true;
    }
    for (const { needle, caseSensitive } of this.short) if (caseSensitive && text.includes(needle)) return true;
    return false;
  }

  /** Whether a scan is this index's latest one, so its flags still stand. */
  holds(scan: NeedleScan): boolean {
    return scan.present === this.present && scan.stamp === this.stamp;
  }

  private present = new Uint32Array(0);
  private stamp = 0;
}

export interface NeedleScan {
  present: Uint32Array;
  stamp: number;
}

interface NeedleTable {
  buckets: ([string, number][] | undefined)[];
  size: number;
}

/** A dense array, so that looking a bucket up stays an array access. */
function emptyTable(): NeedleTable {
  return { buckets: new Array<[string, number][] | undefined>(0x10000).fill(undefined), size: 0 };
}

function bucketOf(text: string, at: number): number {
  return ((text.charCodeAt(at) << 7) ^ text.charCodeAt(at + 1)) & 0xffff;
}

function scanInto(table: NeedleTable, text: string, { present, stamp }: NeedleScan): void {
  if (!table.size) return;
  const { buckets } = table;
  for (let i = 0; i + 1 < text.length; i++) {
    const bucket = buckets[bucketOf(text, i)];
    if (!bucket) continue;
    for (const [needle, id] of bucket) if (present[id] !== stamp && text.startsWith(needle, i)) present[id] = stamp;
  }
}

