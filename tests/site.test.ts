import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildSite, checkLinks, filesUnder } from "./helpers/build.ts";

const site = await buildSite();
const read = (file: string) => readFileSync(path.join(site, file), "utf8");

test("the default site has the timeline, a page per call, topic pages and calls.json", () => {
  const files = filesUnder(site);
  const json = JSON.parse(read("calls.json")) as { calls: { id: string; topics: string[] }[] };
  assert.equal(json.calls.length, 3);
  for (const call of json.calls) assert.ok(files.includes(`calls/${call.id}/index.html`), `page for ${call.id}`);
  const topics = new Set(json.calls.flatMap((c) => c.topics));
  assert.ok(topics.size > 0);
  for (const slug of topics) assert.ok(files.includes(`topics/${slug}/index.html`), `page for topic ${slug}`);
  assert.ok(files.includes("index.html"));
  assert.ok(files.includes("topics/index.html"));
  assert.ok(files.includes("css/site.css"), "public/ is copied");
});

test("the timeline lists calls newest first, grouped by year, linking to each call page", () => {
  const html = read("index.html");
  const links = [...html.matchAll(/href="\/calls\/([^/]+)\/"/g)].map((m) => m[1]);
  assert.deepEqual(links, ["2024-01-15-modi-putin", "2021-12-20-modi-putin", "2019-01-07-modi-putin"]);
  assert.match(html, /<h2 id="y2024">2024<\/h2>/);
});

test("a call page shows the weekday, offices, initiator, topics, quotes with speakers and sources", () => {
  const html = read("calls/2021-12-20-modi-putin/index.html");
  assert.match(html, /Monday, 20 December 2021/);
  assert.match(html, /Narendra Modi, Prime Minister of India/);
  assert.match(html, /Vladimir Putin, President of Russia/);
  assert.match(html, /<dt>Placed by<\/dt>\s*<dd>Vladimir Putin<\/dd>/);
  assert.match(html, /href="\/topics\/fertilizers\/"/);
  assert.match(html, /<figcaption>Narendra Modi, as reported by <a href="#source-1">/);
  assert.equal([...html.matchAll(/<li id="source-\d+">/g)].length, 2);
});

test("every internal link and asset resolves", () => {
  const { checked, broken } = checkLinks(site);
  assert.deepEqual(broken, []);
  assert.ok(checked > 50, `links were checked (${checked})`);
});

test("hosted under a sub-path, every internal link carries the prefix and resolves", async () => {
  const prefixed = await buildSite({ pathPrefix: "/india-russia-calls/" });
  const { checked, broken } = checkLinks(prefixed, "/india-russia-calls/");
  assert.deepEqual(broken, []);
  assert.ok(checked > 50, `links were checked (${checked})`);
});
