import { createRequire } from "node:module";

type ChronoEnglish = typeof import("chrono-node/en");

let loaded: ChronoEnglish | undefined;

/**
 * chrono-node's English parsers, loaded on first use (its CommonJS build,
 * so the extractor stays synchronous). A build whose articles all come from
 * the cache never needs them, and loading the whole package, every locale
 * included, took longer than that build's whole extraction step.
 */
export function chronoEnglish(): ChronoEnglish {
  return (loaded ??= createRequire(import.meta.url)("chrono-node/en") as ChronoEnglish);
}
