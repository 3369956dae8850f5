/**
 * The project's own import graph, read with TypeScript's pre-processor (no
 * type-checking, so it takes well under a second): every static import,
 * `import type`, re-export and dynamic `import("…")` with a relative path.
 * Type-only imports count too: a circle of types is still a circle a reader
 * has to hold in their head.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SOURCE = /\.(ts|mts|mjs|js)$/;
const SKIP = new Set(["node_modules", "_site", ".cache", ".git"]);

/** Module → the project modules it imports (paths relative to `root`, with `/`). */
export function importGraph(root: string, folders: readonly string[]): Map<string, string[]> {
  const files = folders.flatMap((folder) => sourcesUnder(path.join(root, folder)));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((ref) => ref.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => path.resolve(path.dirname(file), name))
      .filter((target) => known.has(target));
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return graph;
}

/** Every circle, as its modules (a strongly connected component of more than one module, or one that imports itself). */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative enough for a project of a few hundred modules.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return circles;
}

function sourcesUnder(entry: string): string[] {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return SOURCE.test(entry) ? [entry] : [];
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => sourcesUnder(path.join(entry, name)));
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
