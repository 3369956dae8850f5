import assert from "node:assert/strict";
import { test } from "node:test";
import { creditIn, sourceName } from "../src/render/source-name.ts";

const LEDE = "Prime Minister Narendra Modi and President Vladimir Putin spoke by phone on Tuesday about the grain trade.";
const source = (publisher: string | null, url: string | null) => ({ file: "content/articles/2021/wire-copy.txt", publisher, url });

test("front matter's publisher first, then the URL's host, then the credit in the text, then the file name", () => {
  const credited = `Kolkata (Example Wire): ${LEDE}`;
  assert.deepEqual(sourceName(source("Northern Ledger", "https://www.ledger.example.org/a"), credited), {
    name: "Northern Ledger",
    from: "publisher",
  });
  assert.deepEqual(sourceName(source(null, "https://www.ledger.example.org/a"), credited), { name: "ledger.example.org", from: "host" });
  assert.deepEqual(
    sourceName(source(null, "javascript:alert(1)"), credited),
    { name: "Example Wire", from: "credit" },
    "only http(s) links count",
  );
  assert.deepEqual(sourceName(source(null, null), LEDE), { name: "Unnamed source, wire-copy.txt", from: "unnamed" });
  assert.deepEqual(sourceName(source("  ", null), LEDE).from, "unnamed", "a blank publisher is none");
});

test("the outlet a dateline credits, in its common forms", () => {
  assert.equal(creditIn(`Kolkata (Example Wire): ${LEDE}`), "Example Wire");
  assert.equal(creditIn(`Kolkata, March 4 (Example Wire): ${LEDE}`), "Example Wire");
  assert.equal(creditIn(`PUNE, Jan 7 (Wire Service) – ${LEDE}`), "Wire Service");
  assert.equal(creditIn(`Kolkata [India], March 4 (EWS): ${LEDE}`), "EWS");
  assert.equal(creditIn(`(EWS) ${LEDE}`), "EWS");
  assert.equal(creditIn(`PUNE, May 27 (Novel Agency) – ${LEDE}`), "Novel Agency", "a word that starts like a month is not one");
  assert.equal(
    creditIn(`A headline about the call\n\nFollow us on\n\nKolkata (Example Wire): ${LEDE}`),
    "Example Wire",
    "below a headline and furniture",
  );
});

test("a place is not a publisher, nor is a date or a country", () => {
  assert.equal(creditIn(`Pune: ${LEDE}`), null);
  assert.equal(creditIn(`Kolkata, March 4: ${LEDE}`), null);
  assert.equal(creditIn(`Pune (March 4): ${LEDE}`), null);
  assert.equal(creditIn(`Moscow (Russia): ${LEDE}`, new Set(["russia"])), null);
  assert.equal(creditIn(`${LEDE} ${LEDE}\n\nKolkata (Example Wire): later text`), null, "only at the start of the story");
});
