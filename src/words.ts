/** "a", "a and b", "a, b and c": used by messages (read) and pages (render) alike. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
