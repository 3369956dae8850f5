import assert from "node:assert/strict";
import { test } from "node:test";
import { pageBadge, pageSuffix, pager, perYearTable } from "../src/render/list-parts.ts";
import { paginate } from "../src/render/paginate.ts";

const chunks = paginate(
  Array.from({ length: 120 }, (_, i) => i),
  50,
  "/topics/trade/",
);

test("a list that fits on one page gets no pager, badge or title suffix", () => {
  const [only] = paginate([1, 2, 3], 50, "/years/2020/");
  assert.equal(pager(only!, "Calls in 2020: pages"), null);
  assert.equal(pageBadge(only!), null);
  assert.equal(pageSuffix(only!), "");
});

test("the pager links to the newer and older pages that exist, and escapes its label", () => {
  const first = pager(chunks[0]!, `"Trade" & <economy>: pages`)!.markup;
  assert.match(first, /aria-label="&quot;Trade&quot; &amp; &lt;economy&gt;: pages"/);
  assert.match(first, /Page 1 of 3/);
  assert.doesNotMatch(first, /rel="prev"/);
  assert.match(first, /<a rel="next" href="\/topics\/trade\/2\/">/);
  const middle = pager(chunks[1]!, "Trade: pages")!.markup;
  assert.match(middle, /<a rel="prev" href="\/topics\/trade\/">/);
  assert.match(middle, /<a rel="next" href="\/topics\/trade\/3\/">/);
  assert.doesNotMatch(pager(chunks[2]!, "Trade: pages")!.markup, /rel="next"/);
  assert.equal(pageSuffix(chunks[1]!), " (page 2)");
  assert.equal(pageBadge(chunks[2]!)!.markup, " <small>page 3</small>");
});

test("the per-year table has a row per year, linked, with an escaped caption", () => {
  const table = perYearTable(
    [
      { year: "2021", url: "/years/2021/", count: 3 },
      { year: "2020", url: "/years/2020/", count: 1 },
    ],
    "Calls <per> year",
  ).markup;
  assert.match(table, /<caption>Calls &lt;per&gt; year<\/caption>/);
  assert.equal(table.match(/<tr><th scope="row">/g)?.length, 2);
  assert.match(table, /<a href="\/years\/2021\/">2021<\/a><\/th><td>3<\/td>/);
});

test("list pages escape labels once, in the title and meta tags as in the heading", async () => {
  const { render } = await import("../src/site/topic.11ty.ts");
  const site = {
    name: "calltrail",
    title: "Calls",
    description: "About calls",
    origin: "https://example.org",
    root: "/",
    base: "https://example.org/",
  };
  const [chunk] = paginate([], 50, "/topics/x/");
  const topic = { slug: "x", label: `Trade & "oil" <pipes>`, phrases: [], count: 0, url: "/topics/x/", perYear: [] };
  const page = render({ chunk: { ...chunk, topic, quotes: [] }, site, page: { url: "/topics/x/" } } as never);
  assert.match(page, /<title>Trade &amp; &quot;oil&quot; &lt;pipes&gt; · calltrail<\/title>/);
  assert.match(page, /<meta property="og:title" content="Trade &amp; &quot;oil&quot; &lt;pipes&gt;">/);
  assert.match(page, /<h1>Trade &amp; &quot;oil&quot; &lt;pipes&gt;<\/h1>/);
  assert.doesNotMatch(page, /&amp;amp;|<pipes>/);
});
