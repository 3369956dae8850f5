import type { Root } from "mdast";
import { cachedArticleHtml } from "../cache/html-cache.ts";
import { onFirstUse } from "../first-use.ts";

// Only needed for articles whose HTML is not cached yet.
const remarkPackage = onFirstUse<typeof import("remark")>("remark");
const remarkHtmlPackage = onFirstUse<typeof import("remark-html")>("remark-html");

/**
 * Article text as safe HTML. Markdown files are Markdown; plain-text files are
 * taken as written (one paragraph a line), so a `*` or `#` in pasted news copy
 * never turns into markup. remark-html sanitises either way: no script, no
 * event handlers, no `javascript:` links reach the page.
 */
export function articleHtml(file: string, body: string, format: "markdown" | "text"): string {
  return cachedArticleHtml(file, body, format, () => renderArticleHtml(body, format));
}

function renderArticleHtml(body: string, format: "markdown" | "text"): string {
  const processor = remarkPackage().remark().use(remarkHtmlPackage().default, { sanitize: true });
  if (format === "markdown") return String(processor.processSync(body));
  const tree: Root = {
    type: "root",
    children: body
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ type: "paragraph", children: [{ type: "text", value: line }] })),
  };
  return processor.stringify(processor.runSync(tree) as Root);
}
