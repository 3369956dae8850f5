import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText } from "../helpers/extract.ts";

const initiator = (sentence: string) => extractText(` date 2022-02-24 Call\n${sentence}`).initiator;

test("who called whom, in the ways articles say it", () => {
  assert.equal(initiator("Russian President Vladimir Putin on Thursday called Prime Minister Narendra Modi."), "Vladimir Putin");
  assert.equal(initiator("PM Modi dials Putin: the two leaders spoke on the phone on Thursday."), "Narendra Modi");
  assert.equal(
    initiator(
      "Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Thursday. The call was made by the Russian President.",
    ),
    "Vladimir Putin",
  );
  assert.equal(
    initiator("Modi and Putin held a telephone conversation on Thursday at the initiative of the Indian side."),
    "Narendra Modi",
  );
  assert.equal(initiator("Modi received a phone call from Putin on Thursday."), "Vladimir Putin");
});

test("no initiator when the text does not say who called", () => {
  assert.equal(initiator("Prime Minister Narendra Modi held a telephonic conversation with President Vladimir Putin on Thursday."), null);
  assert.equal(initiator("Putin spoke to Modi on the phone on Thursday. Putin had called India a great power in the past."), null);
});

test("'received a phone call today from', and every 'X called Y' sentence is a call sentence", () => {
  assert.equal(
    initiator(
      "Prime Minister Shri Narendra Modi received a phone call today from the President of the Russian Federation, Mr. Vladimir Putin.",
    ),
    "Vladimir Putin",
  );
  const article = extractText(` date 2012-08-02 Putin phones President Mukherjee

New Delhi: Russian President Vladimir Putin on Wednesday called President Pranab Mukherjee and congratulated him.`);
  assert.equal(article.callDate.date, "2012-08-01");
});

test("'called India a great power' is naming, not dialling", () => {
  assert.equal(initiator("Putin called India a great power and a time-tested friend at the forum in Sochi."), null);
  assert.equal(
    extractText(` date 2021-10-22 Forum\nPutin called India a great power and a time-tested friend at the forum in Sochi.`).isCall,
    false,
  );
});

test("'X today rang up Russia's President-elect Y': an adverb of time and the callee's country before the title", () => {
  const article = extractText(` date 2000-03-28 Call
NEW DELHI, March 27 (PTI): Prime Minister Atal Bihari Vajpayee today rang up Russia's President-elect Vladimir Putin and congratulated him.`);
  assert.equal(article.initiator, "Atal Bihari Vajpayee");
});

test("'Modi, who called Putin on Monday night' names the caller and dates the call", () => {
  const article = extractText(
    ` date 2022-03-08 Call
New Delhi, Mar 8 (PTI) Prime Minister Narendra Modi, who called Russian President Vladimir Putin on Monday night, ` +
      `asked him to hold direct talks with Zelensky.`,
  );
  assert.equal(article.isCall, true);
  assert.equal(article.initiator, "Narendra Modi");
  assert.equal(article.callDate.date, "2022-03-07");
});

test("'Putin's phone diplomacy continued with a call to Modi' names Putin as the caller", () => {
  const article = extractText(` date 2021-04-29 Call
Vladimir Putin's phone diplomacy continued on Wednesday with a call to Indian Prime Minister Narendra Modi.`);
  assert.equal(article.initiator, "Vladimir Putin");
});

test("Kremlin wording 'at the latter's / former's initiative' names the party by its place", () => {
  assert.equal(
    initiator("Vladimir Putin held a telephone conversation with Prime Minister of India Narendra Modi at the latter's initiative."),
    "Narendra Modi",
  );
  assert.equal(
    initiator("Prime Minister Narendra Modi had a telephone conversation with Vladimir Putin, at the former's initiative."),
    "Narendra Modi",
  );
});

test("a time adverb before the verb, a call 'made to', 'called to congratulate', and 'Putin's call to Modi'", () => {
  assert.equal(
    initiator("Prime Minister Narendra Modi on Thursday received a telephone call from Russian President Vladimir Putin."),
    "Vladimir Putin",
  );
  assert.equal(
    initiator("Russian President Vladimir Putin on Thursday made a phone call to Prime Minister Narendra Modi."),
    "Vladimir Putin",
  );
  assert.equal(initiator("Putin called to congratulate Modi on Thursday on the election result."), "Vladimir Putin");
  assert.equal(initiator("Putin's call to Modi on Thursday came a day after the vote."), "Vladimir Putin");
});

test("'called for' and thanks for the call do not say who called", () => {
  assert.equal(initiator("Putin called for an end to the sanctions. Modi spoke to Putin on the phone on Thursday."), null);
  assert.equal(initiator("Modi spoke to Putin on the phone on Thursday. President Putin thanked Prime Minister Modi for the call."), null);
});

test("'called the Russian President', 'telephoned his Russian counterpart'", () => {
  assert.equal(initiator("The Indian Prime Minister called the Russian President on Thursday."), "Narendra Modi");
  assert.equal(initiator("Prime Minister Modi telephoned his Russian counterpart on Thursday."), "Narendra Modi");
  assert.equal(initiator("Putin spoke to Modi by phone on Thursday. Putin called the Indian Prime Minister a close friend."), null);
});
