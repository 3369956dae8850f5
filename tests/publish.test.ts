import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { publishStaged, stagingFolderFor } from "../src/publish.ts";
import { projectRoot } from "./helpers/extract.ts";

/** An output folder holding a "previous site" with one known page. */
function previousSite(): string {
  const output = path.join(mkdtempSync(path.join(tmpdir(), "calltrail-publish-")), "_site");
  mkdirSync(output);
  writeFileSync(path.join(output, "index.html"), "previous site");
  return output;
}

test("a successful build replaces the previous site and leaves no staging folder", async () => {
  const output = previousSite();
  const staging = stagingFolderFor(output);
  const outcome = await publishStaged(staging, output, () => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, "index.html"), "new site");
    return Promise.resolve({ ok: true, summary: "" });
  });
  assert.equal(outcome.ok, true);
  assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "new site");
  assert.deepEqual(readdirSync(path.dirname(output)), ["_site"]);
});

test("a build that throws halfway leaves the previous site intact", async () => {
  const output = previousSite();
  const staging = stagingFolderFor(output);
  const outcome = await publishStaged(staging, output, () => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, "half-written.html"), "…");
    return Promise.reject(new Error("template error in call.njk"));
  });
  assert.deepEqual(outcome, { ok: false, reason: "template error in call.njk" });
  assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "previous site");
  assert.deepEqual(readdirSync(path.dirname(output)), ["_site"]);
});

test("staging folders left by killed builds are cleared by the next build", async () => {
  const output = previousSite();
  const abandoned = path.join(path.dirname(output), "._site.staging-999999999");
  mkdirSync(abandoned);
  await publishStaged(stagingFolderFor(output), output, () => Promise.resolve({ ok: false, reason: "nothing to do" }));
  assert.equal(existsSync(abandoned), false);
});

const build = (args: string[], articlesDir: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, ARTICLES_DIR: articlesDir },
    encoding: "utf8",
  });

test("npm run build -- --strict: messages about articles fail the build and keep the previous site", () => {
  const output = previousSite();
  const result = build([`--output=${output}`, "--strict"], path.join(projectRoot, "tests/hostile"));
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /tests\/hostile\/invalid-utf8\.txt:3: file is not valid UTF-8/);
  assert.match(result.stderr, /build failed, .* left as it was: --strict: \d+ messages/);
  assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "previous site");
});

test("without --strict the same articles build: messages are printed and every other page is written", () => {
  const output = previousSite();
  const result = build([`--output=${output}`], path.join(projectRoot, "tests/hostile"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /tests\/hostile\/empty\.txt: file is empty/);
  const json = JSON.parse(readFileSync(path.join(output, "calls.json"), "utf8")) as { calls: { id: string }[] };
  assert.ok(json.calls.length >= 3);
  for (const call of json.calls) assert.ok(existsSync(path.join(output, "calls", call.id, "index.html")), call.id);
});
