import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText } from "../helpers/extract.ts";

const names = (article: ReturnType<typeof extractText>) => article.participants.map((p) => p.name).sort();
const speakers = (article: ReturnType<typeof extractText>) => article.quotes.map((q) => q.speaker);

test("'the two leaders talked on Tuesday' reports a call; talking for hours at a forum does not", () => {
  const call = extractText(` date 2021-06-02 Vaccines and visas on the agenda
Prime Minister Narendra Modi and President Vladimir Putin reviewed vaccine supplies when the two leaders talked on Tuesday.`);
  assert.equal(call.isCall, true);
  assert.equal(call.callDate.date, "2021-06-01");
  const meeting = extractText(` date 2019-09-05 Talks at the forum
Prime Minister Narendra Modi and President Vladimir Putin met at the forum. The two leaders talked for nearly two hours about shipping.`);
  assert.equal(meeting.isCall, false);
});

test("a readout titled with the counterpart alone takes its own leader from further down", () => {
  const article = extractText(`Telephone conversation with Prime Minister of India Narendra Modi
June 3, 2021
The sides discussed vaccine supplies.
The conversation took place in a friendly atmosphere.
Vladimir Putin thanked his counterpart for the good wishes.`);
  assert.equal(article.isCall, true);
  assert.deepEqual(names(article), ["Narendra Modi", "Vladimir Putin"]);
});

test("the other spellings of leaders' names are the same leaders", () => {
  const vajpayee = extractText(` date 2002-05-20 Call
Atal Behari Vajpayee spoke to Vladimir Putin by telephone on Monday.`);
  assert.deepEqual(names(vajpayee), ["Atal Bihari Vajpayee", "Vladimir Putin"]);
  const singh = extractText(` date 2013-10-02 Manmohan, Putin talk on phone
Manmohan spoke to President Putin on the phone on Wednesday.`);
  assert.deepEqual(names(singh), ["Manmohan Singh", "Vladimir Putin"]);
});

test("the caller is found through an apposition and when the callee is a bare title", () => {
  const apposition = extractText(` date 2001-10-02 Call
The Russian President, Vladimir Putin, rang up the Prime Minister, Atal Behari Vajpayee, on Monday evening.`);
  assert.equal(apposition.initiator, "Vladimir Putin");
  const bare = extractText(` date 2019-09-18 Call
Vladimir Putin telephoned the Prime Minister on Tuesday, the day Narendra Modi turned 69.`);
  assert.equal(bare.initiator, "Vladimir Putin");
  const naming = extractText(` date 2019-05-24 Call
Vladimir Putin spoke to Narendra Modi by phone on Friday. Putin called the prime minister a close friend.`);
  assert.equal(naming.initiator, null);
});

test("clauses about another call, another actor or an earlier event add no topics", () => {
  const article = extractText(` date 2023-02-11 Modi and Putin talk as Washington weighs new sanctions on oil
Narendra Modi and Vladimir Putin discussed fertiliser supplies when the two leaders talked on Friday.
It was their first conversation since the December call, when the G20 agenda dominated.
They also discussed ways to raise bilateral trade, which has grown since 2022 on the back of defence deals.`);
  assert.deepEqual(article.topics, ["trade", "fertilizers"]);
});

test("a quotation running on past a sentence end keeps carrying the call's topics", () => {
  const article = extractText(` date 2024-10-08 Call
Modi thanked Putin for the call, writing: "Thank you for your phone call and birthday wishes. We remain committed to peace in Ukraine."`);
  assert.deepEqual(article.topics, ["ukraine", "greetings"]);
});

test("wording for Iraq, bomb blasts and a constitutional vote maps to its topics", () => {
  const article = extractText(` date 2017-04-04 Call
Narendra Modi telephoned Vladimir Putin on Monday and condemned the blast in the metro.
The two leaders also discussed the war in Iraq and the amendments to the Constitution.`);
  assert.deepEqual(article.topics, ["counter-terrorism", "west-asia", "russia-domestic"]);
});

test("an unattributed quotation right after another in its paragraph is the same speaker's", () => {
  const article = extractText(` date 2024-08-27 Call
Narendra Modi phoned Vladimir Putin on Tuesday, as New Delhi weighs its options.
"We discussed the conflict and my recent visit to the region," Modi said after the call. "I repeated our support for a peaceful settlement."`);
  assert.deepEqual(speakers(article), ["Narendra Modi", "Narendra Modi"]);
});

test("names inside an earlier single-quoted quotation are not the 'he' of the next one", () => {
  const article = extractText(` date 2024-03-21 Call
Narendra Modi spoke to Vladimir Putin on Wednesday.
‘I wished my friend success in his new term as the President of the Russian Federation,’ Modi said.
‘We agreed to deepen our partnership in the years to come,’ he added.`);
  assert.deepEqual(speakers(article), ["Narendra Modi", "Narendra Modi"]);
});

test("'the spokesperson said' is the spokesperson as described; a source's qualifier is dropped", () => {
  const article = extractText(` date 2003-03-21 Call
Vladimir Putin telephoned Atal Bihari Vajpayee on Friday, according to an official spokesperson.
"The two leaders agreed to remain in touch over the coming days," the spokesperson said.
An official familiar with the conversation said Putin "thanked India for its balanced position on the crisis".`);
  assert.deepEqual(speakers(article), ["Official spokesperson", "Official"]);
});

test("a post copied from X's page (name, @handle, text, time stamp) is a quotation by that name", () => {
  const article = extractText(` date 2021-04-28 Call
Narendra Modi spoke to Vladimir Putin on the phone on Wednesday.
Narendra Modi
@narendramodi
Good talk with President Putin about vaccines and the pandemic today.
7:02 PM · Apr 28, 2021
More details are awaited.`);
  assert.deepEqual(
    article.quotes.map((q) => [q.text, q.speaker]),
    [["Good talk with President Putin about vaccines and the pandemic today.", "Narendra Modi"]],
  );
});

test("'I have spoken to you several times on the phone' recalls calls, it does not report one", () => {
  const article = extractText(` date 2024-10-22 Talks in the city
Narendra Modi met Vladimir Putin in the city on Tuesday.
"I have spoken to you several times on the phone this year," Modi told Putin.`);
  assert.equal(article.isCall, false);
});

test("a background clause ends where the sentence's next verb phrase begins", () => {
  const article = extractText(` date 2022-03-02 Call
Narendra Modi spoke to Vladimir Putin this evening, a day after shelling hit a city in the east, and discussed the evacuation of students from Ukraine.`);
  assert.deepEqual(article.topics, ["ukraine"]);
});

test("a private military company is events in Russia, not defence; an earlier event a leader recalled on the call counts", () => {
  const wagner = extractText(` date 2023-06-30 Call
Vladimir Putin told Narendra Modi on the phone on Friday about the revolt by a private military company.`);
  assert.deepEqual(wagner.topics, ["russia-domestic"]);
  const recalled = extractText(` date 2019-10-07 Call
Narendra Modi called Vladimir Putin on Monday. The Prime Minister recalled his trip to Vladivostok last month.`);
  assert.deepEqual(recalled.topics, ["russian-far-east"]);
});

test("'Modi and Putin spoke about …' with no call word is a call, unless the text puts them together", () => {
  const call = extractText(
    `---
title: Week in review
published: 2022-07-08
---

On July 1, Narendra Modi and Vladimir Putin spoke about fertiliser supplies, officials said.

Markets fell on Tuesday.`,
    "review.md",
  );
  assert.equal(call.isCall, true);
  assert.equal(call.callDate.date, "2022-07-01");
  const together = extractText(` date 2024-07-09 Dinner
Narendra Modi and Vladimir Putin spoke about trade over dinner at the summit venue on Monday.`);
  assert.equal(together.isCall, false);
});

test("'spoke with … at the regional summit in the city' is a meeting, not a call", () => {
  const article = extractText(` date 2022-09-16 Meeting
Narendra Modi spoke with Vladimir Putin on Friday at the regional bloc's summit in the old city.`);
  assert.equal(article.isCall, false);
});

test("words of a Title Case headline are topics, but a live blog's rubric is not", () => {
  const headline = extractText(` date 2024-03-21 Putin Holds Call With Modi After Landslide Election Win
Vladimir Putin held a call with Narendra Modi late Wednesday.`);
  assert.deepEqual(headline.topics, ["elections"]);
  const live = extractText(` date 2025-08-08 Tariff Row Live Updates: Putin Dials PM Modi, Shares Details Of Talks
Vladimir Putin called Narendra Modi this evening and briefed him on Ukraine.`);
  assert.deepEqual(live.topics, ["ukraine"]);
});

test("'according to the Indian side' names the source that 'the statement' then refers to", () => {
  const article = extractText(` date 2022-12-17 Call
Narendra Modi and Vladimir Putin spoke on the phone on Friday.
According to the Indian side, the leaders discussed energy.
"The two leaders agreed to stay in close touch," the statement said.`);
  assert.deepEqual(
    article.quotes.map((q) => q.speaker),
    ["MEA"],
  );
});

test("a readout of a call with a third country's leader does not borrow our leaders from the body", () => {
  const article = extractText(`Telephone conversation with Prime Minister of Pakistan Shehbaz Sharif
May 10, 2025
The conversation was held at the request of the Pakistani side.
Vladimir Putin urged restraint. He noted that he had discussed the situation with Narendra Modi on May 5.`);
  assert.equal(article.isCall, false);
});

test("an attack in Kashmir or a massacre the leaders condemned is counter-terrorism", () => {
  const article = extractText(` date 2019-02-15 Putin condemns Kashmir attack in call with Modi
Vladimir Putin called Narendra Modi on Friday.`);
  assert.deepEqual(article.topics, ["counter-terrorism"]);
});

test("'Modi and Putin talked on Friday evening' is a call, even when a past visit is mentioned; a meeting now is not", () => {
  const call = extractText(` date 2022-07-02 Review
Narendra Modi and Vladimir Putin talked on Friday evening and reviewed the decisions of the visit to India last December.`);
  assert.equal(call.isCall, true);
  assert.equal(call.callDate.date, "2022-07-01");
  const meeting = extractText(` date 2024-07-09 Review
Narendra Modi and Vladimir Putin talked on Monday evening during the visit to Moscow.`);
  assert.equal(meeting.isCall, false);
});

test("a leader recalling that they 'spoke by telephone only recently' at a meeting is not a call report", () => {
  const meeting = extractText(` date 2025-09-01 Meeting with Prime Minister of India Narendra Modi
The talks took place on the sidelines of the SCO summit in Tianjin.

Vladimir Putin: Dear Mr Prime Minister, we spoke by telephone only recently, but meeting in person is always better.`);
  assert.equal(meeting.isCall, false);
  const call = extractText(` date 2025-09-01 Call
Vladimir Putin spoke by telephone with Prime Minister Narendra Modi on Monday.`);
  assert.equal(call.isCall, true);
});

test("an official readout titled 'Telephone conversation with …' that gives no time is dated its publication day", () => {
  const readout = extractText(` date 2025-05-05 Telephone conversation with Prime Minister of India Narendra Modi

Vladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi.

The leaders agreed to keep up their fight against terrorism.`);
  assert.equal(readout.callDate.date, "2025-05-05");
  const report = extractText(` date 2025-05-05 Modi and Putin review ties

Vladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi.`);
  assert.equal(report.callDate.date, null, "an ordinary headline may be a later crawl date");
});

test("'we had a good talk on the phone not long ago', 'the other day': an earlier call recalled, not reported", () => {
  for (const when of ["not long ago", "the other day", "a while back"]) {
    const meeting = extractText(` date 2025-08-07 Meeting with the National Security Adviser of India

Vladimir Putin: Please pass my regards to Prime Minister Narendra Modi. We had a good talk on the phone ${when}.`);
    assert.equal(meeting.isCall, false, when);
  }
});

test("'a call between Modi and Putin is being planned' is a call still to come; 'the call … was arranged by' is not", () => {
  const planned = extractText(` date 2022-12-14 Preview
A call between Prime Minister Narendra Modi and Russian President Vladimir Putin is being planned for the coming days, people familiar with the matter said.`);
  assert.equal(planned.isCall, false);
  const held = extractText(` date 2022-12-16 Call
The telephone call between Prime Minister Narendra Modi and Russian President Vladimir Putin on Friday was arranged by the Russian side.`);
  assert.equal(held.isCall, true);
});

test("call wordings from outlets: a telephone interaction, a quoted 'good conversation' with the other leader", () => {
  const a = extractText(
    ` date 2023-04-11 Leaders in touch\nTheir telephone interaction on Monday covered grain exports, ` +
      `Prime Minister Narendra Modi and President Vladimir Putin agreed.`,
  );
  assert.equal(a.isCall, true);
  const b = extractText(
    ` date 2023-04-11 Modi on talks\nPrime Minister Narendra Modi said on Monday that he had a "productive conversation" ` +
      `with Russian President Vladimir Putin about grain exports.`,
  );
  assert.equal(b.isCall, true);
  assert.equal(b.callDate.date, "2023-04-10");
});

test("not this call: several past conversations, and a talk in a car at a summit", () => {
  const many = extractText(
    ` date 2024-07-01 Visit preview\nSince the war began, Prime Minister Narendra Modi has had several telephonic conversations ` +
      `with President Vladimir Putin, and he will travel to Moscow next week.`,
  );
  assert.equal(many.isCall, false);
  const car = extractText(
    ` date 2025-09-02 Summit diary\nPrime Minister Narendra Modi and President Vladimir Putin had an hour-long conversation ` +
      `in the Kremlin chief's car on Monday, before the summit session began.`,
  );
  assert.equal(car.isCall, false);
});
