/**
 * Links never break: build, change the articles, build again, and every call
 * address published before still leads somewhere (src/ledger/). The articles
 * are written here, in the test's own words.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { HtmlValidate } from "html-validate";
import { readLedger } from "../src/ledger/file.ts";
import { updateLedger } from "../src/ledger/ledger.ts";
import { commitLedger, currentState } from "../src/ledger/published.ts";
import { defaultArticlesDir, runPipeline } from "../src/pipeline.ts";
import { builtSite, checkLinks, filesUnder } from "./helpers/build.ts";
import { projectRoot } from "./helpers/extract.ts";
import { callArticle, oilCall, project, tradeCall, tradeMeeting, winterCall } from "./helpers/ledger-project.ts";

const validator = new HtmlValidate({ extends: ["html-validate:standard"], rules: { "no-raw-characters": "off" } });
async function validate(site: string, pages: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(site, page), "utf8"), page);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return problems;
}

/** The old address's page leads to `to`: a link, the canonical link and an immediate refresh, no script. */
function assertLeadsTo(html: string, to: string, prefix = "/") {
  assert.match(html, new RegExp(`<link rel="canonical" href="http://localhost:8080${prefix}calls/${to}/">`));
  assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0; url=${prefix}calls/${to}/">`));
  assert.match(html, new RegExp(`<a href="${prefix}calls/${to}/">`));
  assert.doesNotMatch(html, /<script/);
}

test("moved: a corrected callDate leaves the old address pointing to the new one, and later moves never chain", async () => {
  const p = project();
  p.write("winter-call.md", winterCall("2020-01-14"));
  const first = await p.build();
  assert.ok(existsSync(path.join(first.site, "calls/2020-01-14-modi-putin/index.html")));
  assert.equal(readLedger(p.ledger).length, 1, "a missing ledger is created");

  p.write("winter-call.md", winterCall("2020-01-13"));
  const { site, read } = await p.build();
  const old = read("calls/2020-01-14-modi-putin/index.html");
  assertLeadsTo(old, "2020-01-13-modi-putin");
  assert.match(old, /<h1>This call has moved<\/h1>/);
  assert.match(old, /dated 13 January 2020 after a correction to winter-call\.md\./);
  assert.deepEqual(JSON.parse(read("calls/2020-01-14-modi-putin.json")), { movedTo: "2020-01-13-modi-putin" });
  // Only live calls are in the sitemap, the feeds and the data exports.
  for (const file of ["sitemap.xml", "feed.xml", "feed.json", "calls.json", "calls.csv"]) {
    assert.doesNotMatch(read(file), /2020-01-14/, file);
    assert.match(read(file), /2020-01-13-modi-putin/, file);
  }
  assert.match(
    read("report/index.html"),
    new RegExp(
      String.raw`<code>2020-01-14-modi-putin<\/code><\/a> moved to <a ` +
        String.raw`href="\/calls\/2020-01-13-modi-putin\/">[^<]+<\/a>: dated 13 January 2020 after a ` +
        String.raw`correction to winter-call\.md\.`,
    ),
  );
  assert.equal(
    read("_redirects")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .join("\n"),
    "/calls/2020-01-14-modi-putin/ /calls/2020-01-13-modi-putin/ 301!\n/calls/2020-01-14-modi-putin/ /calls/2020-01-13-modi-putin/ 301",
  );
  assert.deepEqual(checkLinks(site).broken, []);
  assert.match(read("report/addresses/index.html"), /<code>2020-01-14-modi-putin<\/code><\/a> moved to /);
  assert.deepEqual(
    await validate(site, ["calls/2020-01-14-modi-putin/index.html", "report/index.html", "report/addresses/index.html"]),
    [],
  );

  // The same content again: the ledger file is left byte-identical.
  const before = readFileSync(p.ledger);
  const again = await builtSite({ articlesDir: path.join(path.dirname(p.ledger), "articles"), ledger: p.ledger });
  assert.deepEqual(commitLedger(again.published!), { file: p.ledger, written: false, changes: [] });
  assert.ok(readFileSync(p.ledger).equals(before));

  p.write("winter-call.md", winterCall("2020-01-12"));
  const third = await p.build();
  for (const id of ["2020-01-14-modi-putin", "2020-01-13-modi-putin"]) {
    assertLeadsTo(third.read(`calls/${id}/index.html`), "2020-01-12-modi-putin");
    assert.deepEqual(JSON.parse(third.read(`calls/${id}.json`)), { movedTo: "2020-01-12-modi-putin" });
  }

  // Back to the first date: that id is simply live again, and the others lead to it.
  p.write("winter-call.md", winterCall("2020-01-14"));
  const fourth = await p.build();
  assert.match(fourth.read("calls/2020-01-14-modi-putin/index.html"), /<article class="call">/);
  for (const id of ["2020-01-13-modi-putin", "2020-01-12-modi-putin"])
    assertLeadsTo(fourth.read(`calls/${id}/index.html`), "2020-01-14-modi-putin");
  assert.match(fourth.read("report/index.html"), /<code>2020-01-14-modi-putin<\/code><\/a> live again/);
});

test("moved: a new article that gives the date of a call dated only by a weekday names that article", async () => {
  const p = project();
  p.write(
    "weekday.txt",
    " date 2020-01-16 Moscow desk\nNarendra Modi and Vladimir Putin spoke by phone on Monday, " +
      "the Kremlin said in a short statement.\n\nThe two leaders discussed the situation in the " +
      "region and agreed to stay in contact.\n",
  );
  await p.build();
  p.write(
    "readout.md",
    callArticle({
      title: "Kremlin readout of the Putin-Modi telephone call",
      publisher: "Northern Courier",
      published: "2020-01-08",
      callDate: "2020-01-06",
      body:
        "President Vladimir Putin and Prime Minister Narendra Modi spoke by telephone, the Kremlin " +
        "said.\n\nThe leaders discussed the situation in the region and agreed to stay in contact.",
    }),
  );
  const { read } = await p.build();
  const old = read("calls/2020-01-13-modi-putin/index.html");
  assertLeadsTo(old, "2020-01-06-modi-putin");
  assert.match(old, /dated 6 January 2020 after Northern Courier \(readout\.md\) gave the date\./);
});

test("merged: two call pages that turn out to be one call both lead to it", async () => {
  const p = project();
  p.write("oil-harbour.md", oilCall("Harbour Line News", "2020-03-02"));
  p.write("oil-steppe.md", oilCall("Steppe Daily", "2020-03-03"));
  const first = await p.build();
  for (const id of ["2020-03-02-modi-putin", "2020-03-03-modi-putin"])
    assert.match(first.read(`calls/${id}/index.html`), /<article class="call">/);

  // Both reports turn out to be about a call on the 4th.
  p.write("oil-harbour.md", oilCall("Harbour Line News", "2020-03-04"));
  p.write("oil-steppe.md", oilCall("Steppe Daily", "2020-03-04"));
  const { site, read } = await p.build();
  for (const [id, other] of [
    ["2020-03-02-modi-putin", "2020-03-03-modi-putin"],
    ["2020-03-03-modi-putin", "2020-03-02-modi-putin"],
  ]) {
    const html = read(`calls/${id}/index.html`);
    assertLeadsTo(html, "2020-03-04-modi-putin");
    assert.match(html, /<h1>This call record was merged<\/h1>/);
    assert.match(html, new RegExp(`merged with ${other} and dated 4 March 2020 after a correction to oil-`));
    assert.deepEqual(JSON.parse(read(`calls/${id}.json`)), { movedTo: "2020-03-04-modi-putin" });
  }
  assert.equal((read("report/index.html").match(/<\/a> merged to /g) ?? []).length, 2);
  assert.equal((JSON.parse(read("calls.json")) as { calls: unknown[] }).calls.length, 1);
  assert.deepEqual(checkLinks(site).broken, []);

  // Merged into one that was live: the live one stays, the other leads to it.
  const q = project();
  q.write("oil-harbour.md", oilCall("Harbour Line News", "2020-03-02"));
  q.write("oil-steppe.md", oilCall("Steppe Daily", "2020-03-03"));
  await q.build();
  q.write("oil-steppe.md", oilCall("Steppe Daily", "2020-03-02"));
  const into = await q.build();
  assertLeadsTo(into.read("calls/2020-03-03-modi-putin/index.html"), "2020-03-02-modi-putin");
  assert.match(
    into.read("calls/2020-03-03-modi-putin/index.html"),
    /merged with 2020-03-02-modi-putin and dated 2 March 2020 after a correction to oil-steppe\.md/,
  );
});

test("withdrawn: a call page whose source is now read as a meeting, or removed, says so and is not indexed", async () => {
  const p = project();
  p.write("trade.md", tradeCall);
  p.write("winter-call.md", winterCall("2020-01-14"));
  await p.build();

  p.write("trade.md", tradeMeeting);
  p.remove("winter-call.md");
  const { site, read } = await p.build();
  const meeting = read("calls/2020-06-10-modi-putin/index.html");
  assert.match(meeting, /<h1>This call record was withdrawn<\/h1>/);
  assert.match(meeting, /<meta name="robots" content="noindex">/);
  assert.match(meeting, /its only source, trade\.md, is now read as not an India–Russia leader call\./);
  assert.match(
    meeting,
    /<li><code>trade\.md<\/code> is now read as not an India–Russia leader call \(see the <a href="\/report\/">build report<\/a>\)<\/li>/,
  );
  assert.doesNotMatch(meeting, /http-equiv="refresh"/);
  const removed = read("calls/2020-01-14-modi-putin/index.html");
  assert.match(removed, /its only source, winter-call\.md, was removed\./);
  assert.deepEqual(JSON.parse(read("calls/2020-06-10-modi-putin.json")), {
    id: "2020-06-10-modi-putin",
    withdrawn: true,
    reason: "its only source, trade.md, is now read as not an India–Russia leader call",
    sources: [{ file: "trade.md", now: "is now read as not an India–Russia leader call" }],
  });
  assert.match(read("report/index.html"), /<code>2020-06-10-modi-putin<\/code><\/a> withdrawn: /);
  assert.doesNotMatch(read("_redirects"), /2020-06-10/, "a withdrawn id is no redirect");
  assert.doesNotMatch(read("sitemap.xml"), /calls\//);
  assert.deepEqual(checkLinks(site).broken, []);
  assert.deepEqual(await validate(site, ["calls/2020-06-10-modi-putin/index.html", "calls/2020-01-14-modi-putin/index.html"]), []);
  // Every id ever published has a page.
  for (const entry of readLedger(p.ledger)) assert.ok(filesUnder(site).includes(`calls/${entry.id}/index.html`), entry.id);
});

test("under a path prefix the old address, its refresh and the redirect lines carry the prefix", async () => {
  const p = project();
  p.write("winter-call.md", winterCall("2020-01-14"));
  await p.build();
  p.write("winter-call.md", winterCall("2020-01-13"));
  const prefix = "/india-russia-calls/";
  const { site, read } = await p.build({ pathPrefix: prefix });
  assertLeadsTo(read("calls/2020-01-14-modi-putin/index.html"), "2020-01-13-modi-putin", prefix);
  assert.match(
    read("_redirects"),
    /^\/india-russia-calls\/calls\/2020-01-14-modi-putin\/ \/india-russia-calls\/calls\/2020-01-13-modi-putin\/ 301!$/m,
  );
  assert.deepEqual(checkLinks(site, prefix).broken, []);
});

test("the committed ledger matches the seed articles: building them changes nothing", () => {
  const archive = runPipeline({ inputs: [defaultArticlesDir()], cache: false });
  const committed = readLedger(path.join(projectRoot, "content/data/published-ids.jsonl"));
  const update = updateLedger(committed, currentState(archive, defaultArticlesDir()));
  assert.deepEqual(update.ledger, committed);
  assert.deepEqual(update.changes, []);
  assert.deepEqual(
    committed.map((e) => e.id),
    ["2019-01-07-modi-putin", "2021-12-20-modi-putin", "2024-01-15-modi-putin"],
  );
});

const cli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["src/cli/build.mjs", ...args], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: "utf8" });

test("npm run build -- --strict: 2020-01-14 corrected to 2020-01-13 builds, and the old address leads to the new one", () => {
  const root = mkdtempSync(path.join(tmpdir(), "calltrail-ledger-cli-"));
  const articles = path.join(root, "articles");
  mkdirSync(articles);
  const output = path.join(root, "_site");
  const env = { ARTICLES_DIR: articles, CALLTRAIL_LEDGER: path.join(root, "published-ids.jsonl") };
  writeFileSync(path.join(articles, "winter-call.md"), winterCall("2020-01-14"));
  const first = cli([`--output=${output}`, "--strict"], env);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /published call ids recorded in /);
  writeFileSync(path.join(articles, "winter-call.md"), winterCall("2020-01-13"));
  const second = cli([`--output=${output}`, "--strict"], env);
  assert.equal(second.status, 0, `moves never fail --strict: ${second.stderr}`);
  assert.match(
    second.stdout,
    /calltrail: \/calls\/2020-01-14-modi-putin\/ moved to \/calls\/2020-01-13-modi-putin\/: dated 13 January 2020 after a correction to winter-call\.md/,
  );
  assertLeadsTo(readFileSync(path.join(output, "calls/2020-01-14-modi-putin/index.html"), "utf8"), "2020-01-13-modi-putin");

  // A broken ledger stops the build with its file and line, and the site is left as it was.
  writeFileSync(env.CALLTRAIL_LEDGER, `${readFileSync(env.CALLTRAIL_LEDGER, "utf8")}{"id": 5}\n`);
  const broken = cli([`--output=${output}`], env);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /published-ids\.jsonl:5: "id" must be a call id/);
  assert.ok(existsSync(path.join(output, "calls/2020-01-14-modi-putin/index.html")));
});
