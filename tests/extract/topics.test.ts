import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText } from "../helpers/extract.ts";

test("topics come from what the leaders discussed, with spelling variants", () => {
  const article = extractText(` date 2022-07-01 Call
Prime Minister Narendra Modi and President Vladimir Putin spoke on the phone on Friday.
The two leaders discussed the supply of fertilisers, defense cooperation including the S-400 deliveries, and the situation in Ukraine.`);
  assert.deepEqual(article.topics, ["defence", "fertilizers", "ukraine"]);
});

test("background paragraphs about other events add no topics", () => {
  const article = extractText(` date 2021-12-20 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday, days after the two sides signed an AK-203 rifle deal in Delhi.
They discussed fertilizers.
At the summit on December 6, India and Russia agreed to cooperate on Afghanistan.
In 1971, the two countries signed a treaty of friendship.`);
  assert.deepEqual(article.topics, ["fertilizers"]);
});

test("acronyms match only in capitals: 'UN' is the United Nations, 'un' is not", () => {
  const article = extractText(` date 2019-01-07 Call
Narendra Modi and Vladimir Putin spoke on the phone on Monday and agreed to work together at the UN and the SCO.`);
  assert.deepEqual(article.topics, ["sco", "united-nations"]);
});

test("items the call did not cover, and analysts' comment, add no topics", () => {
  const article = extractText(` date 2025-08-19 Call
Prime Minister Narendra Modi and President Vladimir Putin spoke on the phone on Monday about Ukraine.
Officials said the SCO summit was not discussed on Monday's call.
Neither the tariffs nor India's oil imports came up during the conversation.
Analysts said the call showed that India wanted to balance its ties with Washington.`);
  assert.deepEqual(article.topics, ["ukraine"]);
});

test("a phrase inside a longer phrase or a name counts for that, not for the shorter word", () => {
  const article = extractText(` date 2022-02-24 Call
Putin told Modi on the phone on Thursday about the reasons for the special military operation and invited him to the Eastern Economic Forum.
They also discussed the work of the Russian Direct Investment Fund with Defence Minister Rajnath Singh's team.`);
  assert.deepEqual(article.topics, ["ukraine", "russian-far-east"]);
});

test("an aside about a country is background, a hyphenated compound still matches", () => {
  const article = extractText(` date 2024-08-27 Call
Modi spoke to Putin on the phone on Tuesday about the Russia-Ukraine conflict. India, which buys much of its oil from Russia, urged dialogue.`);
  assert.deepEqual(article.topics, ["ukraine"]);
});

test("'civil nuclear energy' is nuclear, not energy; a fighter aircraft is defence", () => {
  const article = extractText(
    ` date 2010-08-09 Call
Prime Minister Manmohan Singh spoke to Russian President Dmitry Medvedev on telephone on Saturday. ` +
      `They discussed cooperation in civil nuclear energy and the joint development of a fifth-generation fighter aircraft.`,
  );
  assert.deepEqual(article.topics, ["defence", "nuclear"]);
});

test("a military action or strike the leaders discussed is not defence ties; the special military operation stays Ukraine", () => {
  const war = extractText(` date 2003-03-21 Call
Russian President Vladimir Putin telephoned Prime Minister Atal Bihari Vajpayee and the two leaders discussed the military action against Iraq.`);
  assert.deepEqual(war.topics, ["west-asia"]);
  const ties = extractText(` date 2021-04-28 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone and the two leaders discussed military cooperation.`);
  assert.deepEqual(ties.topics, ["defence"]);
  const ukraine = extractText(` date 2022-02-24 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone, who outlined the reasons for the special military operation.`);
  assert.ok(ukraine.topics.includes("ukraine") && !ukraine.topics.includes("defence"));
});

test("'the two men also touched on trade' carries a topic of the call", () => {
  const article = extractText(` date 2024-08-28 Call
Prime Minister Narendra Modi and President Vladimir Putin talked by phone on Tuesday.

The Kremlin said the two men also touched on bilateral trade, which has grown fast.`);
  assert.ok(article.topics.includes("trade"), article.topics.join(","));
});

test("'Putin had explained Russia's position on Ukraine' is what he said on the call", () => {
  const article = extractText(` date 2022-12-16 Call
Prime Minister Narendra Modi and President Vladimir Putin held a 40-minute conversation on Friday.

The Kremlin, for its part, said Putin had explained Russia's position on Ukraine.`);
  assert.ok(article.topics.includes("ukraine"), article.topics.join(","));
});

test("a backdrop introduced by 'amid' or 'in the face of' adds no topics", () => {
  const article = extractText(` date 2025-08-09 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday amid a row over American tariffs on Indian goods.
Modi called Putin in the face of pressure over its purchases of Russian oil, and discussed Ukraine.`);
  assert.deepEqual(article.topics, ["ukraine"]);
});

test("'non-military' is not defence; 'Defence Ministers' is a title; earlier meetings at a summit are venues", () => {
  const article = extractText(` date 2021-04-28 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Wednesday.
They agreed to set up a dialogue between their Foreign and Defence Ministers and discussed the pandemic.
Modi told Putin that the strike had been a non-military step.
During the call, the leaders followed up on what they had discussed at earlier meetings, including at the SCO summit.`);
  assert.deepEqual(article.topics, ["covid-19"]);
});

test("a summit the leaders agreed to attend is a topic, not a venue", () => {
  const article = extractText(` date 2009-06-01 Call
Prime Minister Manmohan Singh spoke to President Dmitry Medvedev on the phone on Monday. The two leaders agreed to meet at the BRIC summit next month.`);
  assert.deepEqual(article.topics, ["brics"]);
});

test("talks still to come and comment on the call add no topics; a passive 'were spoken about' does", () => {
  const article = extractText(` date 2023-08-28 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday.
Oil and gas projects run together were spoken about as well.
Arctic shipping is expected to top the list when the two leaders meet in the autumn.
The call signals that trade and defence links remain firm despite pressure.`);
  assert.deepEqual(article.topics, ["energy"]);
});

test("a post reopened in a second paragraph is still what was said on the call; hosting the Russian leader is the annual summit", () => {
  const article = extractText(` date 2025-08-09 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday.

Modi wrote on X: “Had a detailed conversation with my friend President Putin.

“We agreed to keep working together. I look forward to hosting President Putin in India for our yearly meeting.”`);
  assert.deepEqual(article.topics, ["annual-summit"]);
});

test("a message of congratulations sent earlier is not the call", () => {
  const article = extractText(` date 2014-05-28 Call
President Vladimir Putin spoke to Prime Minister Narendra Modi on the phone on Tuesday about the Afghan situation.
In his message of congratulations to Modi last week, Putin had praised the election result.`);
  assert.deepEqual(article.topics, ["afghanistan"]);
});

test("'economic' alone is not trade; agriculture is; a briefing on US contacts is us-relations", () => {
  const article = extractText(` date 2025-08-09 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday.
Putin praised India's progress in social, economic and cultural fields.
They discussed farm exports and agricultural supplies, and Putin briefed Modi on his coming meeting with Trump in Alaska.`);
  assert.deepEqual(article.topics, ["trade", "us-relations"]);
});

test("topicsOfCall: given the sentences that report this call, a sentence about another call adds nothing", async () => {
  const { compileTopics, topicsOfCall } = await import("../../src/extract/topics.ts");
  const { reference } = await import("../helpers/extract.ts");
  const matchers = compileTopics(reference.topics);
  const texts = [
    "Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday about fertilisers.",
    "Earlier in the day Modi spoke on the phone with the Ukrainian President about the war in Ukraine.",
  ];
  const sentences = texts.map((text, paragraph) => ({ text, paragraph, start: 0 }));
  const callCue = [true, true];
  assert.deepEqual([...topicsOfCall(sentences, callCue, matchers).keys()].sort(), ["fertilizers", "ukraine"]);
  assert.deepEqual([...topicsOfCall(sentences, callCue, matchers, { callSentences: new Set([0]) }).keys()], ["fertilizers"]);
});

test("every sentence of a post embedded without marks is what was said on the call", () => {
  const article = extractText(` date 2024-03-20 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Wednesday.

Had a warm conversation with President Putin today. Hope to host him in India for our annual summit soon. — Narendra Modi (@narendramodi) March 20, 2024`);
  assert.deepEqual(article.topics, ["annual-summit"]);
});

test("good-luck wishes (for success, for a presidency) are not greetings; a birthday still is", () => {
  const a = extractText(` date 2024-02-10 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Saturday.
The leaders wished each other success in the coming elections.
As India holds the SCO chairmanship this year, Putin conveyed his best wishes.`);
  assert.deepEqual(a.topics, ["elections", "sco"]);
  const b = extractText(` date 2024-10-07 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday and wished him on his birthday.`);
  assert.deepEqual(b.topics, ["greetings"]);
});

test("what others claim and other leaders' calls add no topics", () => {
  const article = extractText(` date 2025-05-05 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Monday and they discussed energy.
Western officials have long argued that trade with Moscow weakens the sanctions.
Other world leaders, including President Trump, have also called Modi since the attack.`);
  assert.deepEqual(article.topics, ["energy"]);
});

test("a briefing on a visit, a passive readout, 'Recalling …' and a present-tense subheading carry the call's topics", () => {
  const article = extractText(` date 2023-07-01 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday.
Modi informed Putin about his talks during his recent visit to Washington.
Special attention was paid to cooperation within the G20.
Recalling their talks during Putin's visit to India for the annual summit, the leaders agreed to keep in touch.

Putin invites Modi to Kazan for BRICS meeting`);
  assert.deepEqual([...article.topics].sort(), ["annual-summit", "brics", "g20", "us-relations"]);
});

test("a military leader is a person, not defence; 'the coming days' is not background; a blast condoled is not terrorism", () => {
  const article = extractText(` date 2020-10-07 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Wednesday.
The leaders discussed the killing of a senior military commander in the Persian Gulf region.
They agreed to stay in touch over the coming days on the fight against the pandemic.
Modi conveyed condolences over the loss of lives in the metro blast.`);
  assert.deepEqual([...article.topics].sort(), ["condolences", "covid-19", "west-asia"]);
});

test("a comparison ('…, in line with last year') is not another event; what was done on a past visit is", () => {
  const article = extractText(` date 2023-06-30 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday.
The leaders noted the growth in trade this quarter, in line with the pace seen last year.
Putin visited Mumbai in March and the two sides signed accords on nuclear power.`);
  assert.deepEqual(article.topics, ["trade"]);
});

test("'the call came alongside / besides …' introduces background, not the call's content", () => {
  const article = extractText(` date 2020-07-02 Call
The phone call between Prime Minister Narendra Modi and President Vladimir Putin came alongside a decision to buy new fighter jets.
The leaders discussed the pandemic.`);
  assert.deepEqual(article.topics, ["covid-19"]);
});
