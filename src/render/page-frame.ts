/**
 * The page frame every page is rendered into: head metadata (canonical link,
 * feeds, Open Graph and Twitter cards), the site header with its search form,
 * and the footer. Written in TypeScript because it runs once per page, and at
 * 5,000 pages Nunjucks' per-render set-up cost more than the frame itself.
 * The paginated page templates call `pageFrame` themselves rather than going
 * through Eleventy's layout step (see `src/site/call.11ty.ts`); the Nunjucks
 * pages get it through the thin layout `layouts/base.11ty.ts`.
 */
import { html, trustedHtml } from "./html.ts";
import { absolute } from "./urls.ts";

/** What a user says about the site in `content/data/site.yaml` (see `site-metadata.ts`). */
export interface SiteMetadata {
  name: string;
  title: string;
  description: string;
  /** The host's origin, without a trailing slash: `SITE_URL`, or the file's `origin`. */
  origin: string;
}

/** The site as pages see it: its metadata, and its root with any path prefix. */
export interface Site extends SiteMetadata {
  /** The site's root path with any path prefix: "/", "/india-russia-calls/". */
  root: string;
  /** The absolute address of `root`, for feeds, the sitemap, canonical links and "Cite this". */
  base: string;
}

/** What the frame needs from a page. */
export interface Frame {
  content: string;
  site: Site;
  page: { url: string };
  title?: string;
  description?: string;
  ogType?: string;
  stylesheet?: string;
  /** The page's canonical address when it is not its own (a moved call's old address: the new one). */
  canonical?: string;
  /**
   * Sends the reader on at once, without JavaScript (a moved call's old address). A site path, like links:
   * the HTML base plugin adds any path prefix, and it works without SITE_URL.
   */
  refreshTo?: string;
  /** `<meta name="robots">`, e.g. "noindex" for a withdrawn call. */
  robots?: string;
}

const NAV = [
  { href: "/", label: "Timeline", current: (url: string) => url === "/" || url.includes("/years/") },
  { href: "/topics/", label: "Topics", current: (url: string) => url.includes("/topics/") },
  { href: "/people/", label: "People", current: (url: string) => url.includes("/people/") },
  { href: "/search/", label: "Search", current: (url: string) => url.includes("/search/") },
];

/** The whole page around `content`. */
export function pageFrame(data: Frame): string {
  const { site, page } = data;
  const canonical = absolute(site.base, data.canonical ?? page.url);
  const title = data.title ? `${data.title} · ${site.name}` : `${site.name}: ${site.title}`;
  const description = data.description || site.description;
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <meta name="description" content="${description}">
  <link rel="canonical" href="${canonical}">
  ${data.refreshTo ? html`<meta http-equiv="refresh" content="0; url=${data.refreshTo}">` : null}
  ${data.robots ? html`<meta name="robots" content="${data.robots}">` : null}
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/css/site.css">
  <link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="/feed.xml">
  <link rel="alternate" type="application/feed+json" title="${site.title} (JSON Feed)" href="/feed.json">
  ${data.stylesheet ? html`<link rel="stylesheet" href="${data.stylesheet}">` : null}
  <meta property="og:site_name" content="${site.name}">
  <meta property="og:title" content="${data.title || site.title}">
  <meta property="og:description" content="${description}">
  <meta property="og:type" content="${data.ogType || "website"}">
  <meta property="og:url" content="${canonical}">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:title" content="${data.title || site.title}">
  <meta name="twitter:description" content="${description}">
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="site-title" href="/">${site.name}</a>
    <nav aria-label="Site">
      <ul>
        ${NAV.map((item) => html`<li><a href="${item.href}"${item.current(page.url) ? html` aria-current="page"` : null}>${item.label}</a></li>`)}
      </ul>
    </nav>
    ${
      page.url.includes("/search/")
        ? null
        : html`<form class="search-box" role="search" action="/search/" method="get">
      <label for="site-search">Search calls</label>
      <input id="site-search" type="search" name="q" autocomplete="off">
      <button type="submit">Search</button>
    </form>`
    }
  </header>
  <main id="main" tabindex="-1">
    ${trustedHtml(data.content)}
  </main>
  <footer class="site-footer">
    <p>Phone calls between the leaders of India and Russia, as reported by the news articles in this archive. Each call page lists its sources.</p>
    <ul class="footer-links">
      <li><a href="/calls.json">All calls (JSON)</a></li>
      <li><a href="/calls.csv">All calls (CSV)</a></li>
      <li><a href="/feed.xml">Atom feed</a></li>
      <li><a href="/feed.json">JSON Feed</a></li>
      <li><a href="/report/">Build report</a></li>
    </ul>
  </footer>
</body>
</html>
`.markup;
}
