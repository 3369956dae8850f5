/**
 * Saved web pages as articles: the hand-made pages in `tests/html/` (one for
 * each shape common publishing systems produce, see its README), the
 * metadata order, time zones, charsets, and the limits on hostile pages.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { extractArticle } from "../src/extract/extract-article.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { decodePage } from "../src/read/charset.ts";
import { markedArticle, markupShape, MAX_NESTING, metadataDocument, readHtmlPage, withoutInertMarkup } from "../src/read/html.ts";
import { publicationDate } from "../src/read/html-metadata.ts";
import { listArticleFiles, parseArticle } from "../src/read/read-articles.ts";
import { extractor, knownTopics, projectRoot } from "./helpers/extract.ts";

const TODAY = "2026-11-22";
const pagesDir = path.join(projectRoot, "tests/html");
const hostileDir = path.join(projectRoot, "tests/hostile");
const encode = (text: string) => new TextEncoder().encode(text);
const read = (file: string, bytes: Uint8Array = readFileSync(file)) => parseArticle(file, bytes, knownTopics, TODAY);
const extract = (file: string) => {
  const source = read(file);
  assert.equal(source.error, undefined, `${file}: ${source.error?.message}`);
  return { source, article: extractArticle(source, extractor) };
};

/** What each page must give: its metadata, the call it reports, text it must and must not show. */
const PAGES: {
  file: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  callDate: string | null;
  has: string;
  hasNot: string[];
}[] = [
  {
    file: "wordpress-og.html",
    title: "Modi and Putin talk grain and payments by phone",
    publisher: "The Deccan Ledger",
    url: "https://deccanledger.example/2023/03/14/modi-putin-phone-grain-payments/",
    // 00:40 in India on the 14th is the 13th in UTC: "yesterday" counts from the 14th.
    published: "2023-03-14",
    callDate: "2023-03-13",
    has: "spoke on the telephone yesterday",
    hasNot: ["Skip to content", "Recent Posts", "Proudly powered", "Leave a comment", "wp-emoji", "Monsoon outlook"],
  },
  {
    file: "jsonld-only.html",
    title: "Putin and Modi discuss energy ties in phone call",
    publisher: "Northern Courier",
    url: "https://northerncourier.example/world/india-russia-energy-call-8812",
    // datePublished, not the later dateModified.
    published: "2022-07-02",
    callDate: "2022-07-01",
    has: "held a telephone conversation with Indian Prime Minister",
    hasNot: ["More from World", "Port strike", "Markets"],
  },
  {
    file: "amp.html",
    title: "PM speaks to Putin, calls for dialogue",
    publisher: "East Wire",
    url: "https://www.eastwire.example/india/pm-speaks-to-putin-calls-for-dialogue-1203.html",
    published: "2022-02-24",
    callDate: "2022-02-24",
    has: "appealed for an immediate end to the violence",
    hasNot: ["amp-start", "Privacy", "ampproject"],
  },
  {
    file: "time-only.html",
    title: "Call between leaders on pandemic and vaccines",
    publisher: null,
    url: null,
    published: "2021-04-28",
    callDate: "2021-04-28",
    has: "held a phone conversation today",
    hasNot: ["Most read", "Water tariffs", "Front page"],
  },
  {
    file: "no-metadata.html",
    title: "Modi, Putin speak on phone",
    publisher: null,
    url: null,
    published: null,
    callDate: null,
    has: "spoke by telephone on Monday, March 15, 2021",
    hasNot: [],
  },
  {
    file: "aspnet-form.html",
    // Only <title> names it; the whole page sits in one ASP.NET <form>.
    title: "PM, Russian President speak on phone - Capital Chronicle",
    publisher: null,
    url: null,
    published: null,
    callDate: null,
    has: "reviewed defence cooperation between the two countries",
    hasNot: ["VIEWSTATE", "wEPDw", "Cities", "Copyright Capital Chronicle"],
  },
  {
    file: "broken-jsonld.html",
    title: "Modi and Putin speak on oil and Ukraine",
    publisher: "Coastal Times",
    url: "https://coastaltimes.example/news/modi-putin-oil-ukraine",
    published: "2023-12-09",
    callDate: "2023-12-08",
    has: "he had a good conversation by phone with President Vladimir Putin",
    hasNot: ["unescaped"],
  },
];

for (const page of PAGES) {
  test(`${page.file}: title, outlet, link and publication date from the page, and its main text`, () => {
    const { source, article } = extract(path.join(pagesDir, page.file));
    assert.equal(article.title, page.title);
    assert.equal(article.publisher, page.publisher);
    assert.equal(article.url, page.url);
    assert.equal(article.published, page.published);
    assert.ok(article.isCall, "a call");
    assert.deepEqual(
      article.participants.map((p) => p.name),
      ["Narendra Modi", "Vladimir Putin"],
    );
    if (page.callDate) assert.equal(article.callDate.date, page.callDate);
    assert.ok(source.body.includes(page.has), source.body);
    for (const furniture of page.hasNot)
      assert.ok(!source.body.includes(furniture), `"${furniture}" is page furniture, not article text:\n${source.body}`);
    assert.doesNotMatch(source.body, /[<>]/, "only text leaves the reader");
  });
}

test("broken JSON-LD is reported, and Open Graph gives the fields instead", () => {
  const { article } = extract(path.join(pagesDir, "broken-jsonld.html"));
  assert.ok(
    article.warnings.some((w) => /JSON-LD block 1 of 1 is not valid JSON/.test(w.message)),
    JSON.stringify(article.warnings),
  );
});

test("the data interface gives title, publisher, url, published and format for every article", () => {
  const output = toExtractOutput(
    runPipeline({
      inputs: [
        pagesDir,
        path.join(projectRoot, "tests/corpus/06-fertiliser-energy-call-july2022.txt"),
        path.join(projectRoot, "tests/corpus/90-md-blockquote-post-no-marks.md"),
      ],
      extractor,
      cache: false,
    }),
  );
  const byName = new Map(output.articles.map((a) => [path.basename(a.file), a]));
  const og = byName.get("wordpress-og.html")!;
  assert.deepEqual(
    { title: og.title, publisher: og.publisher, url: og.url, published: og.published, format: og.format },
    { title: PAGES[0]!.title, publisher: "The Deccan Ledger", url: PAGES[0]!.url, published: "2023-03-14", format: "html" },
  );
  assert.equal(byName.get("06-fertiliser-energy-call-july2022.txt")!.format, "text");
  assert.equal(byName.get("90-md-blockquote-post-no-marks.md")!.format, "markdown");
  for (const entry of output.articles)
    for (const key of ["title", "publisher", "url", "published", "format"]) assert.ok(key in entry, `${entry.file} has ${key}`);
});

test("front matter at the top of a page wins over the page's metadata", () => {
  const page = readFileSync(path.join(pagesDir, "wordpress-og.html"));
  const bytes = Buffer.concat([
    Buffer.from("---\npublisher: Ledger Weekly\npublished: 2023-03-15\nurl: https://ledger.example/x\n---\n"),
    page,
  ]);
  const source = read("with-front-matter.html", bytes);
  assert.equal(source.error, undefined);
  assert.deepEqual(
    { publisher: source.frontMatter.publisher, url: source.frontMatter.url, published: source.published, title: source.frontMatter.title },
    { publisher: "Ledger Weekly", url: "https://ledger.example/x", published: "2023-03-15", title: PAGES[0]!.title },
  );
});

test("a <title> loses the outlet's name at its end when the page names its outlet", () => {
  const page = (title: string, site: string) =>
    `<html><head><title>${title}</title>${site ? `<meta property="og:site_name" content="${site}">` : ""}</head><body><p>Modi ` +
    `and Putin spoke by phone on Monday about trade and energy, officials ` +
    `said.</p></body></html>`;
  const titleOf = (title: string, site: string) => read("t.html", encode(page(title, site))).frontMatter.title;
  assert.equal(titleOf("Leaders speak by phone – The Ledger", "The Ledger"), "Leaders speak by phone");
  assert.equal(titleOf("Leaders speak by phone | the ledger", "The Ledger"), "Leaders speak by phone");
  assert.equal(titleOf("Leaders speak by phone - Other", "The Ledger"), "Leaders speak by phone - Other");
  assert.equal(titleOf("The Ledger", "The Ledger"), "The Ledger");
  assert.equal(titleOf("Leaders speak - The Ledger", ""), "Leaders speak - The Ledger");
});

test("a publication date is the calendar date where the page was published, not in UTC", () => {
  assert.equal(publicationDate("2024-01-16T00:30:00+05:30"), "2024-01-16");
  assert.equal(publicationDate("2024-01-15T23:30:00-08:00"), "2024-01-15");
  assert.equal(publicationDate("2024-01-15T19:00:00Z"), "2024-01-15");
  assert.equal(publicationDate("2024-01-16"), "2024-01-16");
  assert.equal(publicationDate("2024-01-16 00:30:00"), "2024-01-16");
  assert.equal(publicationDate("Tue, 16 Jan 2024 00:30:00 +0530"), "2024-01-16");
  assert.equal(publicationDate("yesterday"), null);
  assert.equal(publicationDate("2024-02-30"), null);
});

test("'today' counts from the page's own date: 00:30 in India on the 16th anchors the 16th", () => {
  const page = (stamp: string) =>
    encode(
      `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" ` +
        `content="${stamp}"></head><body><article><p>Prime Minister Narendra Modi spoke by ` +
        `telephone today with Russian President Vladimir Putin about trade and energy, the ` +
        `Ministry of External Affairs said in a statement issued late at night.</p><p>The two ` +
        `leaders agreed to stay in touch, the statement added.</p></article></body></html>`,
    );
  const callDate = (stamp: string) => extractArticle(read("tz.html", page(stamp)), extractor).callDate.date;
  assert.equal(callDate("2024-01-16T00:30:00+05:30"), "2024-01-16");
  assert.equal(callDate("2024-01-15T19:00:00Z"), "2024-01-15");
});

test("Russian pages are decoded by their declared charset (windows-1251, KOI8-R), and a byte order mark wins", () => {
  const title = "Путин и Моди провели телефонный разговор";
  for (const name of ["russian-windows-1251.html", "russian-koi8-r.html", "bom-wins.html"]) {
    const source = read(path.join(hostileDir, name));
    assert.equal(source.error, undefined, name);
    assert.equal(source.frontMatter.title, title, name);
    assert.equal(source.frontMatter.publisher, "Вечерний вестник", name);
    assert.ok(source.body.includes("Президент России Владимир Путин"), name);
  }
  assert.match(
    read(path.join(hostileDir, "bom-wins.html")).warnings[0]!.message,
    /declares windows-1251 but starts with a UTF-8 byte order mark, which wins/,
  );
});

test("charset problems name the page and what is wrong", () => {
  assert.match(
    read(path.join(hostileDir, "charset-mismatch.html")).warnings[0]!.message,
    /declares windows-1251 but its bytes are UTF-8; read as UTF-8/,
  );
  const bad = read(path.join(hostileDir, "bad-utf8.html")).error!;
  assert.deepEqual(bad, { message: "the page declares UTF-8 but is not valid UTF-8 (first bad byte on line 9)", line: 9 });
  const undeclared = decodePage(new Uint8Array([...encode("<html><body><p>"), 0xcf, 0xf3, ...encode("</p></body></html>")]));
  assert.ok("error" in undeclared && /declares no charset and is not valid UTF-8/.test(undeclared.error));
  const unknown = decodePage(encode(`<meta charset="x-martian"><body><p>hello</p></body>`));
  assert.ok("text" in unknown && /unknown charset "x-martian"; read as UTF-8/.test(unknown.warnings[0]!));
  // UTF-16 with its byte order mark.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<html><body><p>Путин</p></body></html>", "utf16le")]);
  const decoded = decodePage(utf16);
  assert.ok("text" in decoded && decoded.text.includes("Путин") && decoded.encoding === "utf-16le");
});

test("a page nested 100,000 elements deep is refused at once, naming the limit", () => {
  const html = `<html><body>${"<div>".repeat(100_000)}deep${"</div>".repeat(100_000)}</body></html>`;
  const started = performance.now();
  const source = read("deep.html", encode(html));
  assert.ok(performance.now() - started < 2000, "refused before parsing");
  assert.equal(
    source.error!.message,
    `the page nests elements 100000 deep, over the limit of ${MAX_NESTING}; not read (a saved news page nests a few dozen)`,
  );
});

test("a page of 100,000 elements, a page over 2 MB and a page with no <body> are refused with a clear message", () => {
  const many = `<html><body>${"<span>x</span>".repeat(100_000)}</body></html>`;
  assert.match(read("many.html", encode(many)).error!.message, /the page has 100,002 elements, over the limit of 50,000/);
  const big = `<html><body>${"<p>Modi and Putin spoke on the phone.</p>".repeat(60_000)}</body></html>`;
  assert.match(read("big.html", encode(big)).error!.message, /file is 2\.3 MB, over the 2 MB limit/);
  assert.match(read(path.join(hostileDir, "no-body.html")).error!.message, /the page has no <body>/);
});

test("the nesting count follows HTML: void elements, optional end tags, comments and script text do not nest", () => {
  assert.deepEqual(markupShape("<html><body><div><p>a<p>b<br><img src=x><div>c</div></div></body></html>"), {
    elements: 8,
    depth: 2,
    hasBody: true,
  });
  assert.equal(markupShape(`<body><script>${"<div>".repeat(500)}</script><!-- ${"<div>".repeat(500)} --></body>`).depth, 0);
  assert.equal(markupShape(`<body>${"<li>".repeat(500)}</body>`).depth, 0);
});

test("a hostile page gives only its text: no script, handler, frame, javascript:/data: link, <base> or refresh target", () => {
  const { source, article } = extract(path.join(hostileDir, "hostile-page.html"));
  assert.doesNotMatch(source.body, /alert|attacker|document\.|<|>/);
  assert.ok(source.body.includes("telephoned Russian President Vladimir Putin on Thursday"));
  assert.equal(article.url, null, "javascript:, data: and relative links are refused");
  assert.ok(
    article.warnings.some((w) =>
      /the page's link "javascript:alert\('jsonld-url'\)" is not an absolute http\(s\) address; ignored/.test(w.message),
    ),
  );
  assert.equal(article.callDate.date, "2020-07-02");
});

test("a page Readability finds no article in is read from its whole body", () => {
  const page = readHtmlPage("<html><body><div>Modi and Putin spoke by phone.</div></body></html>");
  assert.ok("text" in page && page.text === "Modi and Putin spoke by phone.");
  const empty = readHtmlPage("<html><body><div> </div><script>x()</script></body></html>");
  assert.deepEqual(empty, { error: "the page has no text to read in its <body>" });
});

test("a saved page and a .txt of the same story, read together, become one call with the page's outlet, link and date", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-html-txt-"));
  writeFileSync(path.join(dir, "page.html"), readFileSync(path.join(pagesDir, "wordpress-og.html")));
  writeFileSync(
    path.join(dir, "copy.txt"),
    " date 2023-03-14 Modi, Putin discuss food supplies\nNarendra Modi and Vladimir Putin held " +
      "a phone call on Monday about fertiliser shipments and trade settled in rupees and " +
      "roubles, officials in New Delhi said.\n",
  );
  const archive = runPipeline({ inputs: [dir], extractor, cache: false });
  assert.equal(archive.calls.length, 1, JSON.stringify(archive.statuses));
  const [call] = archive.calls;
  assert.equal(call!.id, "2023-03-13-modi-putin");
  assert.equal(call!.sources.length, 2);
  const fromPage = call!.sources.find((s) => s.file.endsWith("page.html"))!;
  assert.deepEqual(
    { publisher: fromPage.publisher, url: fromPage.url, published: fromPage.published },
    { publisher: "The Deccan Ledger", url: PAGES[0]!.url, published: "2023-03-14" },
  );
});

test("the folder a browser saves with a complete page (story_files/) is not read as articles; other folders are", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "calltrail-saved-complete-"));
  writeFileSync(path.join(dir, "story.html"), "<html><body><p>x</p></body></html>");
  mkdirSync(path.join(dir, "story_files"));
  writeFileSync(path.join(dir, "story_files", "app.js"), "x()");
  mkdirSync(path.join(dir, "other_files"));
  writeFileSync(path.join(dir, "other_files", "note.txt"), "text");
  assert.deepEqual(
    listArticleFiles([dir]).map((f) => path.relative(dir, f)),
    ["other_files/note.txt", "story.html"],
  );
});

const STORY_PARAGRAPHS = [
  "Prime Minister Narendra Modi spoke by telephone with Russian President Vladimir Putin on Monday about trade, energy and the supply of fertilisers.",
  "The two leaders also reviewed preparations for the annual summit and agreed that their officials would stay in close touch in the weeks ahead.",
  "Putin thanked Modi for the warm wishes he had sent earlier, and the Indian side said that both leaders had welcomed the growth in bilateral trade.",
];
const paragraphsHtml = STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("");

test("the page's own <article> is read when it marks one: among several, the one with the most paragraphs", () => {
  const teaser = (n: number) => `<article class="card"><h3>Teaser ${n}</h3><p>Short teaser text ${n}.</p></article>`;
  const page =
    `<html><head><title>Call</title></head><body>${teaser(1)}<article ` +
    `class="story"><h1>Call</h1>${paragraphsHtml}</article>${teaser(2)}${teaser(3)}</body></html>`;
  assert.match(markedArticle(page)!, /^<article class="story">/);
  const result = readHtmlPage(page);
  assert.ok("text" in result && result.text.split("\n").join(" ").includes(STORY_PARAGRAPHS.join(" ")), JSON.stringify(result));
  assert.ok("text" in result && !result.text.includes("Teaser"));
  assert.equal(markedArticle("<body><article><p>one</p></article></body>"), null, "one paragraph is a teaser, not an article");
});

test("an <article> that holds only the headline: the whole page is read instead", () => {
  const page =
    `<html><head><title>Call</title></head><body><article><h1>Modi and Putin speak</h1><p>By ` +
    `our reporter</p><p>New Delhi</p></article><div ` +
    `class="body">${paragraphsHtml}</div></body></html>`;
  const result = readHtmlPage(page);
  assert.ok("text" in result && result.text.includes(STORY_PARAGRAPHS[1]!), JSON.stringify(result));
});

test("metadata outside the article and in the body (JSON-LD, <time>, canonical) is still read", () => {
  const page =
    `<html lang="en-GB"><head><title>Call - Wire</title></head><body><div class="top"><time ` +
    `datetime="2021-01-05T09:00:00+05:30">5 ` +
    `Jan</time></div><article>${paragraphsHtml}</article><link rel="canonical" ` +
    `href="https://wire.example/call"><script ` +
    `type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Wire"},"headline":"A ` +
    `</p> in a <article> headline"}</script></body></html>`;
  const result = readHtmlPage(page);
  assert.ok("metadata" in result);
  assert.deepEqual(result.metadata, {
    title: "A </p> in a <article> headline",
    publisher: "Wire",
    url: "https://wire.example/call",
    published: "2021-01-05T09:00:00+05:30",
    language: "en-GB",
    author: null,
  });
  assert.match(metadataDocument(page), /^<html lang="en-GB"><head><title>Call - Wire<\/title>/);
});

test("scripts, styles and comments are dropped before parsing; JSON-LD stays whole, markup in its strings included", () => {
  const page =
    `<head><script>var a = "<article>";</script><style>p{}</style><!-- <article> --><script ` +
    `type="application/ld+json">{"name":"<script>x</script>"}</script></head>`;
  assert.equal(withoutInertMarkup(page), `<head><script type="application/ld+json">{"name":"<script>x</script>"}</script></head>`);
});
