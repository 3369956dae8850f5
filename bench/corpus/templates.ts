import type { Leader } from "../../src/data/load.ts";
import type { IsoDate } from "../../src/types.ts";
import type { PlannedCall, Side } from "./plan.ts";
import type { Random } from "./prng.ts";

/** One generated file: its name (without folder), its text and the style that made it. */
export interface GeneratedArticle {
  name: string;
  text: string;
  style: Style;
}

export const STYLES = [
  "dateline-weekday",
  "dateline-yesterday",
  "markdown-full-date",
  "markdown-call-date",
  "wire",
  "kremlin-readout",
  "tweet",
] as const;
export type Style = (typeof STYLES)[number];

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

const OUTLETS = [
  "Deccan Courier",
  "The Capital Ledger",
  "Northern Express Online",
  "Bay of Bengal Times",
  "Eurasia Wire",
  "Volga Press Agency",
  "Subcontinent Review",
  "Metro Daily",
  "The Frontier Post Digest",
];
const AGENCIES = ["NovoPress", "Eurasia Wire", "Volga Press Agency"];
const HANDLES: Record<string, string> = { modi: "narendramodi" };

/** Topic sentences in the generator's own words; each names the topic the way the taxonomy's phrases do. */
const TOPIC_LINES: Record<string, readonly string[]> = {
  defence: [
    "They reviewed military and technical cooperation, including joint production of defence equipment.",
    "Defence cooperation was discussed at length, the readout said.",
  ],
  trade: [
    "The leaders discussed ways to raise bilateral trade and investment.",
    "They agreed to remove hurdles to trade between the two countries.",
  ],
  energy: [
    "Energy cooperation, including long-term supplies of crude oil, was also discussed.",
    "The two leaders talked about energy projects and gas supplies.",
  ],
  "counter-terrorism": [
    "Both sides agreed to step up joint work against terrorism.",
    "They discussed the fight against terrorism and extremism.",
  ],
  "united-nations": [
    "The leaders agreed to keep coordinating their positions at the United Nations.",
    "They discussed reform of the UN Security Council.",
  ],
  afghanistan: ["The leaders exchanged views on the situation in Afghanistan.", "They discussed the security situation in Afghanistan."],
  "annual-summit": ["They discussed preparations for the next annual summit.", "The leaders reviewed plans for the India-Russia summit."],
  brics: ["The leaders discussed cooperation within BRICS.", "They agreed to work together in BRICS."],
  sco: ["They also reviewed work within the Shanghai Cooperation Organisation.", "The leaders discussed the agenda of the SCO."],
  g20: ["The two leaders talked about the agenda of the G20.", "They discussed coordination within the G20."],
  space: [
    "They discussed cooperation in space, including the training of astronauts.",
    "The leaders reviewed joint work between ISRO and Roscosmos.",
  ],
  greetings: [
    "The leaders exchanged greetings on the coming festival season.",
    "He conveyed warm greetings to the people of the other country.",
  ],
  fertilizers: ["They discussed supplies of fertilisers to India.", "The two sides talked about long-term contracts for potash and urea."],
  ukraine: ["The leaders exchanged views on the situation around Ukraine.", "They discussed the conflict in Ukraine, the readout said."],
  "science-technology": [
    "They agreed to widen cooperation in science and technology.",
    "The leaders discussed joint research in science and technology.",
  ],
};

/** Topic-neutral quotations, so that the planned topics stay the only ones. */
const QUOTES = [
  "We agreed to stay in close touch in the weeks ahead",
  "Our special and privileged strategic partnership continues to grow stronger",
  "The conversation was warm, frank and very useful for both of us",
  "The two sides will keep up regular contacts at every level",
  "Both leaders expressed satisfaction with the pace of the relationship",
  "The President thanked the Prime Minister for the kind words and good wishes",
  "Our friendship has stood the test of time and remains a source of strength",
  "We looked at what has been done since our last contact and what remains ahead",
];

const NOISE = [
  "Also Read: Monsoon arrives early in Kerala, says weather office",
  "Follow us on Facebook, X and Instagram for the latest updates.",
  "Photo: File image",
  "Advertisement",
  "(With inputs from agencies)",
  "https://example.org/newsletter/sign-up",
  "Also Read: City traffic police announce new parking rules",
  "Click here to subscribe to our morning briefing.",
];

/** Writes article number `k` (0-based) of a planned call, in a style chosen by the seeded random source. */
export function writeArticle(call: PlannedCall, k: number, serial: number, random: Random): GeneratedArticle {
  const styles = STYLES.filter((s) => s !== "tweet" || HANDLES[call.india.leader.slug]);
  const style = random.pick(styles);
  const text = WRITERS[style](call, random);
  const slug = `${call.india.leader.slug}-${call.russia.leader.slug}-${call.date.slice(0, 4)}`;
  const ext = style.startsWith("markdown") ? "md" : "txt";
  return { name: `${String(serial).padStart(6, "0")}-${slug}-${k + 1}.${ext}`, text, style };
}

type Writer = (call: PlannedCall, random: Random) => string;

const WRITERS: Record<Style, Writer> = {
  "dateline-weekday"(call, random) {
    const published = addDays(call.date, random.int(0, 3));
    const lines = [
      ` date ${published} ${headline(call, random)}`,
      "",
      `New Delhi: ${fullName(call.india, true)} ${callVerb(call, random)} ` +
        `${fullName(call.russia, true)} on ${weekday(call.date)}, ` +
        `${random.pick(["officials said", "the government said", "according to an official statement"])}.`,
      ...body(call, random),
    ];
    return lines.join("\n");
  },
  "dateline-yesterday"(call, random) {
    const published = addDays(call.date, 1);
    return [
      ` date ${published} ${headline(call, random)}`,
      "",
      `${fullName(call.russia, true)} and ${fullName(call.india, true)} held a telephone ` +
        `conversation yesterday, ` +
        `${random.pick(["officials in Moscow said", "the two governments said"])}.`,
      ...initiatorLine(call),
      ...body(call, random),
    ].join("\n");
  },
  "markdown-full-date"(call, random) {
    const published = addDays(call.date, random.int(0, 2));
    const title = headline(call, random);
    return [
      "---",
      `title: "${title}"`,
      `publisher: ${random.pick(OUTLETS)}`,
      `url: https://news.example.org/${call.date.replace(/-/g, "/")}/${call.india.leader.slug}-${call.russia.leader.slug}-call`,
      `published: ${published}`,
      "---",
      "",
      `# ${title}`,
      "",
      `${fullName(call.india, true)} and ${fullName(call.russia, true)} spoke over the phone on ` +
        `${random.chance(0.5) ? longDate(call.date) : britishDate(call.date)}.`,
      ...initiatorLine(call),
      "",
      "## What they discussed",
      ...body(call, random),
    ].join("\n");
  },
  "markdown-call-date"(call, random) {
    const published = addDays(call.date, random.int(3, 20));
    const title = headline(call, random);
    return [
      "---",
      `title: "${title}"`,
      `publisher: ${random.pick(OUTLETS)}`,
      `published: ${published}`,
      `callDate: ${call.date}`,
      `tags: [diplomacy, analysis]`,
      "---",
      "",
      `When ${fullName(call.india, true)} and ${fullName(call.russia, true)} spoke by telephone, the readouts from both capitals were brief.`,
      ...initiatorLine(call),
      ...body(call, random),
    ].join("\n");
  },
  wire(call, random) {
    const agency = random.pick(AGENCIES);
    const published = call.date;
    const city = random.pick(["NEW DELHI", "MOSCOW"]);
    return [
      ` date ${published} ${headline(call, random)}`,
      "",
      `${city}, ${monthDay(call.date)} (${agency}) - ${fullName(call.india, true)} and ` +
        `${fullName(call.russia, true)} held a phone call on ${weekday(call.date)}, ` +
        `${SHORT_MONTHS[month(call.date)]} ${day(call.date)}, ` +
        `${random.pick(["officials on both sides said", "their offices said"])}.`,
      ...initiatorLine(call),
      ...body(call, random),
      "",
      `Reporting by ${agency} staff; editing by the news desk`,
    ].join("\n");
  },
  "kremlin-readout"(call, random) {
    const agency = random.pick(AGENCIES);
    const published = addDays(call.date, random.int(0, 1));
    const russian = `${call.russia.title === "President" ? "Russian President" : "Russian Prime Minister"} ${call.russia.leader.name}`;
    const indian = `${call.india.title === "President" ? "President of India" : "Prime Minister of India"} ${call.india.leader.name}`;
    return [
      ` date ${published} ${short(call.russia.leader)} and ${short(call.india.leader)} hold telephone conversation`,
      "",
      `MOSCOW, ${monthDay(published)}. /${agency}/. ${russian} held a telephone conversation ` +
        `with ${indian} on ${weekday(call.date)}, the Kremlin press service reported.`,
      ...initiatorLine(call),
      ...body(call, random, true),
    ].join("\n");
  },
  tweet(call, random) {
    const handle = HANDLES[call.india.leader.slug]!;
    const topics = call.topics.map((slug) => TOPIC_LINES[slug]![0]!.replace(/\.$/, ""));
    return [
      `${short(call.india.leader)} speaks to ${short(call.russia.leader)}, reviews ties`,
      "",
      `${fullName(call.india, true)} held a telephone conversation with ${fullName(call.russia, true)}.`,
      "",
      `Sharing details of the conversation on social media, ${short(call.india.leader)} wrote:`,
      "",
      `Spoke with ${call.russia.title} ${short(call.russia.leader)}. ${topics.join(". ")}. — ${call.india.leader.name} (@${handle}) ${longDate(call.date)}`,
      "",
      ...topicParagraphs(call, random),
      "",
      random.pick(NOISE),
    ].join("\n");
  },
};

function body(call: PlannedCall, random: Random, kremlin = false): string[] {
  const out = ["", ...topicParagraphs(call, random)];
  if (random.chance(0.3)) out.push("", random.pick(NOISE));
  out.push("", ...quoteParagraphs(call, random, kremlin));
  if (random.chance(0.6)) out.push("", random.pick(NOISE));
  return out;
}

function topicParagraphs(call: PlannedCall, random: Random): string[] {
  return [call.topics.map((slug) => random.pick(TOPIC_LINES[slug]!)).join(" ")];
}

function quoteParagraphs(call: PlannedCall, random: Random, kremlin: boolean): string[] {
  const [first, second] = random.sample(QUOTES, 2);
  const speaker = kremlin
    ? "the Kremlin said"
    : random.pick([
        `${short(call.india.leader)} said`,
        `${short(call.russia.leader)} said`,
        "the Ministry of External Affairs said",
        "the Kremlin said",
      ]);
  const form = random.int(0, 2);
  if (form === 0) return [`"${first}," ${speaker}.`];
  if (form === 1) return [`\u201C${first},\u201D ${speaker}, adding: \u201C${second}.\u201D`];
  // A quotation running over two paragraphs: the first has no closing mark.
  return [`In a statement, ${speaker.replace(/ said$/, "")} noted: "${first}.`, "", `"${second}."`];
}

function initiatorLine(call: PlannedCall): string[] {
  if (!call.initiator) return [];
  const side = call.initiator === "india" ? "Indian" : "Russian";
  return ["", `The call was made at the initiative of the ${side} side.`];
}

function callVerb(call: PlannedCall, random: Random): string {
  // "X dialled Y" names the caller, so only say it when the plan has the Indian side calling.
  if (call.initiator === "india") return random.pick(["dialled", "called", "telephoned"]);
  return random.pick(["spoke to", "held a telephone conversation with", "had a phone conversation with"]);
}

function headline(call: PlannedCall, random: Random): string {
  const verb = random.pick(["speak over phone", "hold phone talks", "discuss ties in phone call"]);
  return `${short(call.india.leader)}, ${short(call.russia.leader)} ${verb}`;
}

function fullName(side: Side, withTitle: boolean): string {
  if (!withTitle) return side.leader.name;
  const country = side.leader.country === "india" ? "Indian" : "Russian";
  return `${country} ${side.title} ${side.leader.name}`;
}

/** The shortest alias that ends the full name: "Modi", "Deve Gowda". */
export function short(leader: Leader): string {
  const suffixes = leader.aliases.filter((a) => leader.name.endsWith(a));
  return suffixes.sort((a, b) => a.length - b.length)[0] ?? leader.name;
}

function utc(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}
function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
const month = (date: IsoDate) => utc(date).getUTCMonth();
const day = (date: IsoDate) => utc(date).getUTCDate();
const weekday = (date: IsoDate) => WEEKDAYS[utc(date).getUTCDay()]!;
const monthDay = (date: IsoDate) => `${MONTHS[month(date)]} ${day(date)}`;
const longDate = (date: IsoDate) => `${MONTHS[month(date)]} ${day(date)}, ${date.slice(0, 4)}`;
const britishDate = (date: IsoDate) => `${day(date)} ${MONTHS[month(date)]} ${date.slice(0, 4)}`;
