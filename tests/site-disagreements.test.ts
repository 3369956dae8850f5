import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "./helpers/build.ts";

/** The "Where the sources disagree" items of a built call page. */
function notesOf(site: string, id: string): string[] {
  const page = readFileSync(path.join(site, "calls", id, "index.html"), "utf8");
  const list = page.match(/<ul class="notes">([\s\S]*?)<\/ul>/)?.[1] ?? "";
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, "")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

test("'Where the sources disagree' lists disagreements between sources and with the data, not every doubtful date", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-disagree-"));
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  write(
    "putin-called.md",
    "---\npublisher: First Paper\ncallDate: 2024-06-05\nparticipants: [Narendra Modi, Vladimir Putin]\n---\n" +
      "Russian President Vladimir Putin called Prime Minister Narendra Modi on June 5, 2024, to congratulate him on the election result.\n",
  );
  write(
    "modi-called.md",
    // June 5, 2024 was a Wednesday: the date fails its weekday check, and the article is placed with the one call that fits.
    "---\npublisher: Second Paper\n---\n" +
      "Prime Minister Narendra Modi called Russian Prime Minister Vladimir Putin on Monday, June 5, 2024, and thanked him for his wishes on the election.\n",
  );
  const site = await buildSite({ articlesDir: dir });
  const notes = notesOf(site, "2024-06-05-modi-putin");
  const { articles } = JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as {
    articles: { file: string; warnings: string[] }[];
  };
  const warnings = articles.flatMap((a) => a.warnings);
  assert.ok(
    warnings.some((w) => /does not fall on the weekday/.test(w)),
    `the build reports the stray date:\n${warnings.join("\n")}`,
  );
  assert.ok(
    notes.some((n) => /^First Paper: says Vladimir Putin placed the call; another source says Narendra Modi$/.test(n)),
    notes.join("\n"),
  );
  assert.ok(
    notes.some((n) => /^Second Paper: says Narendra Modi placed the call; another source says Vladimir Putin$/.test(n)),
    notes.join("\n"),
  );
  assert.ok(
    notes.some((n) => /^Second Paper: the article calls Vladimir Putin "Russian Prime Minister", but .* President of Russia/.test(n)),
    "an office title the data file contradicts",
  );
  assert.ok(
    !notes.some((n) => /does not fall on|not stated exactly|placed with|not used/.test(n)),
    `no doubtful-date messages:\n${notes.join("\n")}`,
  );
});
