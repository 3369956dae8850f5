import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { DataFileError } from "../src/data/load.ts";
import { loadSiteMetadata, SITE_FILE } from "../src/render/site-metadata.ts";
import { buildSite } from "./helpers/build.ts";

const dir = mkdtempSync(path.join(tmpdir(), "calltrail-site-yaml-"));
const file = (text: string) => {
  const name = path.join(dir, `site-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(name, text);
  return name;
};
const good = "name: calltrail\ntitle: India–Russia leader calls\ndescription: A timeline.\norigin: http://localhost:8080\n";

test("the project's site.yaml names the site, and SITE_URL wins over its origin", () => {
  const site = loadSiteMetadata(SITE_FILE, {});
  assert.deepEqual(site, {
    name: "calltrail",
    title: "India–Russia leader calls",
    description: "A timeline of phone calls between the leaders of India and Russia, built from news reports.",
    origin: "http://localhost:8080",
  });
  assert.equal(loadSiteMetadata(SITE_FILE, { SITE_URL: "https://example.org/" }).origin, "https://example.org");
});

test("a wrong value in site.yaml is an error naming the file and line", () => {
  const cases: [string, RegExp][] = [
    [good.replace("title: India–Russia leader calls", "title: [a, list]"), /:2: "title" must be text, got \["a","list"\]/],
    [good.replace("description: A timeline.\n", ""), /:1: "description" must be text, got null/],
    [good.replace("origin: http://localhost:8080", "origin: example.org/calls"), /:4: "origin" must be an http\(s\) origin/],
    [`${good}colour: red\n`, /:5: unknown field "colour"/],
    ["name: calltrail\ntitle: [unclosed\n", /:\d+: not valid YAML/],
    ["- a list\n", /:1: expected the fields name, title, description and origin/],
  ];
  for (const [text, message] of cases) {
    const name = file(text);
    assert.throws(
      () => loadSiteMetadata(name, {}),
      (error: unknown) => error instanceof DataFileError && error.message.includes(path.basename(name)) && message.test(error.message),
      text,
    );
  }
  assert.throws(() => loadSiteMetadata(path.join(dir, "none.yaml"), {}), /none\.yaml: missing/);
});

test("the plugin added with options (as npm run build and the tests do) wins over .eleventy.ts's default one", async () => {
  const site = { name: "othertrail", title: "Another title", description: "Another description.", origin: "https://other.example" };
  const output = await buildSite({ output: path.join(dir, "site"), plugin: { site } });
  const index = readFileSync(path.join(output, "index.html"), "utf8");
  // Had the default plugin run too, its own global data (added after this one's) would have replaced `site`.
  assert.match(index, /<title>othertrail: Another title<\/title>/);
  assert.match(index, /<link rel="canonical" href="https:\/\/other\.example\/">/);
});
