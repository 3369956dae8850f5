import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText } from "../helpers/extract.ts";

const names = (text: string) => extractText(text).participants.map((p) => p.name);

test("descriptions resolve to whoever held the office on the call date", () => {
  assert.deepEqual(
    names(` date 2010-03-05 Call
The Indian Prime Minister spoke to the Russian President on the phone on Friday about nuclear energy.`),
    ["Manmohan Singh", "Dmitry Medvedev"],
  );
});

test("every form of a name counts: PM Modi, Mr Putin, Dr Singh, President Medvedev", () => {
  assert.deepEqual(names(` date 2019-06-05 Call
PM Modi received a phone call from Mr Putin on Wednesday.`), ["Narendra Modi", "Vladimir Putin"]);
  assert.deepEqual(names(` date 2009-11-02 Call
Dr Singh and President Medvedev held telephone talks on Monday.`), ["Manmohan Singh", "Dmitry Medvedev"]);
});

test("offices come from the data, and a wrong title in the text is a warning", () => {
  const article = extractText(` date 2023-03-01 Call
Prime Minister Narendra Modi held a telephone conversation with Russian Prime Minister Vladimir Putin on Wednesday.`);
  assert.deepEqual(article.participants.map((p) => p.office), ["Prime Minister of India", "President of Russia"]);
  assert.ok(article.warnings.some((w) => w.message.includes('"Russian Prime Minister"')));
});

test("ministers and other heads of state are not participants", () => {
  const article = extractText(` date 2022-07-01 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday. External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh were briefed. Later, Modi also spoke to French President Emmanuel Macron.`);
  assert.deepEqual(article.participants.map((p) => p.name), ["Narendra Modi", "Vladimir Putin"]);
});

test("a call with another country's leader is not an India–Russia call", () => {
  const article = extractText(` date 2023-05-20 Call
Prime Minister Narendra Modi spoke to Ukrainian President Volodymyr Zelensky over the phone on Saturday. Modi had met Putin in Samarkand last year.`);
  assert.equal(article.isCall, false);
});

test("an in-person summit or a video conference is not a phone call", () => {
  assert.equal(extractText(` date 2024-07-09 Summit
Prime Minister Narendra Modi and President Vladimir Putin held talks in Moscow on Tuesday at the annual summit.`).isCall, false);
  assert.equal(extractText(` date 2020-06-01 Summit
Prime Minister Narendra Modi and President Vladimir Putin held a virtual summit by video conference on Monday.`).isCall, false);
});
