import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildSite, checkLinks, filesUnder } from "./helpers/build.ts";

const site = await buildSite({ search: true });
const read = (file: string) => readFileSync(path.join(site, file), "utf8");
const CALL = "calls/2021-12-20-modi-putin/index.html";

test("the default site has every page the archive needs", () => {
  const files = filesUnder(site);
  const json = JSON.parse(read("calls.json")) as { calls: { id: string; date: string; topics: string[]; participants: string[] }[] };
  assert.equal(json.calls.length, 3);
  for (const call of json.calls) {
    assert.ok(files.includes(`calls/${call.id}/index.html`), `page for ${call.id}`);
    assert.ok(files.includes(`calls/${call.id}.json`), `record for ${call.id}`);
    assert.ok(files.includes(`years/${call.date.slice(0, 4)}/index.html`), `year page for ${call.id}`);
  }
  const topics = new Set(json.calls.flatMap((c) => c.topics));
  assert.ok(topics.size > 0, "the default calls have topics");
  for (const slug of topics) assert.ok(files.includes(`topics/${slug}/index.html`), `page for topic ${slug}`);
  for (const page of [
    "index.html",
    "topics/index.html",
    "people/index.html",
    "people/modi/index.html",
    "people/putin/index.html",
    "search/index.html",
    "404.html",
  ]) {
    assert.ok(files.includes(page), page);
  }
  for (const file of ["calls.csv", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "css/site.css", "pagefind/pagefind-ui.js"])
    assert.ok(files.includes(file), file);
  // Counts in prose agree with their number: "1 call", never "1 calls".
  for (const file of files.filter((f) => f.endsWith(".html"))) assert.doesNotMatch(read(file), /\b1 (?:phone )?calls\b/, file);
});

test("the timeline lists calls newest first with the gap since the previous call, a chart and a table", () => {
  const html = read("index.html");
  const links = [...html.matchAll(/<h3 class="call-title"><a href="\/calls\/([^/]+)\/"/g)].map((m) => m[1]);
  assert.deepEqual(links, ["2024-01-15-modi-putin", "2021-12-20-modi-putin", "2019-01-07-modi-putin"]);
  assert.match(html, /<h2 id="y2024">2024<\/h2>/);
  assert.match(html, /756 days after the previous call/);
  assert.match(html, /<svg class="chart"[^>]*role="img" aria-labelledby="chart-title chart-desc"/);
  assert.match(html, /<th scope="row"><a href="\/years\/2021\/">2021<\/a><\/th><td>1<\/td>/);
  for (const year of ["2019", "2021", "2024"]) assert.match(html, new RegExp(`href="/years/${year}/"`));
  assert.doesNotMatch(html, /<script/, "the timeline needs no JavaScript");
});

test("a call page has the headline, weekday, offices, initiator, quotes by speaker, sources, evidence and a citation", () => {
  const html = read(CALL);
  assert.match(html, /<h1>Narendra Modi and Vladimir Putin spoke by phone on Monday, 20 December 2021<\/h1>/);
  assert.match(html, /<a href="\/people\/modi\/">Narendra Modi<\/a>, Prime Minister of India/);
  assert.match(html, /<a href="\/people\/putin\/">Vladimir Putin<\/a>, President of Russia/);
  assert.match(html, /<dt>Placed by<\/dt>\s*<dd>Vladimir Putin<\/dd>/);
  assert.match(html, /href="\/topics\/fertilizers\/"/);
  assert.match(html, /<h3>Narendra Modi<\/h3>\s*<figure class="quote">/);
  assert.equal([...html.matchAll(/<li id="source-\d+">/g)].length, 2);
  assert.match(html, /<details><summary>Article text<\/summary><div class="article-text"><p>/);
  assert.match(html, /<h2 id="why">Why we think this<\/h2>/);
  assert.match(html, /<dt>Date<\/dt><dd>“[^”]+”<\/dd>/);
  assert.match(
    html,
    new RegExp(
      String.raw`<p class="cite-text">“Phone call: Narendra Modi and Vladimir Putin, Monday, 20 December ` +
        String.raw`2021\.” [^<]+ http:\/\/localhost:8080\/calls\/2021-12-20-modi-putin\/<\/p>`,
    ),
  );
  assert.match(html, /<a rel="prev" href="\/calls\/2019-01-07-modi-putin\/">/);
  assert.match(html, /<a rel="next" href="\/calls\/2024-01-15-modi-putin\/">/);
  assert.match(html, /<meta property="og:type" content="article">/);
  assert.match(html, /<meta name="twitter:card" content="summary">/);
  assert.match(html, /<article class="call">/);
});

test("the record as JSON names its sources and evidence", () => {
  const record = JSON.parse(read("calls/2021-12-20-modi-putin.json")) as {
    id: string;
    url: string;
    sources: { title: string }[];
    evidence: { date?: string };
  };
  assert.equal(record.id, "2021-12-20-modi-putin");
  assert.equal(record.url, "http://localhost:8080/calls/2021-12-20-modi-putin/");
  assert.equal(record.sources.length, 2);
  assert.ok(record.evidence.date);
});

test("topic and person pages list their calls, calls per year and quotes", () => {
  const topic = read("topics/defence/index.html");
  assert.match(topic, /<caption>Calls on this topic per year<\/caption>/);
  assert.match(topic, /href="\/calls\/2021-12-20-modi-putin\/"/);
  assert.match(topic, /<h2 id="topic-quotes">Quotes on Defence<\/h2>/);
  const quotes = [...topic.matchAll(/<blockquote><p>([^<]*)<\/p><\/blockquote>/g)].map((m) => m[1]!);
  assert.ok(quotes.length > 0);
  for (const quote of quotes) assert.match(quote, /defen[cs]e|military|arms|weapon/i, "only quotes on the topic");
  const person = read("people/putin/index.html");
  assert.match(person, /<li>President of Russia, [^<]+ to present<\/li>/);
  assert.equal([...person.matchAll(/<h3 class="call-title">/g)].length, 3);
});

test("the CSV export has a header and one row per call, with absolute links", () => {
  const lines = read("calls.csv").split("\r\n").filter(Boolean);
  assert.equal(lines[0], "id,date,participants,initiator,topics,sources,quotes,url");
  assert.equal(lines.length, 4);
  assert.match(lines[2]!, /^2021-12-20-modi-putin,2021-12-20,Narendra Modi; Vladimir Putin,Vladimir Putin,/);
});

test("robots.txt points at the sitemap, which lists every call", () => {
  assert.match(read("robots.txt"), /^Sitemap: http:\/\/localhost:8080\/sitemap\.xml$/m);
  const sitemap = read("sitemap.xml");
  for (const id of ["2019-01-07-modi-putin", "2021-12-20-modi-putin", "2024-01-15-modi-putin"])
    assert.match(sitemap, new RegExp(`<loc>http://localhost:8080/calls/${id}/</loc>`));
});

test("every internal link and asset resolves", () => {
  const { checked, broken } = checkLinks(site);
  assert.deepEqual(broken, []);
  assert.ok(checked > 50, `links were checked (${checked})`);
});

test("hosted under a sub-path, every internal link, feed and search path carries the prefix and resolves", async () => {
  const prefixed = await buildSite({ pathPrefix: "/india-russia-calls/", search: true });
  const { checked, broken } = checkLinks(prefixed, "/india-russia-calls/");
  assert.deepEqual(broken, []);
  assert.ok(checked > 50, `links were checked (${checked})`);
  const readPrefixed = (file: string) => readFileSync(path.join(prefixed, file), "utf8");
  assert.match(readPrefixed("feed.xml"), /<link href="http:\/\/localhost:8080\/india-russia-calls\/calls\/2024-01-15-modi-putin\/"/);
  assert.match(readPrefixed("feed.json"), /"url": "http:\/\/localhost:8080\/india-russia-calls\/calls\//);
  assert.match(readPrefixed("search/index.html"), /data-base="\/india-russia-calls\/"/);
  assert.match(readPrefixed("robots.txt"), /Sitemap: http:\/\/localhost:8080\/india-russia-calls\/sitemap\.xml/);
});

test("every page path is made of lower-case letters, digits and hyphens", () => {
  // `_redirects` is the one fixed name hosts require (Netlify, Cloudflare Pages).
  const pages = filesUnder(site).filter(
    (f) => !f.startsWith("pagefind/") && !f.startsWith("css/") && !f.startsWith("js/") && f !== "_redirects",
  );
  for (const file of pages) assert.match(file, /^(?:[a-z0-9-]+\/)*[a-z0-9-]+\.(?:html|json|csv|xml|txt|svg)$/, file);
});
