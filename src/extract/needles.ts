/**
 * Many short strings ("needles"), found in a text in one pass: the same
 * answer as asking `includes` of each needle, at the cost of one regular
 * expression over the text. A cheap test that tells which of many costly
 * regular expressions need to run at all.
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
    return compiled.text ? compiled.text.any.test(text) : false;
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

interface Finder {
  /** Matches, at every position, the longest needle that starts there. */
  everywhere: RegExp;
  /** Any needle at all. */
  any: RegExp;
  /** For each needle, the ids of the needles it starts with (itself included). */
  prefixes: Map<string, number[]>;
}

interface Compiled {
  lower: Finder | null;
  text: Finder | null;
}

function compile(needles: readonly { needle: string; id: number; caseSensitive: boolean }[]): Compiled {
  return { lower: finder(needles.filter((n) => !n.caseSensitive)), text: finder(needles.filter((n) => n.caseSensitive)) };
}

function finder(needles: readonly { needle: string; id: number }[]): Finder | null {
  if (!needles.length) return null;
  const byLength = [...needles].sort((a, b) => b.needle.length - a.needle.length);
  const alternation = byLength.map((n) => n.needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const prefixes = new Map<string, number[]>();
  for (const { needle } of needles) prefixes.set(needle, needles.filter((n) => needle.startsWith(n.needle)).map((n) => n.id));
  // A lookahead matches nothing, so every position is tried, and needles inside or overlapping others are found too.
  return { everywhere: new RegExp(`(?=(${alternation}))`, "g"), any: new RegExp(alternation), prefixes };
}

/**
 * A needle stands at a position exactly when it is a prefix of the longest
 * needle standing there, so marking that one's prefixes marks them all.
 */
function mark(finder: Finder | null, text: string, { present, stamp }: NeedleScan): void {
  if (!finder) return;
  for (const match of text.matchAll(finder.everywhere)) {
    for (const id of finder.prefixes.get(match[1]!)!) present[id] = stamp;
  }
}
