/**
 * Saved web pages for the HTML-reading benchmark: the synthetic text corpus
 * (`bench/corpus/`) put into pages in three shapes publishing systems produce
 * (a WordPress theme with Open Graph, a CMS with a JSON-LD `@graph`, an AMP
 * page), each with the furniture a saved page carries: menus, sidebars,
 * teaser cards, footers, inline styles and scripts, and one page in four
 * with a 120 KB inline data blob as script-heavy sites embed. The JSON-LD
 * shape marks no `<article>`, so a third of the pages take the slower path
 * (Readability over the whole page).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Reference } from "../src/data/load.ts";
import { parseArticle } from "../src/read/read-articles.ts";
import { generateCorpus } from "./corpus/generate.ts";
import { seededRandom } from "./corpus/prng.ts";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A menu of links, as headers, sidebars and footers hold. */
const menu = (label: string, count: number, offset: number) => {
  const item = (i: number) => `<li class="menu-item"><a href="/section/${label}-${i + offset}/">Section ${label} ${i + offset}</a></li>`;
  return `<ul class="menu menu-${label}">${Array.from({ length: count }, (_, i) => item(i)).join("")}</ul>`;
};

/** Inline script text of about `kb` kilobytes (tracking, settings, hydration data). */
const scriptBlob = (kb: number) =>
  `window.__DATA__ = ` +
  `${JSON.stringify({ items: Array.from({ length: Math.ceil((kb * 1024) / 40) }, (_, i) => ({ id: i, slug: `story-${i}`, seen: i % 3 === 0 })) })};`;

/** Teaser cards for other stories, as `<article>` elements the way many themes mark them. */
const teasers = (count: number, n: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<article class="card"><a href="/story/${n + i + 1}/"><img src="/img/${n + i + 1}.jpg" ` +
      `alt=""><h3>Another story, number ${n + i + 1}</h3></a><p class="card-meta">2 hours ` +
      `ago</p></article>`,
  ).join("");

const STYLE = `<style>${".post .entry-content p{margin:0 0 1em;line-height:1.6}.site-header{display:flex;gap:1rem}".repeat(40)}</style>`;

interface Story {
  title: string;
  published: string | null;
  paragraphs: string[];
  n: number;
}

function wordpress(s: Story, heavy: boolean): string {
  const url = `https://ledger${s.n % 7}.example/${s.published ?? "2020-01-01"}/story-${s.n}/`;
  return [
    `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${escape(s.title)} – Ledger</title>`,
    `<link rel="canonical" href="${url}"><meta property="og:type" content="article">` +
      `<meta property="og:title" content="${escape(s.title)}"><meta property="og:url" content="${url}">` +
      `<meta property="og:site_name" content="Ledger ${s.n % 7}">`,
    `${s.published ? `<meta property="article:published_time" content="${s.published}T08:15:00+05:30">` : ""}`,
    `${STYLE}<script src="/wp-includes/js/jquery.min.js"></script><script>${scriptBlob(heavy ? 120 : 8)}</script>` + `</head>`,
    `<body class="post-template-default single single-post"><div id="page" class="site">` +
      `<a class="skip-link screen-reader-text" href="#content">Skip to content</a>`,
    `<header id="masthead" class="site-header"><p class="site-title"><a href="/">Ledger</a></p>` +
      `<nav class="main-navigation">${menu("main", 120, 0)}</nav></header>`,
    `<div id="content" class="site-content"><main id="main"><article class="post type-post status-publish">` +
      `<header class="entry-header"><h1 class="entry-title">${escape(s.title)}</h1>`,
    `<div class="entry-meta"><span class="byline">By Staff</span></div></header><div class="entry-content">` +
      `${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}</div>`,
    `<footer class="entry-footer"><span class="cat-links"><a href="/category/world/">World</a></span></footer>` + `</article>`,
    `<section class="related"><h2>Related</h2>${teasers(8, s.n)}</section><div id="comments"><h2>` +
      `Leave a comment</h2><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea>` +
      `<input type="submit" value="Post"></form></div></main>`,
    `<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2>` +
      `${menu("recent", 15, s.n)}</section><section class="widget"><h2 class="widget-title">Archives</h2>` +
      `${menu("archive", 24, 0)}</section></aside></div>`,
    `<footer id="colophon" class="site-footer">${menu("footer", 20, 0)}<div class="site-info">&copy; Ledger</div>` +
      `</footer></div><script>${scriptBlob(4)}</script></body></html>`,
  ].join("\n");
}

function jsonLd(s: Story, heavy: boolean): string {
  const url = `https://courier${s.n % 5}.example/world/${s.n}`;
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "Organization", "@id": `${url}#org`, name: `Courier ${s.n % 5}` },
      {
        "@type": "NewsArticle",
        headline: s.title,
        url,
        ...(s.published ? { datePublished: `${s.published}T06:00:00+05:30`, dateModified: `${s.published}T09:00:00+05:30` } : {}),
        publisher: { "@id": `${url}#org` },
      },
    ],
  };
  return [
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(s.title)}</title>` +
      `<script type="application/ld+json">${JSON.stringify(graph).replace(/</g, "\\u003c")}</script>${STYLE}`,
    `<script>${scriptBlob(heavy ? 120 : 6)}</script></head><body><div class="wrap"><div class="top">` +
      `${menu("top", 120, 0)}</div><div class="grid"><div class="col-main"><div class="story">`,
    `<h1>${escape(s.title)}</h1><div class="meta"><span>Courier desk</span></div><div class="story-body">` +
      `${s.paragraphs.map((p) => `<div class="para"><p>${escape(p)}</p></div>`).join("\n")}</div></div>`,
    `<div class="related"><h3>Related</h3>${menu("related", 10, s.n)}</div></div><div class="col-side">` +
      `<div class="ad"><iframe src="/ads/slot-1"></iframe></div>${menu("popular", 12, s.n)}</div></div>`,
    `<div class="footer">${menu("footer", 60, 0)}</div></div></body></html>`,
  ].join("\n");
}

function amp(s: Story, heavy: boolean): string {
  const url = `https://wire${s.n % 3}.example/story/${s.n}.html`;
  const ld = {
    "@context": "http://schema.org",
    "@type": "ReportageNewsArticle",
    headline: s.title,
    url,
    ...(s.published ? { datePublished: `${s.published}T21:30:00+05:30` } : {}),
    publisher: { "@type": "Organization", name: `Wire ${s.n % 3}` },
  };
  return [
    `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">` +
      `<script async src="https://cdn.ampproject.org/v0.js"></script><title>${escape(s.title)}</title>` +
      `<link rel="canonical" href="${url}">`,
    `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, "\\u003c")}</script>` +
      `<style amp-boilerplate>body{animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><style amp-custom>` +
      `${".story{max-width:680px}".repeat(60)}</style>`,
    `${heavy ? `<script type="application/json" id="state">${scriptBlob(120)}</script>` : ""}</head><body>` +
      `<header class="amp-header">${menu("amp", 60, 0)}</header><article class="story"><h1>${escape(s.title)}</h1>`,
    `<amp-img src="/img/${s.n}.jpg" width="1280" height="720" layout="responsive"></amp-img>` +
      `${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}<amp-social-share type="twitter">` +
      `</amp-social-share></article>`,
    `<footer>${menu("amp-footer", 10, 0)}</footer></body></html>`,
  ].join("\n");
}

const SHAPES = [wordpress, jsonLd, amp];

/** Writes `count` saved pages into `folder`; returns their total size in bytes. */
export function writeHtmlCorpus(count: number, folder: string, seed: number, reference: Reference): number {
  const textFolder = mkdtempSync(path.join(tmpdir(), "calltrail-html-text-"));
  const random = seededRandom(seed);
  let bytes = 0;
  try {
    generateCorpus(count, textFolder, seed, reference);
    mkdirSync(folder, { recursive: true });
    const files = readdirSync(textFolder)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort();
    files.forEach((name, n) => {
      const source = parseArticle(name, readFileSync(path.join(textFolder, name)), new Set(), "2026-12-31");
      const lines = source.body
        .split("\n")
        .map((l) => l.replace(/^#+\s*|[*_>]/g, "").trim())
        .filter(Boolean);
      const title = source.frontMatter.title ?? lines.shift() ?? `Story ${n}`;
      const story: Story = { title, published: source.published, paragraphs: lines, n };
      const html = SHAPES[n % SHAPES.length]!(story, random.chance(0.25));
      writeFileSync(path.join(folder, `${name.replace(/\.(txt|md)$/, "")}.html`), html);
      bytes += Buffer.byteLength(html);
    });
  } finally {
    rmSync(textFolder, { recursive: true, force: true });
  }
  return bytes;
}
