/**
 * A tiny invented article set in the real set's label format, with a
 * prediction made by hand, for checking the port of score.py figure by
 * figure. Names, dates and sentences are made up.
 */
import type { PredictionJson, RealLabel } from "../../src/evaluate/real-labels.ts";

const pair = ["Asha Rao", "Boris Ivanov"];

/** Labels: four English call articles about two calls, one English negative, three articles in other languages. */
export const fixtureLabels: Record<string, RealLabel> = {
  "a.txt": {
    is_call: true,
    call_id: "c1",
    call_date: "2030-01-02",
    participants: pair,
    initiator: "Asha Rao",
    topics: ["trade", "energy"],
    lang: "en",
    quotes: [
      { text: "The talks were frank and useful, and we will meet again soon", speaker: "Asha Rao" },
      { text: "Our two countries will build a new river port before the next monsoon season arrives", speaker: "Boris Ivanov" },
      { text: "We support every effort to keep the shipping lanes open", speaker: "MEA", alt_speakers: ["Nikhil Verma"] },
      { text: "Both sides will work for a lasting ceasefire in the region", speaker: "Indian government", alt_speakers: ["PMO", "MEA"] },
      { text: "a deep and special partnership for all time", speaker: "Asha Rao", optional: true },
      { text: "this sentence was cut off by the excerpt and never", speaker: "Boris Ivanov", optional: true },
      { text: "The new port will carry grain, fertiliser and machine parts", speaker: "Asha Rao" },
    ],
  },
  "b.txt": {
    is_call: true,
    call_id: "c1",
    call_date: "2030-01-02",
    participants: pair,
    initiator: null,
    topics: ["trade"],
    quotes: [{ text: "We will keep talking by phone every single month", speaker: "Boris Ivanov" }],
  },
  "c.txt": {
    is_call: true,
    call_id: "c2",
    call_date: "2030-03-04",
    participants: pair,
    initiator: "Boris Ivanov",
    topics: ["health"],
    quotes: [],
    lang: "en",
  },
  "d.txt": {
    is_call: true,
    call_id: "c2",
    call_date: "2030-03-04",
    participants: pair,
    initiator: "Asha Rao",
    topics: [],
    quotes: [],
    lang: "en",
  },
  "n.txt": {
    is_call: false,
    call_id: null,
    call_date: null,
    participants: [],
    initiator: null,
    topics: [],
    lang: "en",
    quotes: [{ text: "A remark from a negative article is never scored here", speaker: "Asha Rao" }],
  },
  "e.txt": {
    is_call: true,
    call_id: "c1",
    call_date: "2030-01-02",
    participants: pair,
    initiator: null,
    topics: [],
    quotes: [],
    lang: "hi",
  },
  "f.txt": {
    is_call: true,
    call_id: "c3",
    call_date: "2030-02-03",
    participants: pair,
    initiator: null,
    topics: [],
    quotes: [],
    lang: "de",
  },
  "g.txt": {
    is_call: true,
    call_id: "c2",
    call_date: "2030-03-04",
    participants: pair,
    initiator: null,
    topics: [],
    quotes: [],
    lang: "ru",
  },
};

const article = {
  status: "ok",
  warnings: [] as string[],
  topics: [] as string[],
  quotes: [] as { text: string; speaker: string | null }[],
  initiator: null,
  date: null,
  participants: pair,
};

/** What an extractor might have said about those files (paths as `npm run extract` prints them). */
export const fixturePrediction: PredictionJson = {
  articles: [
    {
      ...article,
      file: "articles/a.txt",
      isCall: true,
      callId: "X",
      initiator: "asha  rao",
      topics: ["trade", "defence"],
      quotes: [
        { text: "“The talks were frank and useful, and we will meet", speaker: "Asha Rao" },
        { text: "again soon”", speaker: "Asha Rao" },
        { text: "Our two countries will build a new river port", speaker: "Boris Ivanov" },
        { text: "before the next monsoon season arrives", speaker: "Boris Ivanov" },
        { text: "We support every effort to keep the shipping lanes open,", speaker: "Nikhil Verma" },
        { text: "Both sides will work for a lasting ceasefire in the region", speaker: "Prime Minister's Office" },
        { text: "a deep and special partnership for all time", speaker: null },
        { text: "The new port will carry grain, fertiliser and machine parts", speaker: "Boris Ivanov" },
      ],
    },
    {
      ...article,
      file: "articles/b.txt",
      isCall: true,
      callId: "X",
      topics: ["trade"],
      quotes: [{ text: "We will keep talking by phone every month", speaker: "Boris Ivanov" }],
    },
    { ...article, file: "articles/c.txt", isCall: true, callId: "X", topics: [] },
    {
      ...article,
      file: "articles/d.txt",
      isCall: true,
      callId: null,
      date: "2030-03-04",
      participants: ["Asha Rao"],
      initiator: { name: "Asha Rao" },
      topics: ["space"],
    },
    { ...article, file: "articles/n.txt", isCall: true, callId: null, date: "2030-05-06" },
    { ...article, file: "articles/e.txt", isCall: false, callId: null, warnings: ["e.txt: the text does not look like English"] },
    { ...article, file: "articles/f.txt", isCall: true, callId: "Y" },
    { ...article, file: "articles/g.txt", isCall: true, callId: "X" },
  ],
  calls: [
    { id: "X", date: "2030-01-02", participants: pair, initiator: "Asha Rao" },
    { id: "Y", date: "2030-02-03", participants: pair, initiator: null },
  ],
};
