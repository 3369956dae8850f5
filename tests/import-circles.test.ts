import assert from "node:assert/strict";
import { test } from "node:test";
import { importCircles, importGraph } from "./helpers/import-graph.ts";
import { projectRoot } from "./helpers/extract.ts";

const circles = importCircles(importGraph(projectRoot, [".eleventy.ts", "src", "layouts", "scripts", "bench", "tests"]));

// Layering runs one way (templates → layouts → render → data, and read → extract → consolidate): a circle means a lower layer reaches up.
test("no import circle among the project's modules", () => {
  assert.deepEqual(circles, []);
});

test("the circle check reads the whole project and finds circles, including one through a type-only import", () => {
  assert.ok(
    importGraph(projectRoot, ["src"]).get("src/render/site-data.ts")?.includes("src/render/views/call.ts"),
    "type-only imports are edges",
  );
  const graph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["c.ts"]],
    ["c.ts", ["a.ts"]],
    ["d.ts", ["a.ts"]],
    ["e.ts", ["e.ts"]],
  ]);
  assert.deepEqual(importCircles(graph), [["a.ts", "b.ts", "c.ts"], ["e.ts"]]);
});
