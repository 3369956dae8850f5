import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { DEFAULT_DATA_DIR, loadReference } from "../../src/data/load.ts";
import { chooseParticipants, compileLeaderMatcher, findLeaderMentions } from "../../src/extract/leaders.ts";
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
  assert.deepEqual(
    names(` date 2019-06-05 Call
PM Modi received a phone call from Mr Putin on Wednesday.`),
    ["Narendra Modi", "Vladimir Putin"],
  );
  assert.deepEqual(
    names(` date 2009-11-02 Call
Dr Singh and President Medvedev held telephone talks on Monday.`),
    ["Manmohan Singh", "Dmitry Medvedev"],
  );
});

test("offices come from the data, and a wrong title in the text is a warning", () => {
  const article = extractText(` date 2023-03-01 Call
Prime Minister Narendra Modi held a telephone conversation with Russian Prime Minister Vladimir Putin on Wednesday.`);
  assert.deepEqual(
    article.participants.map((p) => p.office),
    ["Prime Minister of India", "President of Russia"],
  );
  assert.ok(article.warnings.some((w) => w.message.includes('"Russian Prime Minister"')));
});

test("ministers and other heads of state are not participants", () => {
  const article = extractText(
    ` date 2022-07-01 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday. ` +
      `External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh were briefed. ` +
      `Later, Modi also spoke to French President Emmanuel Macron.`,
  );
  assert.deepEqual(
    article.participants.map((p) => p.name),
    ["Narendra Modi", "Vladimir Putin"],
  );
});

test("a call with another country's leader is not an India–Russia call", () => {
  const article = extractText(` date 2023-05-20 Call
Prime Minister Narendra Modi spoke to Ukrainian President Volodymyr Zelensky over the phone on Saturday. Modi had met Putin in Samarkand last year.`);
  assert.equal(article.isCall, false);
});

test("an in-person summit or a video conference is not a phone call", () => {
  assert.equal(
    extractText(` date 2024-07-09 Summit
Prime Minister Narendra Modi and President Vladimir Putin held talks in Moscow on Tuesday at the annual summit.`).isCall,
    false,
  );
  assert.equal(
    extractText(` date 2020-06-01 Summit
Prime Minister Narendra Modi and President Vladimir Putin held a virtual summit by video conference on Monday.`).isCall,
    false,
  );
});

test("every way of saying it was a phone call counts", () => {
  for (const words of [
    "held a telephonic conversation with",
    "spoke over the phone with",
    "dialled",
    "had a phone call with",
    "held telephone talks with",
  ]) {
    const article = extractText(` date 2022-12-16 Call\nPrime Minister Narendra Modi ${words} President Vladimir Putin on Friday.`);
    assert.equal(article.isCall, true, words);
    assert.deepEqual(
      article.participants.map((p) => p.name),
      ["Narendra Modi", "Vladimir Putin"],
      words,
    );
  }
});

test("a leaders' meeting on a summit's sidelines, or ministers' phone call, is not a leaders' call", () => {
  assert.equal(
    extractText(` date 2024-10-22 Kazan
Prime Minister Narendra Modi spoke with Russian President Vladimir Putin on the sidelines of the BRICS summit in Kazan on Tuesday.`).isCall,
    false,
  );
  assert.equal(
    extractText(
      ` date 2023-03-18 Ministers
External Affairs Minister S Jaishankar held a telephone conversation with Russian Foreign Minister Sergey Lavrov on Saturday. ` +
        `They discussed the coming contacts between President Vladimir Putin and Prime Minister Narendra Modi.`,
    ).isCall,
    false,
  );
});

test("a report that the leaders have not spoken, or that Modi spoke to another leader, is not an India–Russia call", () => {
  const article = extractText(` date 2025-04-23 Condolences
Russian President Vladimir Putin sent a message of condolence to Prime Minister Narendra Modi after the attack.

Several world leaders, including US President Donald Trump, spoke to Modi by phone after the attack.

There has been no telephone conversation between Modi and Putin since the attack, officials said.`);
  assert.equal(article.isCall, false);
});

test("a call sentence naming one side takes the other from the lede", () => {
  const article = extractText(`Vladimir Putin will not attend the G20 summit in New Delhi.

He delivered the news in a phone conversation with Narendra Modi on Monday, August 28, 2023.`);
  assert.deepEqual(
    article.participants.map((p) => p.name),
    ["Narendra Modi", "Vladimir Putin"],
  );
});

test("Indian Presidents, Russian Prime Ministers and the Yeltsin years", () => {
  assert.deepEqual(
    names(` date 2012-08-02 Call
Russian President Vladimir Putin on Wednesday called President Pranab Mukherjee and congratulated him.`),
    ["Pranab Mukherjee", "Vladimir Putin"],
  );
  const pm = extractText(` date 2011-03-18 Call
Russian Prime Minister Vladimir Putin had a telephone conversation with his Indian counterpart Manmohan Singh on Thursday.`);
  assert.deepEqual(
    pm.participants.map((p) => [p.name, p.office]),
    [
      ["Manmohan Singh", "Prime Minister of India"],
      ["Vladimir Putin", "Prime Minister of Russia"],
    ],
  );
  assert.deepEqual(
    names(` date 1999-06-16 Call
Prime Minister Atal Bihari Vajpayee spoke to Russian President Boris Yeltsin over the telephone on Tuesday.`),
    ["Atal Bihari Vajpayee", "Boris Yeltsin"],
  );
});

test("an article in a language without a language file is kept and reported as unsupported", () => {
  const article = extractText(
    ` date 2024-03-21 Путин і Моді провели телефонну розмову
Президент Росії Володимир Путін провів телефонну розмову ` +
      `з прем'єр-міністром Індії Нарендрою Моді, повідомили в Кремлі. ` +
      `Сторони обговорили торгівлю між країнами і ситуацію навколо України.`,
  );
  assert.equal(article.isCall, false);
  assert.equal(article.language, null);
  assert.ok(article.warnings.some((w) => /no language file/.test(w.message)));
});

test("a call with someone named without a title does not borrow the lede's Russian leader", () => {
  const article = extractText(` date 2023-05-20 Call
Modi, who met Putin in Samarkand last year, is in Hiroshima this week.

Modi spoke to Zelensky on the phone on Saturday about the war.`);
  assert.equal(article.isCall, false);
});

test("a phone call in the same sentence as a video summit is still a call; a video call is not", () => {
  const article = extractText(` date 2021-12-20 Call
Prime Minister Narendra Modi spoke to President Vladimir Putin by phone on Monday, weeks after their virtual summit.`);
  assert.equal(article.isCall, true);
  assert.equal(
    extractText(` date 2021-12-20 Video
Prime Minister Narendra Modi and President Vladimir Putin held a video call on Monday.`).isCall,
    false,
  );
});

test("agency and analysis wordings of a call: 'spoke Friday with', 'his third conversation with', 'Monday's conversation'", () => {
  const ap = extractText(` date 2022-12-17 Call
MOSCOW (AP) — Russian President Vladimir Putin spoke Friday with Indian Prime Minister Narendra Modi, the Kremlin said.`);
  assert.equal(ap.isCall, true);
  assert.equal(ap.callDate.date, "2022-12-16");
  const analysis = extractText(` date 2022-03-10 Analysis
In his third conversation with Vladimir Putin since February 24, Prime Minister Narendra Modi on Monday urged direct talks.

The first call, on the night of February 24, came hours after the invasion began. Monday's conversation lasted about 50 minutes.`);
  assert.equal(analysis.isCall, true);
  assert.equal(analysis.callDate.date, "2022-03-07", "the first call's date is an earlier call's");
});

test("a call still to come is not a call", () => {
  const article = extractText(
    ` date 2023-01-10 Soon
Russian President Vladimir Putin and Indian Prime Minister Narendra Modi may hold a telephone conversation in the near future, ` +
      `Kremlin spokesman Dmitry Peskov said on Tuesday.`,
  );
  assert.equal(article.isCall, false);
});

test("a headline's capitals are not someone's first name: 'Why Putin called Modi', 'PM Modi Dials Putin'", () => {
  assert.deepEqual(names(` date 2025-08-10 Explained: Why Putin called Modi\n\nThe two leaders spoke by phone on Friday.`), [
    "Narendra Modi",
    "Vladimir Putin",
  ]);
  assert.deepEqual(
    names(` date 2017-06-21 PM Modi Speaks To Putin On Phone, Discusses Kudankulam And Yoga Day\n\nThe call took place on Tuesday.`),
    ["Narendra Modi", "Vladimir Putin"],
  );
  assert.deepEqual(
    names(
      ` date 2022-07-01 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Friday. ` +
        `Defence Minister Rajnath Singh was briefed.`,
    ),
    ["Narendra Modi", "Vladimir Putin"],
  );
});

test("a readout titled 'Telephone conversation with <counterpart>' takes the other side from its first paragraph", () => {
  const article = extractText(`Telephone conversation with Prime Minister of India Manmohan Singh
November 27, 2008
Dmitry Medvedev expressed his deep condolences to Manmohan Singh in connection with the terrorist attacks in Mumbai.`);
  assert.deepEqual(
    article.participants.map((p) => p.name),
    ["Manmohan Singh", "Dmitry Medvedev"],
  );
  assert.equal(article.callDate.date, "2008-11-27");
});

test("'had briefed Modi by phone' recalls an earlier call; the article's call is with someone else", () => {
  const article = extractText(` date 2025-08-11 Call
Prime Minister Narendra Modi on Monday spoke to Ukrainian President Volodymyr Zelensky over the phone.

The conversation came three days after Russian President Vladimir Putin had briefed Modi by phone on his talks with a US envoy.`);
  assert.equal(article.isCall, false);
});

describe("leaders by name first", () => {
  const reference = loadReference(DEFAULT_DATA_DIR);
  const matcher = compileLeaderMatcher(reference);
  const pick = (text: string, from: string, to: string) => {
    const sentences = [{ text, paragraph: 0, start: 0 }];
    const mentions = findLeaderMentions(sentences, matcher);
    return chooseParticipants({ mentions, callContext: new Set([0]), from, to, countries: ["india", "russia"] }, reference).map(
      (l) => l.name,
    );
  };

  it("a full name identifies the leader whatever the date range", () => {
    assert.deepEqual(pick("Narendra Modi spoke to Vladimir Putin by phone.", "1947-08-15", "2026-12-04"), [
      "Narendra Modi",
      "Vladimir Putin",
    ]);
  });

  it("a bare office over an open range stays unresolved instead of taking the first holder", () => {
    assert.deepEqual(pick("The Indian Prime Minister spoke to Vladimir Putin by phone.", "2000-01-01", "2026-12-04"), ["Vladimir Putin"]);
  });

  it("a bare office is resolved when one person held it over the whole range", () => {
    assert.deepEqual(pick("The Indian Prime Minister spoke to Vladimir Putin by phone.", "2019-03-01", "2019-03-31"), [
      "Narendra Modi",
      "Vladimir Putin",
    ]);
  });

  it("a named leader in office wins over a named former one in the same sentence", () => {
    assert.deepEqual(pick("Modi told Putin by phone that the ties Vajpayee built still hold.", "2018-01-01", "2018-12-31"), [
      "Narendra Modi",
      "Vladimir Putin",
    ]);
  });
});
