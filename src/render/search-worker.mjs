/**
 * The Pagefind side of `SearchIndexer`, in a worker thread. Pagefind's Node
 * API talks to its binary over pipes and only moves on when this side reads
 * the replies; on the main thread, busy rendering pages, the replies waited
 * and Pagefind stalled. Here an idle event loop keeps Pagefind fed.
 *
 * Protocol: `workerData.outputDir`; one message with the records; one reply,
 * `{ pages }` or `{ error }`. Plain JavaScript: worker threads do not get the
 * TypeScript loader the build runs under.
 */
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

/** @type {{ outputDir: string }} */
const { outputDir } = workerData;
// Started at once, so the binary is up before the records arrive.
const created = pagefind.createIndex({ forceLanguage: "en" });

parentPort.once("message", async (/** @type {import("pagefind").CustomRecord[]} */ records) => {
  try {
    const { index, errors } = await created;
    if (!index) throw new Error(errors.join("; "));
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failures = added.flatMap((result) => result.errors);
    if (failures.length) throw new Error(failures.join("; "));
    const written = await index.writeFiles({ outputPath: path.resolve(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    parentPort.postMessage({ pages: records.length });
  } catch (error) {
    parentPort.postMessage({ error: `pagefind: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    await pagefind.close();
  }
});
