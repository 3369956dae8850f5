import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reference } from "../../src/data/load.ts";
import type { PlannedCall } from "./plan.ts";
import { planCalls } from "./plan.ts";
import { seededRandom } from "./prng.ts";
import type { Style } from "./templates.ts";
import { writeArticle } from "./templates.ts";

/** What each generated article is meant to yield, written next to the articles as `corpus.json`. */
export interface CorpusManifest {
  seed: number;
  articles: {
    file: string;
    style: Style;
    callId: string;
    date: string;
    participants: string[];
    initiator: string | null;
    topics: string[];
  }[];
  calls: number;
}

export const MANIFEST_NAME = "corpus.json";

/** Writes `count` articles into `folder` (created if missing); same seed, same files. */
export function generateCorpus(count: number, folder: string, seed: number, reference: Reference): CorpusManifest {
  const random = seededRandom(seed);
  const calls = planCalls(count, reference, random);
  mkdirSync(folder, { recursive: true });
  const manifest: CorpusManifest = { seed, articles: [], calls: calls.length };
  let serial = 0;
  for (const call of calls) {
    for (let k = 0; k < call.articles; k++) {
      const article = writeArticle(call, k, serial++, random);
      writeFileSync(path.join(folder, article.name), `${article.text}\n`);
      manifest.articles.push({ file: article.name, style: article.style, ...expected(call) });
    }
  }
  writeFileSync(path.join(folder, MANIFEST_NAME), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

function expected(call: PlannedCall) {
  const initiator = call.initiator === "india" ? call.india.leader.name : call.initiator === "russia" ? call.russia.leader.name : null;
  return {
    callId: call.id,
    date: call.date,
    participants: [call.india.leader.name, call.russia.leader.name],
    initiator,
    topics: [...call.topics].sort(),
  };
}
