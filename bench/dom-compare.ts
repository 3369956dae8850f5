/**
 * `npx tsx bench/dom-compare.ts [pages]` (after `npm install --no-save jsdom@26`, or with
 * `JSDOM_FROM=<folder with node_modules/jsdom>`): Readability on linkedom (what we use)
 * against Readability on jsdom, the DOM Readability is tested with. Both read the
 * hand-made pages of `tests/html/` and the benchmark pages, taken in turns; prints
 * CPU time per page for each and how often the two give the same text. jsdom 27+
 * needs Node 22; 26 is the last for Node 20.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadReference } from "../src/data/load.ts";
import { markedArticle, paragraphText, readHtmlPage, withoutInertMarkup } from "../src/read/html.ts";
import { writeHtmlCorpus } from "./html-pages.ts";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(path.join(process.env.JSDOM_FROM ?? root, "package.json"));
const { JSDOM } = require("jsdom") as { JSDOM: new (html: string) => { window: { document: unknown } } };
const { Readability } = require("@mozilla/readability") as typeof import("@mozilla/readability");

const count = Number(process.argv[2] ?? 300);
const folder = mkdtempSync(path.join(tmpdir(), "calltrail-dom-compare-"));
writeHtmlCorpus(count, folder, 1, loadReference());
const handMade = readdirSync(path.join(root, "tests/html"))
  .filter((f) => f.endsWith(".html"))
  .map((f) => path.join(root, "tests/html", f));
const pages = [...handMade, ...readdirSync(folder).map((f) => path.join(folder, f))].map((file) => readFileSync(file, "utf8"));
rmSync(folder, { recursive: true, force: true });

const NOT_ARTICLE =
  "script,style,noscript,template,svg,math,iframe,frame,object,embed,canvas,nav,aside,footer,button,select,textarea,input,meta,link,base";
/** Readability on jsdom, with the same pruning and options as src/read/html.ts. */
function jsdomReadability(html: string): string | null {
  const { document } = new JSDOM(html).window as unknown as { document: { querySelectorAll(s: string): Iterable<{ remove(): void }> } };
  for (const element of [...document.querySelectorAll(NOT_ARTICLE)]) element.remove();
  const article = new Readability(document as never, {
    serializer: (node) => node,
    keepClasses: true,
    disableJSONLD: true,
    charThreshold: 250,
  }).parse();
  return article?.content ? paragraphText(article.content) || null : null;
}
/** The same reading as src/read/html.ts (the page's <article> first, then the whole page), on jsdom; without the metadata, which our side reads too. */
function withJsdom(html: string): string {
  const page = withoutInertMarkup(html);
  const article = markedArticle(page);
  const title = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i.exec(page)?.[0] ?? "";
  let text = article ? jsdomReadability(`<html><head>${title}</head><body>${article}</body></html>`) : null;
  if (!text || text.length < 250) text = jsdomReadability(page) ?? text;
  return text ?? "";
}
const withLinkedom = (html: string) => {
  const page = readHtmlPage(html);
  return "text" in page ? page.text : "";
};

const cpu = (read: (html: string) => string) => {
  const before = process.cpuUsage();
  const texts = pages.map(read);
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000 / pages.length, texts };
};
// Warm-up, then three rounds in turns.
cpu(withLinkedom);
cpu(withJsdom);
const rounds = [0, 1, 2].map(() => ({ linkedom: cpu(withLinkedom), jsdom: cpu(withJsdom) }));
const best = (name: "linkedom" | "jsdom") => Math.min(...rounds.map((r) => r[name].ms));
const { linkedom, jsdom } = rounds[0]!;
const same = linkedom.texts.filter((text, i) => text === jsdom.texts[i]).length;
const handSame = handMade.filter((_, i) => linkedom.texts[i] === jsdom.texts[i]).length;
process.stdout.write(`${pages.length} pages (${handMade.length} hand-made, ${count} benchmark)\n`);
process.stdout.write(`linkedom: ${best("linkedom").toFixed(2)} ms a page (CPU), ${Math.round(1000 / best("linkedom"))} pages/s\n`);
process.stdout.write(`jsdom:    ${best("jsdom").toFixed(2)} ms a page (CPU), ${Math.round(1000 / best("jsdom"))} pages/s\n`);
process.stdout.write(`same text: ${same} of ${pages.length} pages (hand-made: ${handSame} of ${handMade.length})\n`);
for (const [i, file] of handMade.entries())
  if (linkedom.texts[i] !== jsdom.texts[i]) process.stdout.write(`  differs: ${path.basename(file)}\n`);
