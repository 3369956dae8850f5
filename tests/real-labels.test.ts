import assert from "node:assert/strict";
import { test } from "node:test";
import { readLabelFile } from "../src/evaluate/label-file.ts";
import { pyFixed, pyRepr, pyStr } from "../src/evaluate/python-compat.ts";
import {
  countGroupingPairs,
  formatRealReport,
  matchQuotes,
  normPerson,
  normQuoteText,
  normSpeaker,
  quotesMatch,
  scoreRealLabels,
} from "../src/evaluate/real-labels.ts";
import { fixtureLabels, fixturePrediction } from "./helpers/real-labels-fixture.ts";

// The expected figures below were worked out by hand and checked once against
// shared/real/score.py on the same fixture (written out as JSON).
const score = scoreRealLabels(fixturePrediction, fixtureLabels);

test("is-a-call accuracy counts English articles only, negatives included", () => {
  assert.equal(score.figures.is_call_acc, 4 / 5);
  assert.ok(score.misses.includes("n.txt: isCall True want False"));
});

test("date and participants come from the predicted call first, else the article", () => {
  assert.equal(score.figures.date_acc, 3 / 4); // c.txt was put in the wrong call
  assert.equal(score.figures.participants_acc, 3 / 4); // d.txt has no call and names one person
  assert.ok(score.misses.includes("d.txt: participants ['asha rao'] want ['Asha Rao', 'Boris Ivanov']"));
});

test("initiator counts only where labelled, compares names loosely and falls back to the call's", () => {
  assert.equal(score.figures.initiator_acc, 2 / 3);
  assert.equal(score.details.initiator_acc, "2/3");
  assert.ok(score.misses.includes("c.txt: initiator Asha Rao want Boris Ivanov"));
});

test("topics are micro F1 over gold call articles", () => {
  assert.equal(score.details.topic_f1, "tp 2, fp 2, fn 2");
  assert.equal(score.figures.topic_f1, 0.5);
});

test("quotes: split across marks, optional ones, word overlap, and speakers with alternatives", () => {
  // Found: a quote whose first part (over 60 % of it) was taken alone, one with
  // curly marks and a trailing comma, two by speaker alternatives, one with a
  // wrong speaker, and one by 80 % word overlap. Missed: one split into two
  // parts each too short. Optional ones are neither found nor missed.
  assert.equal(score.details.quote_recall, "5/6");
  assert.equal(score.figures.quote_recall, 5 / 6);
  // Of 8 predicted quotes of five words or more, the two halves of the split one are extra;
  // the one matching an optional quote is not.
  assert.equal(score.details.quote_precision, "6/8");
  assert.equal(score.figures.quote_precision, 0.75);
  assert.equal(score.figures.speaker_acc, 4 / 5);
  assert.ok(score.misses.includes("a.txt: speaker 'Boris Ivanov' want 'Asha Rao'"));
  assert.ok(score.misses.includes("a.txt: extra quote: 'before the next monsoon season arrives'"));
  assert.ok(score.misses.includes("a.txt: quote missed: 'Our two countries will build a new river port before the next monsoon '"));
  assert.ok(!score.misses.some((m) => m.includes("cut off") || m.includes("negative article")));
});

test("grouping is pairwise F1 over gold call articles in English", () => {
  // a+b grouped rightly, a+c and b+c wrongly, c+d not grouped; pairs with a null call id never count as grouped.
  assert.equal(score.details.grouping_f1, "tp 1, fp 2, fn 1");
  assert.equal(score.figures.grouping_f1, 0.4);
});

test("articles not in English: safe when read right or flagged, read when on the right call date", () => {
  assert.equal(score.figures.non_english_safe, 2 / 3);
  assert.equal(score.figures.non_english_read, 1 / 3);
  assert.equal(score.misses.at(-1), "g.txt (ru): neither right nor flagged: isCall=True call=2030-01-02");
});

test("the report has score.py's lines: figures to three places, targets, and the summary", () => {
  const lines = formatRealReport(score, { misses: false });
  assert.equal(lines.length, 12);
  assert.equal(lines[0], "is_call_acc        0.800   target 0.97  SHORT");
  assert.equal(lines[10], "non_english_read   0.333   target 0.00  ok");
  assert.match(lines[11]!, /^extraction: is_call_acc=0\.80 .* non_english_read=0\.33 {2}short: is_call_acc,.*,non_english_safe$/);
  assert.equal(formatRealReport(score, { misses: true }).length, 12 + score.misses.length);
});

test("a ratio over nothing is 0, as in score.py", () => {
  const empty = scoreRealLabels({ articles: [], calls: [] }, { "x.txt": { is_call: false, participants: [] } });
  assert.equal(empty.figures.date_acc, 0);
  assert.equal(empty.figures.grouping_f1, 0);
  assert.equal(empty.figures.non_english_safe, 0);
  assert.equal(empty.figures.is_call_acc, 1); // a missing article counts as "not a call"
  assert.deepEqual(empty.misses, ["x.txt: missing from output"]);
});

test("quote text is compared without marks, case, spacing or end punctuation", () => {
  assert.equal(normQuoteText("  “We ‘agree’,\n  Fully…”; "), "we agree, fully");
  assert.ok(quotesMatch("We agree on every point of the plan", "we agree on every point of the"));
  assert.ok(!quotesMatch("We agree on every point of the plan", "we agree"));
  assert.ok(quotesMatch("one two three four five six seven eight nine ten", "one two three four five six seven eight nine"));
  assert.ok(!quotesMatch("", "anything"));
});

test("an optional quote takes its match first, in label order", () => {
  const gold = [
    { text: "the river port opens next year", speaker: "A", optional: true },
    { text: "the river port opens next year", speaker: "A" },
  ];
  const m = matchQuotes(gold, [{ text: "The river port opens next year.", speaker: "A" }]);
  assert.deepEqual([m.wanted, m.found, m.predicted, m.predictedRight], [1, 0, 1, 1]);
});

test("speakers and people are folded as score.py folds them", () => {
  assert.equal(normSpeaker("PM Modi"), "narendra modi");
  assert.equal(normSpeaker("The Prime Minister’s Office"), "pmo");
  assert.equal(normSpeaker("External Affairs Ministry"), "mea");
  assert.equal(normSpeaker("  The  Russian Embassy"), "russian embassy");
  assert.equal(normSpeaker(null), "");
  assert.equal(normPerson("  Asha\u00a0  RAO "), "asha rao");
});

test("grouping pairs: a null predicted id never groups", () => {
  const gold = new Map([
    ["1", "c"],
    ["2", "c"],
    ["3", "d"],
  ]);
  assert.deepEqual(
    countGroupingPairs(
      gold,
      new Map([
        ["1", null],
        ["2", null],
        ["3", null],
      ]),
    ),
    { tp: 0, fp: 0, fn: 1 },
  );
  assert.deepEqual(
    countGroupingPairs(
      gold,
      new Map([
        ["1", "k"],
        ["2", "k"],
        ["3", "k"],
      ]),
    ),
    { tp: 1, fp: 2, fn: 0 },
  );
});

test("numbers and values print as Python prints them", () => {
  assert.equal(pyFixed(0.125, 2), "0.12"); // an exact tie goes to the even digit
  assert.equal(pyFixed(0.375, 2), "0.38");
  assert.equal(pyFixed(2 / 3, 3), "0.667");
  assert.equal(pyFixed(1, 2), "1.00");
  assert.equal(pyRepr("it's"), `"it's"`);
  assert.equal(pyRepr('say "x"\n'), `'say "x"\\n'`);
  assert.equal(pyRepr("a\u200bb"), "'a\\u200bb'");
  assert.equal(pyStr([null, true, "x"]), "[None, True, 'x']");
});

test("the label format is told from the labels' keys", () => {
  assert.equal(readLabelFile({ articles: { "a.txt": { is_call: true } } }).format, "real");
  assert.equal(readLabelFile({ articles: { "a.txt": { isCall: true } } }).format, "corpus");
  assert.throws(() => readLabelFile({ articles: { "a.txt": { is_call: true }, "b.txt": { isCall: true } } }), /cannot tell/);
  assert.throws(() => readLabelFile({ articles: {} }), /no articles/);
  assert.throws(() => readLabelFile([]), /"articles"/);
});
