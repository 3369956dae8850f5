import { onFirstUse } from "../first-use.ts";

/**
 * chrono-node's English parsers (its CommonJS build: only the English
 * locale), loaded when an article is first extracted: see `onFirstUse`.
 */
export const chronoEnglish = onFirstUse<typeof import("chrono-node/en")>("chrono-node/en");
