import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seededRandom } from "./corpus/prng.ts";

/**
 * The yardstick: `count` plain Markdown pages with a one-file layout, for a
 * bare Eleventy 3 build (no config, no data). Words are drawn from a small
 * vocabulary so pages have realistic length (~2 KB) without meaning anything.
 */
export function writeBaselineSite(folder: string, count: number, seed = 7): { input: string } {
  const input = path.join(folder, "src");
  mkdirSync(path.join(input, "_includes"), { recursive: true });
  writeFileSync(
    path.join(input, "_includes", "page.njk"),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ title ` +
      `}}</title></head>\n<body>\n<main>\n{{ content | safe }}\n</main>\n</body>\n</html>\n`,
  );
  const random = seededRandom(seed);
  const words = [
    "phone",
    "leader",
    "capital",
    "talks",
    "border",
    "trade",
    "agreement",
    "river",
    "summit",
    "press",
    "office",
    "statement",
    "winter",
    "railway",
    "harbour",
    "grain",
    "market",
    "visit",
    "letter",
    "council",
  ];
  const sentence = () => {
    const list = Array.from({ length: random.int(8, 16) }, () => random.pick(words));
    return `${list.join(" ").replace(/^\w/, (c) => c.toUpperCase())}.`;
  };
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: random.int(3, 6) }, () => Array.from({ length: random.int(2, 4) }, sentence).join(" "));
    const text = [
      `---`,
      `title: Page ${i + 1}`,
      `layout: page.njk`,
      `---`,
      ``,
      `# Page ${i + 1}`,
      ``,
      ...paragraphs.flatMap((p) => [p, ""]),
      `- ${sentence()}`,
      `- ${sentence()}`,
      ``,
    ].join("\n");
    writeFileSync(path.join(input, `page-${String(i).padStart(6, "0")}.md`), text);
  }
  return { input };
}
