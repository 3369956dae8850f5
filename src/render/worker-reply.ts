import type { Worker } from "node:worker_threads";

/**
 * The one reply a worker sends when its job is done: its value, or a
 * rejection with the worker's `{ error }`, its crash, or its exit without
 * a reply (`stopped` says what that means for the caller).
 */
export function workerReply<T extends object>(worker: Worker, stopped: (code: number) => string): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once("message", (reply: T | { error: string }) => ("error" in reply ? reject(new Error(reply.error)) : resolve(reply)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(stopped(code))));
  });
}
