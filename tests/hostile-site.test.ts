/**
 * The site built from the hostile articles: every page is inert, every file
 * is accounted for on the report, nothing is written outside the output
 * folder, and builds are deterministic with stable call ids.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildSite, filesUnder } from "./helpers/build.ts";
import { extractor, projectRoot } from "./helpers/extract.ts";
import { listArticleFiles } from "../src/read/read-articles.ts";
import { runPipeline } from "../src/pipeline.ts";

const hostileDir = path.join(projectRoot, "tests/hostile");
const site = await buildSite({ articlesDir: hostileDir });
const files = filesUnder(site);
const read = (file: string) => readFileSync(path.join(site, file), "utf8");

/** Elements that run code or pull in other documents: none may come from an article. */
const ACTIVE_ELEMENTS = new Set(["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "form", "meta"]);
const SAFE_URL = /^(?:https?:\/\/|\/|#|\.{0,2}\/|[a-z0-9][a-z0-9._/-]*(?:[?#].*)?$)/i;

/** Every markup problem in one HTML document: active elements, event handlers, script URLs. */
function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, name, attributes] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)) {
    const element = name!.toLowerCase();
    // The page's own head elements are ours; article text only ever reaches <body>.
    const allowedHead = element === "meta" && /^\s+(?:charset|name|property|content)=/.test(attributes!);
    if (ACTIVE_ELEMENTS.has(element) && !allowedHead && !isOurs(element, attributes!)) problems.push(tag);
    for (const [, attribute] of attributes!.matchAll(/\s([a-zA-Z-:]+)\s*=/g)) if (/^on/i.test(attribute!)) problems.push(tag);
    for (const [, , value] of attributes!.matchAll(/\s(href|src|action|formaction|srcset|poster)\s*=\s*"([^"]*)"/gi)) {
      if (!SAFE_URL.test(value!.trim()) || /^\s*(?:javascript|data|vbscript):/i.test(value!)) problems.push(tag);
    }
  }
  return problems;
}

/** Elements the site itself ships: the search page's scripts from our own folders, and the header's search form. */
function isOurs(element: string, attributes: string): boolean {
  if (element === "script") return /^\s+src="\/(?:pagefind|js)\/[a-z0-9_.-]+\.js"(?:\s+type="module")?\s*$/.test(attributes);
  if (element === "form") return /^\s+class="search-box" role="search" action="\/search\/" method="get"$/.test(attributes);
  return false;
}

test("no page carries script, event handlers or javascript:/data: URLs from the articles", () => {
  const pages = files.filter((f) => f.endsWith(".html"));
  assert.ok(pages.length >= 5);
  for (const page of pages) assert.deepEqual(unsafeMarkup(read(page)), [], page);
  // The hostile strings are still shown, as text.
  const callPage = read(pages.find((p) => p.startsWith("calls/2021-12-20"))!);
  assert.match(callPage, /&lt;script&gt;alert\(/);
});

test("the checker above does catch injected markup", () => {
  assert.equal(unsafeMarkup(`<p>ok</p><a href="https://example.com/">x</a>`).length, 0);
  assert.equal(unsafeMarkup(`<img src=x onerror=alert(1)>`).length, 1);
  assert.equal(unsafeMarkup(`<a href="javascript:alert(1)">x</a>`).length, 1);
  assert.equal(unsafeMarkup(`<img src="data:image/png;base64,AAAA">`).length, 1);
  assert.equal(unsafeMarkup(`<script>alert(1)</script>`).length, 1);
});

test("JSON, CSV and feed exports keep hostile text as inert data", () => {
  for (const file of files.filter((f) => /\.(json|csv|xml|txt)$/.test(f) && !f.startsWith("pagefind/"))) {
    const text = read(file);
    if (file.endsWith(".json")) {
      assert.doesNotMatch(text, /[<>]/, `${file}: raw < or > in JSON`);
      JSON.parse(text);
    }
    if (file.endsWith(".xml"))
      assert.deepEqual(
        unsafeMarkup(text.replace(/<\?xml[^>]*>/, "")).filter((t) => !/^<(feed|entry|link|rss|channel|item|urlset|url)\b/.test(t)),
        [],
        file,
      );
    if (file.endsWith(".csv"))
      for (const cell of text.split(/[,\n]/)) assert.doesNotMatch(cell.replace(/^"/, ""), /^[=+\-@\t\r]/, `${file}: formula cell ${cell}`);
  }
  const json = JSON.parse(read("calls.json")) as { articles: { file: string; warnings: string[] }[] };
  assert.ok(json.articles.some((a) => a.file.endsWith("hostile-html.md")));
});

test("the report page lists every file that is not cleanly placed, with its messages", () => {
  const report = files
    .filter((f) => f.startsWith("report/"))
    .map(read)
    .join("\n");
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  const { articles } = JSON.parse(read("calls.json")) as { articles: { file: string; status: string; warnings: string[] }[] };
  assert.equal(articles.length, listArticleFiles([hostileDir]).length, "every file has a status");
  for (const article of articles) {
    if (article.status === "placed" && article.warnings.length === 0) continue;
    assert.ok(report.includes(`<code>${escape(article.file)}</code>`), `${article.file} is on the report`);
    for (const warning of article.warnings) assert.ok(report.includes(escape(warning)), `${article.file}: ${warning}`);
  }
  assert.match(report, /could not be read<\/td><td>8</);
});

test("output paths are plain: ids and slugs are [a-z0-9-], and nothing is written outside the output folder", () => {
  // `_redirects` is the one fixed name hosts require (Netlify, Cloudflare Pages).
  for (const file of files.filter((f) => f !== "_redirects")) assert.match(file, /^[a-z0-9][a-z0-9_./-]*$/, file);
  assert.deepEqual(
    readdirSync(path.dirname(site)).filter((n) => n.startsWith(path.basename(site))),
    [path.basename(site)],
  );
  assert.ok(listArticleFiles([hostileDir]).some((f) => f.includes("..%2F")));
});

test("two builds of the same content are byte-identical", async () => {
  const again = await buildSite({ articlesDir: hostileDir });
  assert.deepEqual(filesUnder(again), files);
  for (const file of files)
    assert.ok(readFileSync(path.join(again, file)).equals(readFileSync(path.join(site, file))), `${file} differs between builds`);
});

test("adding an article never changes a firmly dated call's id; a softly dated one moves only with a reason (leave-one-out over the corpus)", () => {
  const corpus = listArticleFiles([path.join(projectRoot, "tests/corpus")]).filter(
    (f) => /\.(txt|md)$/.test(f) && !f.endsWith("README.md"),
  );
  const all = new Set(runPipeline({ inputs: corpus, extractor }).calls.map((c) => c.id));
  for (const left of corpus) {
    const without = runPipeline({ inputs: corpus.filter((f) => f !== left), extractor });
    for (const call of without.calls) {
      if (all.has(call.id)) continue;
      // A call known only from soft dates (a weekday before a late date line, "today" under one) may be pinned by the
      // added report; the ledger then keeps its old address (see tests/ledger-site.test.ts). A firm date never moves.
      const members = without.articles.filter((a) => without.statuses.some((s) => s.file === a.file && s.callId === call.id));
      const soft = members.every((a) => a.callDate.date !== null && a.callDate.earliest !== null && a.callDate.earliest < a.callDate.date);
      assert.ok(soft, `adding ${path.basename(left)} changed or removed the firmly dated call ${call.id}`);
    }
  }
});
