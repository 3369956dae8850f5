import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * A package loaded the first time it is asked for, synchronously. For the
 * big parsers (chrono-node, remark, micromark) that a build whose articles
 * all come from the caches never calls: loading them cost more than that
 * build spends on its whole archive. (`require` of an ES module works under
 * tsx, which runs the build and the tests.)
 */
export function onFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
