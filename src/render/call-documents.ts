/**
 * `/calls/<id>.json`, one record per call, written straight to the output
 * folder rather than as Eleventy pages. As pages they cost as much as a call
 * page each (data cascade, permalink, template, write) for what is one
 * `JSON.stringify`; at 4,000 calls that was half the build. The files are
 * written by a worker thread while Eleventy renders (`writeFilesOffThread`).
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { SAFE_ID } from "../call-ids.ts";
import { callDocument } from "./exports.ts";
import { inertJson } from "./inert-json.ts";
import { writeFilesOffThread } from "./write-files.ts";
import type { CallView } from "./views/call.ts";

export interface CallDocumentWriter {
  /**
   * Writes the documents that changed since the last call, removes those of
   * calls that are gone; resolves to how many were written. A call waits for
   * the one before it, so two passes never write at once.
   */
  write(
    outputDir: string,
    calls: readonly CallView[],
    base: string,
    others?: readonly OtherDocument[],
  ): Promise<{ written: number; removed: number }>;
  /** Resolves when no write is under way, whether the last one succeeded or not. */
  idle(): Promise<void>;
}

/** A document at `/calls/<id>.json` that is not a live call's record: a moved or withdrawn id's answer (`src/ledger/`). */
export interface OtherDocument {
  id: string;
  document: unknown;
}

/**
 * Remembers what it wrote per output folder, so a watch pass that changed one
 * call rewrites one file: the CLI makes one writer for the whole watch session
 * and hands it to the render plugin.
 */
export function createCallDocumentWriter(): CallDocumentWriter {
  const lastWritten = new Map<string, Map<string, string>>();
  let last: Promise<unknown> = Promise.resolve();
  const settled = () => last.then(ignore, ignore);
  return {
    write(outputDir, calls, base, others = []) {
      const pass = settled().then(() => writePass(outputDir, calls, base, others));
      last = pass;
      return pass;
    },
    idle: settled,
  };

  async function writePass(
    outputDir: string,
    calls: readonly CallView[],
    base: string,
    others: readonly OtherDocument[],
  ): Promise<{ written: number; removed: number }> {
    const folder = path.join(outputDir, "calls");
    const before = lastWritten.get(folder) ?? new Map<string, string>();
    const now = new Map<string, string>();
    const changed: [string, string][] = [];
    const documents = [
      ...calls.map((call) => ({ id: call.id, document: () => callDocument(call, base) })),
      ...others.map((o) => ({ id: o.id, document: () => o.document })),
    ];
    for (const { id, document } of documents) {
      if (!SAFE_ID.test(id)) throw new Error(`call id ${JSON.stringify(id)} is not a safe file name`);
      const text = inertJson(document());
      now.set(id, text);
      const file = path.join(folder, `${id}.json`);
      if (before.get(id) !== text || !existsSync(file)) changed.push([file, text]);
    }
    let removed = 0;
    for (const id of before.keys()) {
      if (now.has(id)) continue;
      rmSync(path.join(folder, `${id}.json`), { force: true });
      removed++;
    }
    try {
      await writeFilesOffThread(changed);
    } catch (error) {
      // Nothing is known to be on disk after a failed pass: the next one rewrites every document and removes every vanished one.
      lastWritten.set(folder, new Map([...before.keys(), ...now.keys()].map((id) => [id, ""])));
      throw error;
    }
    lastWritten.set(folder, now);
    return { written: changed.length, removed };
  }
}

function ignore(): void {}
