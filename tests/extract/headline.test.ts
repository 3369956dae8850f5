import assert from "node:assert/strict";
import { test } from "node:test";
import { firstSentence, headlineOf, isFurniture, readsAsHeadline } from "../../src/extract/headline.ts";
import { extractText } from "../helpers/extract.ts";

const STORY =
  "Prime Minister Narendra Modi and President Vladimir Putin spoke by phone on Tuesday about fertiliser supplies and the grain trade, officials said.";

test("page furniture is not a headline", () => {
  for (const line of [
    "Connect with us",
    "ADVERTISEMENT",
    "Advertisements",
    "Follow us on",
    "Follow us:",
    "Font size:",
    "This Article is From March 3, 2016",
    "Photo: the two leaders at an earlier summit",
    "Image Source : Agency file picture",
    "Saturday, May 4, 2019",
    "March 4, 2019 09:15 (IST)",
    "Politics | May 4, 2019, 7:02 p.m.",
    "World",
    "24.6 C",
    "• menu",
    "Related Articles",
    "Story continues below this ad",
    "twitter sharing button",
    "By Our Special Correspondent",
    "Kolkata, March 4",
    "Don't miss the latest stories from our newsroom",
    "Official website of the Example Ministry",
    "The two leaders at the summit in Goa. (Example Agency/File)",
    "Cricket: a late win for the hosts | Markets close higher | Rain in the capital",
  ]) {
    assert.ok(isFurniture(line), line);
  }
  assert.ok(!isFurniture("Modi and Putin discuss grain trade by phone"));
});

test("a headline is short, has no final full stop and shares a word with the story", () => {
  assert.ok(readsAsHeadline("Modi, Putin talk fertiliser supplies", STORY));
  assert.ok(readsAsHeadline("Why the grain trade matters to Delhi?", STORY));
  assert.ok(!readsAsHeadline("Modi and Putin talked.", STORY), "a sentence");
  assert.ok(!readsAsHeadline("Weather in the hills stays cold", STORY), "not about the story");
  assert.ok(!readsAsHeadline(STORY.replace(/\.$/, ""), ""), "nothing below it to be about");
});

test("the first line that reads as a headline is taken, after any furniture", () => {
  assert.equal(
    headlineOf(["Connect with us", "ADVERTISEMENT", "Modi, Putin talk fertiliser supplies", STORY], "a.txt"),
    "Modi, Putin talk fertiliser supplies",
  );
  assert.equal(
    headlineOf(
      ["This Article is From June 2, 2015", "Putin rings Modi about fertiliser", "Putin rings Modi about fertiliser", STORY],
      "a.txt",
    ),
    "Putin rings Modi about fertiliser",
  );
  assert.equal(headlineOf(["Follow us:", "Kolkata, March 4", STORY], "a.txt"), firstSentence(STORY), "no headline: the first sentence");
});

test("with no headline, the first sentence, cut at a word boundary when long", () => {
  const long = `${"The two leaders reviewed the grain trade, energy supplies and shipping routes in a long conversation ".repeat(2)}that ran late. Then more.`;
  const cut = firstSentence(long);
  assert.ok(cut.length <= 111 && cut.endsWith("…"), cut);
  assert.ok(long.startsWith(cut.slice(0, -1)), "cut at a word boundary, not inside a word");
  assert.equal(firstSentence("Short one. Another."), "Short one.");
  assert.equal(firstSentence("Mr. Modi spoke to Dr. Rao in St. Petersburg. Then he left."), "Mr. Modi spoke to Dr. Rao in St. Petersburg.");
  assert.equal(
    firstSentence("Kolkata, March 4 (Example Wire): The leaders spoke. More."),
    "The leaders spoke.",
    "the dateline is not part of the headline",
  );
  assert.equal(firstSentence("PUNE (Wire Service) – The leaders spoke. More."), "The leaders spoke.");
  assert.equal(firstSentence("Pune: The leaders spoke. More."), "The leaders spoke.");
  assert.equal(headlineOf([], "file.txt"), "file.txt");
});

test("extraction: front matter title wins; otherwise furniture is skipped", () => {
  const body = `Connect with us\n\nSaturday, May 4, 2019\n\nModi and Putin talk fertiliser supplies\n\n${STORY}\n`;
  assert.equal(extractText(body).title, "Modi and Putin talk fertiliser supplies");
  assert.equal(extractText(`---\ntitle: Chosen by the editor\n---\n${body}`, "a.md").title, "Chosen by the editor");
});
