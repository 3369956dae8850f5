/**
 * The other side of `writeFilesOffThread`: writes the files it is given, in
 * order, and replies once `{ written }` or `{ error }`. Plain JavaScript:
 * worker threads do not get the TypeScript loader the build runs under.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

/** @type {{ files: [string, string][] }} */
const { files } = workerData;
try {
  const made = new Set();
  for (const [file, text] of files) {
    const folder = path.dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, text);
  }
  parentPort.postMessage({ written: files.length });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
