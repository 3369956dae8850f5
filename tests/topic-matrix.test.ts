import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { shade, topicMatrix, topicMatrixHtml } from "../src/render/topic-matrix.ts";
import { buildSite } from "./helpers/build.ts";
import { reference } from "./helpers/extract.ts";
import { FIXTURE_ARTICLES } from "./helpers/site-shots.ts";

test("shades: none for no calls, four steps up to the busiest cell", () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 8].map((n) => shade(n, 8)),
    [0, 1, 1, 2, 2, 4],
  );
  assert.equal(shade(1, 1), 4);
  assert.equal(shade(0, 0), 0);
});

test("the matrix has every year from first to last, and links only cells with calls, to the page holding that year", () => {
  const matrix = topicMatrix([
    {
      slug: "ukraine",
      label: "Ukraine",
      url: "/topics/ukraine/",
      counts: new Map([
        ["2022", 3],
        ["2024", 1],
      ]),
      yearUrls: new Map([
        ["2024", "/topics/ukraine/"],
        ["2022", "/topics/ukraine/2/"],
      ]),
    },
    {
      slug: "elections",
      label: "Elections",
      url: "/topics/elections/",
      counts: new Map([["2019", 1]]),
      yearUrls: new Map([["2019", "/topics/elections/"]]),
    },
  ])!;
  assert.deepEqual(matrix.years, ["2019", "2020", "2021", "2022", "2023", "2024"]);
  assert.equal(matrix.max, 3);
  assert.deepEqual(
    matrix.rows[0]!.cells.map((c) => c.url),
    [null, null, null, "/topics/ukraine/2/#y2022", null, "/topics/ukraine/#y2024"],
  );
  assert.equal(topicMatrix([]), null);
});

test("at archive scale (every topic in every year since 1995) the heat map and its table stay small", () => {
  const years = Array.from({ length: 32 }, (_, i) => String(1995 + i));
  const rows = reference.topics.map((t) => ({
    slug: t.slug,
    label: t.label,
    url: `/topics/${t.slug}/`,
    counts: new Map(years.map((y, i) => [y, 1 + ((i * 7) % 40)])),
    yearUrls: new Map(years.map((y) => [y, `/topics/${t.slug}/${(Number(y) % 5) + 2}/`])),
  }));
  const markup = topicMatrixHtml(topicMatrix(rows)!).markup;
  // The site's page budget is 200 KB; this is the worst case, with every cell filled.
  assert.ok(Buffer.byteLength(markup) < 160 * 1024, `${Math.round(Buffer.byteLength(markup) / 1024)} KB`);
  assert.equal(
    [...markup.matchAll(/<use href="#c" (x="\d+" )?class="s[1-4]"/g)].length,
    rows.length * years.length + 4,
    "one square per cell, and the legend",
  );
});

test("on the built topics page, each coloured square and table cell opens a topic page at an anchor that exists", async () => {
  const site = await buildSite({ articlesDir: FIXTURE_ARTICLES });
  const topics = readFileSync(path.join(site, "topics/index.html"), "utf8");
  const svg = topics.slice(topics.indexOf('<svg class="heat"'), topics.indexOf("</svg>"));
  const table = topics.slice(topics.indexOf("topic-matrix-table"));
  const targets = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(targets.length >= 8, "a square per topic and year with calls");
  assert.deepEqual(
    [...table.matchAll(/<td><a href="([^"]+)"/g)].map((m) => m[1]!),
    targets,
    "the table links the same cells",
  );
  assert.ok(targets.includes("/topics/ukraine/#y2022"));
  for (const target of targets) {
    const [page, anchor] = target.split("#");
    const html = readFileSync(path.join(site, page!, "index.html"), "utf8");
    assert.match(html, new RegExp(`<li class="call-item" id="${anchor}">`), target);
  }
  assert.doesNotMatch(topics, /<script/, "no JavaScript");
});
