/**
 * Label files `npm run accuracy` reads, told apart by their shape: our own
 * hand-written corpus labels (`tests/corpus/expected.json`, camelCase, one
 * `isCall` per article) and the real article set's (`shared/real/gold.json`
 * and subsets of it, snake_case, one `is_call` per article).
 */
import type { Expected } from "./accuracy.ts";
import type { RealLabel } from "./real-labels.ts";

/** A parsed label file, with which scorer applies to it. */
export type LabelFile = { format: "corpus"; articles: Record<string, Expected> } | { format: "real"; articles: Record<string, RealLabel> };

/**
 * Which format a parsed label file is in, from the keys of its article
 * labels: every label has `is_call` (real set) or every one has `isCall`
 * (corpus). Anything else is an error that names the first odd label, so a
 * wrong file is not scored as if nothing had been labelled.
 */
export function readLabelFile(json: unknown): LabelFile {
  const articles = (json as { articles?: unknown } | null)?.articles;
  if (!articles || typeof articles !== "object" || Array.isArray(articles))
    throw new Error('a label file needs an "articles" object, one label per file name');
  const entries = Object.entries(articles as Record<string, unknown>);
  if (!entries.length) throw new Error("the label file labels no articles");
  const has =
    (key: string) =>
    ([, label]: [string, unknown]) =>
      label !== null && typeof label === "object" && key in label;
  if (entries.every(has("is_call"))) return { format: "real", articles: articles as Record<string, RealLabel> };
  if (entries.every(has("isCall"))) return { format: "corpus", articles: articles as Record<string, Expected> };
  const odd = entries.find((e) => !has("is_call")(e) && !has("isCall")(e)) ?? entries[0]!;
  throw new Error(
    `cannot tell the label format: labels must all have "isCall" (corpus) or all "is_call" (real set); ${odd[0]} does not fit`,
  );
}
