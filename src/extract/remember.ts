/**
 * A small cache for a pure function of a string that extraction asks again
 * and again for the same text (a sentence read for weekdays, then for full
 * dates, then for "today"; a quotation compared with every other). Emptied
 * when full, so it never grows with the archive.
 */
export function remembered<T>(compute: (key: string) => T, size = 2048): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= size) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
