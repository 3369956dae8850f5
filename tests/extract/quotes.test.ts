import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { wordCount } from "../../src/extract/quotes.ts";
import { extractText } from "../helpers/extract.ts";

const quotes = (body: string) =>
  extractText(
    ` date 2024-03-20 Call\nPrime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Wednesday.\n\n${body}`,
  ).quotes.map((q) => [q.text, q.speaker]);

test("curly, straight and mixed quote marks, with the speaker after or before", () => {
  assert.deepEqual(quotes(`“We agreed to deepen our special partnership,” Modi said.`), [
    ["We agreed to deepen our special partnership", "Narendra Modi"],
  ]);
  assert.deepEqual(quotes(`The Kremlin said, "The leaders discussed the energy partnership at length."`), [
    ["The leaders discussed the energy partnership at length.", "Kremlin"],
  ]);
  assert.deepEqual(quotes(`The MEA said, “Both leaders agreed to stay in close touch."`), [
    ["Both leaders agreed to stay in close touch.", "MEA"],
  ]);
});

test("quoting that reopens each paragraph with a mark is one quote per paragraph, of the same speaker", () => {
  assert.deepEqual(
    quotes(`Putin told reporters, “The talks with Modi were useful and warm.

“We will continue the dialogue with our Indian friends.”`),
    [
      ["The talks with Modi were useful and warm.", "Vladimir Putin"],
      ["We will continue the dialogue with our Indian friends.", "Vladimir Putin"],
    ],
  );
});

test("quoting that runs on over reopened paragraphs is attributed where it ends", () => {
  assert.deepEqual(
    quotes(`The Kremlin press office put out a short note. Later the aide Yuri Ushakov spoke to reporters.

“The leaders went over the energy projects one by one.

“They also agreed to meet before the end of the year,” Ushakov said.`),
    [
      ["The leaders went over the energy projects one by one.", "Yuri Ushakov"],
      ["They also agreed to meet before the end of the year", "Yuri Ushakov"],
    ],
  );
});

test("a quotation whose paragraph ends without reopening runs on as one quote", () => {
  assert.deepEqual(
    quotes(`Modi said on X: “Spoke with my friend President Putin about our ties

and about the road to peace in the region.”`).map(([text]) => text),
    ["Spoke with my friend President Putin about our ties and about the road to peace in the region."],
  );
});

test("scare quotes of a few words are not quotes", () => {
  assert.deepEqual(quotes(`Putin called India a 'great power' and a "time-tested friend".`), []);
});

test("a tweet embedded without quote marks is the leader's quote", () => {
  assert.deepEqual(
    quotes(
      `Spoke with President Putin today and congratulated him on his re-election. @KremlinRussia_E — Narendra Modi (@narendramodi) March 20, 2024`,
    ),
    [["Spoke with President Putin today and congratulated him on his re-election.", "Narendra Modi"]],
  );
});

test("'Taking to X, PM Modi wrote:' introduces a post quoted without marks", () => {
  assert.deepEqual(
    quotes(`Taking to X, PM Modi wrote:

Spoke at length with my friend President Putin today about where our partnership goes next.`),
    [["Spoke at length with my friend President Putin today about where our partnership goes next.", "Narendra Modi"]],
  );
});

test("'it said' points to the statement quoted before; 'he said' to the person", () => {
  assert.deepEqual(
    quotes(`“The sides discussed the supply of fertilisers,” the Kremlin said. “They agreed to keep in contact,” it added.`),
    [
      ["The sides discussed the supply of fertilisers", "Kremlin"],
      ["They agreed to keep in contact", "Kremlin"],
    ],
  );
  assert.deepEqual(quotes(`Putin praised the ties. “India is a reliable partner of ours,” he said.`), [
    ["India is a reliable partner of ours", "Vladimir Putin"],
  ]);
});

test("the same words quoted twice in one article appear once", () => {
  assert.equal(
    quotes(`Modi tweeted, “Had a very good conversation with President Putin today.”

Had a very good conversation with President Putin today. We reviewed our partnership. — Narendra Modi (@narendramodi) March 20, 2024`)
      .length,
    1,
  );
});

test("a bare surname takes the full name the article gives", () => {
  assert.deepEqual(
    quotes(`Kremlin spokesman Dmitry Peskov briefed reporters. “The conversation was substantive and friendly in tone,” Peskov said.`),
    [["The conversation was substantive and friendly in tone", "Dmitry Peskov"]],
  );
});

test("the clause right before a quote names its speaker, even when another name follows it", () => {
  assert.deepEqual(
    quotes(
      `The Kremlin's version was longer. ` +
        `It said the two sides "expressed interest in increasing supplies of fertilisers", and that Putin had explained Russia's approach.`,
    ),
    [["expressed interest in increasing supplies of fertilisers", "Kremlin"]],
  );
  assert.deepEqual(
    quotes(`The two met a day later in Samarkand, where Modi told the Russian leader that "today's era is not an era of war".`),
    [["today's era is not an era of war", "Narendra Modi"]],
  );
});

test("a post introduced by a line ending in a colon belongs to the leader that line names", () => {
  assert.deepEqual(
    quotes(`In a post on X, the Prime Minister said:

"Grateful to President Putin for his warm wishes on the results."`),
    [["Grateful to President Putin for his warm wishes on the results.", "Narendra Modi"]],
  );
});

test("statements of TASS and of 'Russian diplomatic sources' keep their source as speaker", () => {
  assert.deepEqual(
    quotes(`"Our countries share the same concerns about terrorism in the region," Russian diplomatic sources said.

"The leaders agreed to continue regular contacts at the highest level," TASS reported.`),
    [
      ["Our countries share the same concerns about terrorism in the region", "Russian diplomatic sources"],
      ["The leaders agreed to continue regular contacts at the highest level", "TASS"],
    ],
  );
});

test("an ellipsis inside a quote keeps it one quote", () => {
  assert.deepEqual(
    quotes(`Modi posted on X: “Had a good conversation with President Putin … We look forward to Russia's support for our initiatives.”`),
    [["Had a good conversation with President Putin … We look forward to Russia's support for our initiatives.", "Narendra Modi"]],
  );
});

test("a source described by role keeps its description; a sentence after the quote's full stop is not its attribution", () => {
  assert.deepEqual(
    quotes(
      `"There is a clear sense that India cannot be seen as taking sides," said a former ambassador to Moscow who did not wish to be named.`,
    ),
    [["There is a clear sense that India cannot be seen as taking sides", "Former ambassador to Moscow"]],
  );
  assert.deepEqual(
    quotes(
      `The Kremlin said Putin criticised what it called "the destructive line of Kyiv, which rejects any talks". Modi's office said he urged restraint.`,
    ),
    [["the destructive line of Kyiv, which rejects any talks", "Kremlin"]],
  );
});

test("'he added' after 'The spokesman said Modi thanked the Russian leader' is the spokesman's", () => {
  assert.deepEqual(
    quotes(`An External Affairs Ministry spokesman briefed reporters. The spokesman said Mr Modi thanked the Russian leader for his solidarity.

"The Prime Minister said that terrorism must be fought together by all nations," he added.`),
    [["The Prime Minister said that terrorism must be fought together by all nations", "MEA"]],
  );
});

test("a quotation with no attribution takes the source the paragraph before reported", () => {
  assert.deepEqual(
    quotes(`Putin held the conversation on Wednesday, the Kremlin press service reported.

"Vladimir Putin warmly congratulated Narendra Modi on the convincing victory."`),
    [["Vladimir Putin warmly congratulated Narendra Modi on the convincing victory.", "Kremlin"]],
  );
});

test("'the release added' goes back to the release named, not to a city named as a place; an unnamed official release is the Indian government's", () => {
  assert.deepEqual(
    quotes(`"The leaders agreed to stay in close and regular touch," an official release said.

The two leaders will meet at the annual summit in Moscow in December.

"The Prime Minister thanked the President for his warm words of support," the release added.`).map(([, speaker]) => speaker),
    ["Indian government", "Indian government"],
  );
});

test("'the aide said' is the person the text gave that role", () => {
  assert.deepEqual(
    quotes(
      `Putin's condolences were conveyed, presidential aide Yuri Ushakov told journalists. ` +
        `"The president confirmed that Russia is ready to continue close cooperation," the aide said.`,
    ),
    [["The president confirmed that Russia is ready to continue close cooperation", "Yuri Ushakov"]],
  );
});

test("'the readout quoted Modi as telling Putin' gives the words to the person, not the readout", () => {
  assert.deepEqual(
    quotes(`"Differences can be settled only through honest and sincere dialogue," the Indian readout quoted Modi as telling Putin.`),
    [["Differences can be settled only through honest and sincere dialogue", "Narendra Modi"]],
  );
  assert.deepEqual(
    quotes(`"Differences can be settled only through honest and sincere dialogue," the Indian readout said.`).map(([, speaker]) => speaker),
    ["MEA"],
  );
});

test("a post whose sign-off stands on its own line is one quotation by the signer", () => {
  assert.deepEqual(
    quotes(`Spoke to President Putin today and briefed him on our G20 priorities.
— Narendra Modi (@narendramodi) December 16, 2022`),
    [["Spoke to President Putin today and briefed him on our G20 priorities.", "Narendra Modi"]],
  );
});

test("wordCount counts what splitting on white space and keeping the runs with a letter or digit counts", () => {
  const piece = fc.constantFrom(
    "word",
    "W",
    "7",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\ufeff",
    "—",
    "-",
    "“",
    "”",
    "é",
    "日本",
    "😀",
    "𝟙",
    "\ud83d",
    "٣",
    "'",
    ".",
    "x y",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
      const text = parts.join("");
      assert.equal(wordCount(text), text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test("'the government said', 'a press release': a statement no body is named for is the Indian government's", () => {
  assert.deepEqual(
    quotes(`Modi welcomed "the firm backing of Moscow for the fight against cross-border terror", the government said in a press release.

The leaders will "carry their partnership to new heights over the coming decade", the statement added.`).map(([, speaker]) => speaker),
    ["Indian government", "Indian government"],
  );
});

test("a body whose name holds a leader's is the body: 'Modi‘s office', 'the Prime Minister's Office'", () => {
  assert.deepEqual(
    quotes(`Modi‘s office said in a statement that the call was warm.

"The Prime Minister stressed the need for an early end to the fighting," the statement said.`).map(([, speaker]) => speaker),
    ["PMO"],
  );
  assert.deepEqual(
    quotes(
      `"The Prime Minister wished the President good health and every success," read a note issued by the Prime Minister's Office.`,
    ).map(([, speaker]) => speaker),
    ["PMO"],
  );
});

test("'it stated' after 'The Kremlin echoed New Delhi's statement' is the Kremlin, the sentence's subject", () => {
  assert.deepEqual(
    quotes(
      `The Kremlin also echoed the MEA's account, "The leaders reviewed their joint projects and agreed to stay in touch," it stated.`,
    ).map(([, speaker]) => speaker),
    ["Kremlin"],
  );
});

test("a paragraph that reopens the quoting without attribution keeps the source of the paragraph before", () => {
  assert.deepEqual(
    quotes(`"The leaders reviewed the whole range of their cooperation," the Prime Minister's Office said.

"President Putin thanked the Prime Minister for his good wishes and invited him to Moscow."`).map(([, speaker]) => speaker),
    ["PMO", "PMO"],
  );
  assert.deepEqual(
    quotes(`The Prime Minister's Office issued a note on the call. "The Prime Minister raised the safety of Indian nationals," it said.

Modi also "urged an early return to the negotiating table by all the parties concerned."`).map(([, speaker]) => speaker),
    ["PMO", "PMO"],
  );
});

test("a name or motto in quote marks is not a quotation; a signed post still is", () => {
  assert.deepEqual(quotes(`The summit will meet under the motto 'Partnership for Growth, Trust and Shared Prosperity'.`), []);
  assert.deepEqual(quotes(`Both sides praised the "Special and Privileged Strategic Partnership" between them.`), []);
});

test("a short line quoted again inside much longer remarks is kept as its own quotation", () => {
  assert.deepEqual(
    quotes(
      `"We have just spoken with our Indian friends," Putin said at a meeting with ministers.

"We have just spoken with our Indian friends. I congratulated the Prime Minister and passed on good wishes from all of us here, ` +
        `and he thanked everyone present," Putin said later in the meeting.`,
    ).length,
    2,
  );
});

test("bodies that speak for a side: the Russian President's website, the embassy, PIB; an official named with a capitalised title", () => {
  const speakerOf = (line: string) => quotes(line).map(([, speaker]) => speaker);
  assert.deepEqual(speakerOf(`"The Russian side stressed its backing for the peace effort," the Russian President's website said.`), [
    "Kremlin",
  ]);
  assert.deepEqual(speakerOf(`"Both sides reaffirmed the depth of their strategic ties," the Russian embassy in New Delhi said.`), [
    "Russian Embassy",
  ]);
  assert.deepEqual(speakerOf(`"The Prime Minister thanked the President for the call today," a PIB release said.`), ["PMO"]);
  assert.deepEqual(speakerOf(`"The leaders went over bilateral trade and energy ties," Foreign Secretary Vikram Misri told a briefing.`), [
    "Vikram Misri",
  ]);
  assert.deepEqual(speakerOf(`The MEA, in a statement, said: "The two leaders reviewed the state of their special partnership."`), ["MEA"]);
});

test("'he wrote' is not the leader the quotation itself names", () => {
  assert.deepEqual(
    quotes(`"Had a warm conversation with my friend President Putin today. We talked about deepening our partnership," he wrote on X.`).map(
      ([, speaker]) => speaker,
    ),
    ["Narendra Modi"],
  );
});

test("an unattributed quotation takes the body last shown speaking, not one only mentioned", () => {
  assert.deepEqual(
    quotes(`The Kremlin said the two presidents had a substantive talk. Putin said he understood the concerns of the Indian side.

"The leaders agreed to prepare the next round of consultations at an early date."`).map(([, speaker]) => speaker),
    ["Kremlin"],
  );
});

test("single quotes with an apostrophe inside are one quotation", () => {
  assert.deepEqual(quotes(`The Kremlin said Putin ‘set out Russia’s view of the talks with the American side’.`), [
    ["set out Russia’s view of the talks with the American side", "Kremlin"],
  ]);
});

test("post sign-offs with a hyphen or a day-month date, and a first-person post after 'posted on X.'", () => {
  const texts = (body: string) => quotes(body).map(([text, speaker]) => [String(text).slice(0, 30), speaker]);
  const want = [["Talked with my friend Presiden", "Narendra Modi"]];
  assert.deepEqual(
    texts(`Talked with my friend President Putin and we agreed to stay in close touch. - Narendra Modi (@narendramodi) August 8, 2025`),
    want,
  );
  assert.deepEqual(
    texts(`Talked with my friend President Putin and we agreed to stay in close touch. — Narendra Modi (@narendramodi) 8 August 2025`),
    want,
  );
  assert.deepEqual(
    texts(`Modi later posted on X.

Talked with my friend President Putin and we agreed to stay in close touch.`),
    want,
  );
  // Without the first person, a paragraph after "posted on X." is the article's own text.
  assert.deepEqual(
    texts(`Modi later posted on X.

The two countries have maintained close ties for decades despite pressure from the West.`),
    [],
  );
});

test("'“A,” he added, “B”': the second part of a broken quotation keeps its speaker", () => {
  assert.deepEqual(
    quotes(
      `"We will stay in touch on all the issues that matter," Putin said. "We will meet soon," he added, "as we agreed when we last spoke in the summer."`,
    ).map(([, speaker]) => speaker),
    ["Vladimir Putin", "Vladimir Putin"],
  );
});

test("a named official with a description between commas is that person", () => {
  const speakerOf = (line: string) => quotes(line).map(([, speaker]) => speaker);
  assert.deepEqual(
    speakerOf(`"The talk was friendly and went on for nearly an hour," Dmitry Peskov, the Kremlin spokesman, told reporters.`),
    ["Dmitry Peskov"],
  );
  assert.deepEqual(speakerOf(`Yuri Ushakov, a presidential aide, said: "The leaders agreed to meet again before the end of the year."`), [
    "Yuri Ushakov",
  ]);
});

test("pronouns: 'He added' after 'Putin told Modi' is Putin; 'he' is never the office just named", () => {
  const speakerOf = (body: string) => quotes(body).map(([, speaker]) => speaker);
  assert.deepEqual(
    speakerOf(
      `Putin told Modi that Russia prized the relationship. He added: "We will keep working with our Indian friends on every front."`,
    ),
    ["Vladimir Putin"],
  );
  assert.deepEqual(
    speakerOf(
      `The PMO said Modi wished Putin well. Modi also spoke to the Ukrainian President later. ` +
        `"I conveyed our firm support for every effort towards peace," he said.`,
    ),
    ["Narendra Modi"],
  );
});

test("'it said' after a sentence naming the body ('India's readout was shorter.')", () => {
  assert.deepEqual(
    quotes(`"Both sides confirmed their wish to deepen ties in the oil sector," the Kremlin said.

India's readout was shorter. "The Prime Minister repeated his call for dialogue and diplomacy," it said.`).map(([, speaker]) => speaker),
    ["Kremlin", "MEA"],
  );
});

test("a headline quotation followed by ': Name …' is that person's", () => {
  const article = extractText(` date 2024-03-20 Call
"Our doors stay open for dialogue and for peace": Modi to Putin on call

Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Wednesday.`);
  assert.deepEqual(
    article.quotes.map((q) => q.speaker),
    ["Narendra Modi"],
  );
});

test("people outside the call are named without their office; a surname's given name is on its own line", () => {
  const speakerOf = (body: string) => quotes(body).map(([, speaker]) => speaker);
  assert.deepEqual(speakerOf(`"Every effort for a just peace deserves our support," Ukrainian President Volodymyr Zelensky said.`), [
    "Volodymyr Zelensky",
  ]);
  assert.deepEqual(
    speakerOf(`"The ministers went over the agenda for the coming summit," External Affairs Minister S Jaishankar told reporters.`),
    ["S Jaishankar"],
  );
  assert.deepEqual(speakerOf(`Zelensky said: "Every effort for a just peace deserves our support."`), ["Zelensky"]);
});

test("a quotation in a Title Case headline is still a quotation", () => {
  const article = extractText(` date 2024-03-20 Call
'We Have Been Friends For Many Decades': Putin Tells Modi On Call

Prime Minister Narendra Modi spoke to President Vladimir Putin on the phone on Wednesday.`);
  assert.deepEqual(
    article.quotes.map((q) => [q.text, q.speaker]),
    [["We Have Been Friends For Many Decades", "Vladimir Putin"]],
  );
});

test("'“…,” the readout said, quoting Modi' is Modi's", () => {
  assert.deepEqual(
    quotes(`"Our doors stay open for dialogue and for peace in the region," the readout said, quoting Modi.`).map(([, speaker]) => speaker),
    ["Narendra Modi"],
  );
});

test("'he said' after 'Foreign Secretary X briefed the media' is X, not the leader named last", () => {
  assert.deepEqual(
    quotes(
      `Foreign Secretary Vikram Misri briefed the media afterwards. "The Prime Minister set out our consistent position on the conflict," he said.`,
    ).map(([, speaker]) => speaker),
    ["Vikram Misri"],
  );
});

test("two speakers in one paragraph: 'Modi said, “A.” Putin said, “B.”'", () => {
  assert.deepEqual(
    quotes(
      `Modi said, "We went over our special partnership in depth." Putin said, "Russia values its friendship with India very highly."`,
    ).map(([, speaker]) => speaker),
    ["Narendra Modi", "Vladimir Putin"],
  );
});

test("speakers: a coordinated verb, a date aside, 'informed', and the leaders as subject", () => {
  assert.deepEqual(
    quotes(`Pakistan's Interior Minister Rana Sanaullah rejected the claim and said, “Nobody here had any part in the incident.”`),
    [["Nobody here had any part in the incident.", "Rana Sanaullah"]],
  );
  assert.deepEqual(
    quotes(`Modi on Tuesday, 12 March, said that the two leaders had discussed “ways to deepen the partnership in every sector”.`),
    [["ways to deepen the partnership in every sector", "Narendra Modi"]],
  );
  assert.deepEqual(quotes(`“Both leaders looked at how trade in farm goods could grow,” informed an official press release.`), [
    ["Both leaders looked at how trade in farm goods could grow", "Indian government"],
  ]);
  assert.deepEqual(
    quotes(
      `The Kremlin said in a statement, “The talks were frank and useful for both sides.”\n\n` +
        `The two leaders also agreed on “steady progress with the big joint projects”.`,
    ),
    [
      ["The talks were frank and useful for both sides.", "Kremlin"],
      ["steady progress with the big joint projects", "Kremlin"],
    ],
  );
});

test("speakers: 'the statement' is the body that issued a statement, not the one quoted last", () => {
  assert.deepEqual(
    quotes(
      `The call was at the Indian side's initiative, said the Kremlin in a statement.\n\n` +
        `“The leaders praised the progress made over the last year,” said the Ministry of External Affairs.\n\n` +
        `“They also talked over the situation in the Middle East,” read the statement.`,
    ),
    [
      ["The leaders praised the progress made over the last year", "MEA"],
      ["They also talked over the situation in the Middle East", "Kremlin"],
    ],
  );
});

test("speakers: a quotation left unattributed takes the attribution later in its sentence", () => {
  assert.deepEqual(
    quotes(
      `Putin “firmly denounced the bombing in the city,” offered sympathy to the families ` +
        `and “pledged full backing to India”, MEA spokesperson Randhir Jaiswal said.`,
    ),
    [
      ["firmly denounced the bombing in the city", "Randhir Jaiswal"],
      ["pledged full backing to India", "Randhir Jaiswal"],
    ],
  );
});

test("speakers: a name after a role with a qualifier ('envoy on …', 'Ambassador to the UN …')", () => {
  assert.deepEqual(
    quotes(`“The president has kept the country whole for two decades,” Kremlin envoy on Africa Boris Orlov wrote on Telegram.`),
    [["The president has kept the country whole for two decades", "Boris Orlov"]],
  );
  assert.deepEqual(
    quotes(
      `"We ask for safe passage for every one of our citizens in the region," a statement by India's Ambassador to the UN R K Menon read.`,
    ),
    [["We ask for safe passage for every one of our citizens in the region", "R K Menon"]],
  );
});

test("a letter quoted over paragraphs that marks only its start and end is one quote; quoting cut off where the text ends is not a quote", () => {
  const letter = quotes(`The Kremlin said the letter reads:

“Your party's victory shows the trust the voters place in you.

We value the partnership between our countries very highly.

I hope our dialogue will go on in the same spirit,” the Kremlin quoted Putin as writing.`);
  assert.equal(letter.length, 1);
  assert.match(String(letter[0]![0]), /^Your party's victory .* value the partnership .* same spirit$/);
  assert.deepEqual(
    quotes(
      `The leaders discussed energy. A Russian lawmaker had warned about the risks. “If the talks stall, the consequences for the region,`,
    ),
    [],
  );
});

test("speakers: 'the message reads' is the sender the text names, or the participant it was not sent to", () => {
  assert.deepEqual(
    quotes(
      `A telegram of greetings was also sent to Narendra Modi.\n\nThe message says:\n\n` +
        `“Your success reflects the confidence of the voters in your course.”`,
    ),
    [["Your success reflects the confidence of the voters in your course.", "Vladimir Putin"]],
  );
  assert.deepEqual(
    quotes(`There was also a letter from President Putin.\n\nThe letter reads: “I look forward to welcoming you in Moscow soon.”`),
    [["I look forward to welcoming you in Moscow soon.", "Vladimir Putin"]],
  );
});

test("speakers: 'the advisory read' is the body the text has issuing advisories, in the data or named in full", () => {
  assert.deepEqual(
    quotes(
      `On Thursday the Indian Embassy in Poland told students in the border towns, in a pair of urgent advisories, to move west.\n\n` +
        `"All nationals must reach the listed crossing points before nightfall," the second advisory read.`,
    ),
    [["All nationals must reach the listed crossing points before nightfall", "Indian Embassy in Poland"]],
  );
});

test("speakers: 'Modi appreciated / welcomed / urged the “…”' introduces the words of the leader", () => {
  assert.deepEqual(quotes(`During the half-hour call, Modi welcomed the “steady progress towards a settlement of the conflict”.`), [
    ["steady progress towards a settlement of the conflict", "Narendra Modi"],
  ]);
});
