/**
 * Reading Russian and Hindi (`content/data/languages/`), on articles written
 * for these tests in the styles of a Kremlin readout, a TASS report, a PIB
 * release and Hindi news copy (`tests/languages/`); none is taken from the
 * real set. The last tests build the seeds with a Russian readout and a Hindi
 * report of a seed call: they join that call's page beside its English
 * sources.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { extractorFingerprint } from "../src/cache/fingerprint.ts";
import { consolidate } from "../src/consolidate/consolidate.ts";
import { createExtractor } from "../src/extract/extract-article.ts";
import { loadLanguageFile } from "../src/data/languages.ts";
import { DataFileError, loadReference } from "../src/data/load.ts";
import { detectLanguage } from "../src/extract/language.ts";
import { compilePhrases } from "../src/extract/languages/phrases.ts";
import { runPipeline, toExtractOutput } from "../src/pipeline.ts";
import { buildSite } from "./helpers/build.ts";
import { extractText, projectRoot, reference } from "./helpers/extract.ts";

const fixture = (name: string) => readFileSync(path.join(projectRoot, "tests/languages", name), "utf8");
const read = (name: string) => extractText(fixture(name), name);
const names = (article: ReturnType<typeof read>) => article.participants.map((p) => p.name).sort();

test("a Kremlin readout in Russian: date line, case forms, office titles, a quote in «…» with its speaker", () => {
  const article = read("seed-call/ru-kremlin-readout.txt");
  assert.equal(article.language, "ru");
  assert.equal(article.isCall, true);
  assert.equal(article.callDate.date, "2021-12-20");
  assert.deepEqual(names(article), ["Narendra Modi", "Vladimir Putin"]);
  assert.deepEqual(article.topics, ["defence", "fertilizers", "afghanistan", "russian-far-east"]);
  assert.deepEqual(
    article.quotes.map((q) => q.speaker),
    ["Vladimir Putin"],
  );
  assert.ok(article.quotes[0]!.text.startsWith("Мы договорились"), "the quotation as written, without its marks");
  assert.match(article.evidence.isCall!, /телефонный разговор/i, "the evidence is the sentence as written");
});

test("a TASS report: a weekday under a later dateline, the side that asked for the call, a third leader's call left out", () => {
  const article = read("ru-tass-weekday.txt");
  assert.equal(article.callDate.date, "2022-03-07", "Monday before the dateline of Wednesday 9 March");
  assert.deepEqual(names(article), ["Narendra Modi", "Vladimir Putin"], "the earlier call with Ukraine's President is not this one");
  assert.equal(article.initiator, "Narendra Modi", "по инициативе индийской стороны");
  assert.deepEqual(article.topics, ["ukraine"]);
  assert.deepEqual(
    article.quotes.map((q) => q.speaker),
    ["Kremlin"],
    "“говорится в сообщении Кремля”: the statement's body",
  );
});

test("a report with only a weekday keeps the day open, with the weekday, for consolidation", () => {
  const article = read("ru-weekday-only.txt");
  assert.equal(article.isCall, true);
  assert.equal(article.callDate.date, null);
  assert.equal(article.callDate.weekday, 3, "в среду");
  assert.deepEqual(article.topics, ["trade", "energy"]);
});

const russianRelativeDays =
  "Russian relative days and callers: вчера and сегодня from the date line, “позвонил” after the caller, a quote in „…“";
test(russianRelativeDays, () => {
  const yesterday = extractText(
    ` date 2024-01-16\n` +
      `Вчера вечером Нарендра Моди позвонил Владимиру Путину, ` +
      `чтобы обсудить итоги года.\n` +
      `По словам Путина, ` +
      `„разговор с индийским другом получился содержательным и теплым“.`,
    "ru-yesterday.txt",
  );
  assert.equal(yesterday.callDate.date, "2024-01-15");
  assert.equal(yesterday.initiator, "Narendra Modi");
  assert.deepEqual(
    yesterday.quotes.map((q) => [q.text, q.speaker]),
    [["разговор с индийским другом получился содержательным и теплым", "Vladimir Putin"]],
  );
  const today = extractText(
    `НОВОСИБИРСК, 3 июля 2023 года. ` +
      `Сегодня российский президент и индийский премьер переговорили по телефону.\n` +
      `Владимир Путин и Нарендра Моди обменялись мнениями о работе ШОС.`,
    "ru-today.txt",
  );
  assert.equal(today.callDate.date, "2023-07-03");
  assert.deepEqual(names(today), ["Narendra Modi", "Vladimir Putin"]);
  assert.deepEqual(today.topics, ["sco"]);
});

test("a Russian report of Putin's call with another country's leader is not a Modi–Putin call, though Modi is named", () => {
  const article = extractText(
    `Президент России Владимир Путин в пятницу провел телефонный разговор ` +
      `с премьер-министром Пакистана.
Стороны обсудили торговлю и положение в регионе.
Ранее на этой неделе Путин говорил по телефону с Нарендрой Моди.`,
    "ru-other.txt",
  );
  assert.equal(article.language, "ru");
  assert.equal(article.isCall, false);
  assert.ok(article.warnings.some((w) => /not one between an Indian and a Russian leader/.test(w.message)));
});

test("a meeting in person is not a call, though it recalls their phone calls", () => {
  const article = read("ru-meeting-not-a-call.txt");
  assert.equal(article.language, "ru");
  assert.equal(article.isCall, false);
});

test("a PIB release in Hindi: Devanagari digits, आज under the release's date, the caller from “का फोन आया”", () => {
  const article = read("hi-pib-release.txt");
  assert.equal(article.language, "hi");
  assert.equal(article.callDate.date, "2024-06-05");
  assert.deepEqual(names(article), ["Narendra Modi", "Vladimir Putin"]);
  assert.equal(article.initiator, "Vladimir Putin");
  assert.deepEqual(article.topics, ["elections", "greetings"]);
});

test("Hindi news: कल in a report of a call is yesterday; the caller before ने; a spokesperson's quote is the ministry's", () => {
  const article = read("hi-kal-yesterday.txt");
  assert.equal(article.callDate.date, "2025-05-05", "the day before the date line");
  assert.equal(article.initiator, "Vladimir Putin");
  assert.deepEqual(names(article), ["Narendra Modi", "Vladimir Putin"], "the US President's earlier call is background");
  assert.deepEqual(article.topics, ["counter-terrorism", "condolences"]);
  assert.deepEqual(
    article.quotes.map((q) => q.speaker),
    ["MEA"],
  );
});

const primeMinisterWrote = "प्रधानमंत्री ने लिखा";
test(`a Hindi report names its own writer's office: the quotation “…” after ${primeMinisterWrote} is the Prime Minister's`, () => {
  const article = read("seed-call/hi-news-report.txt");
  assert.deepEqual(
    article.quotes.map((q) => q.speaker),
    ["Narendra Modi"],
  );
  assert.equal(article.callDate.date, null, "20 December without a year, on a Monday: the year is left to the calls that fit");
  assert.equal(article.callDate.weekday, 1);
});

test("a Hindi report that embeds an English post: the post is a quote read by the English rules, and its date dates the call", () => {
  const article = extractText(
    `मोदी ने पुतिन से फोन पर बात की
प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को राष्ट्रपति ` +
      `पुतिन के साथ फोन पर बात करके युद्धग्रस्त इलाकों में ` +
      `फंसे भारतीयों की सुरक्षित वापसी पर चर्चा की।
उन्होंने बाद में अंग्रेज़ी में एक पोस्ट लिखा।
Had a detailed conversation with President Putin about the safe return of our students from the conflict zone.
— Narendra Modi (@narendramodi) March 3, 2022`,
    "hi-post.txt",
  );
  assert.equal(article.language, "hi");
  assert.equal(article.callDate.date, "2022-03-03", "Thursday, the day of the post");
  assert.deepEqual(
    article.quotes.map((q) => [q.text, q.speaker]),
    [["Had a detailed conversation with President Putin about the safe return of our students from the conflict zone.", "Narendra Modi"]],
  );
});

test(
  "languages: English by its function words; Russian and Hindi by script, then theirs; " +
    "others kept and flagged with their code where the script tells it",
  () => {
    const { languages } = reference;
    assert.deepEqual(detectLanguage(fixture("ru-tass-weekday.txt"), languages), { code: "ru", supported: true });
    assert.deepEqual(detectLanguage(fixture("hi-pib-release.txt"), languages), { code: "hi", supported: true });
    const tamilStart = "ரஷ்ய அதிபர் புதின் இந்திய பிரதமர்";
    const tamil = `${tamilStart} மோடியுடன் தொலைபேசியில் பேசினார்.`;
    assert.deepEqual(detectLanguage(tamil, languages), { code: "ta", supported: false });
    // German (long enough to judge: a short text in Latin letters is taken as English).
    assert.deepEqual(detectLanguage(readFileSync(path.join(projectRoot, "tests/hostile/not-english.txt"), "utf8"), languages), {
      code: null,
      supported: false,
    });
    // Ukrainian shares Russian's script and some of its short words, but writes і, ї and є.
    assert.equal(
      detectLanguage(
        "Президент Росії провів телефонну розмову " +
          "з прем'єр-міністром Індії, повідомили в Кремлі. " +
          "Сторони обговорили торгівлю і ситуацію навколо України.",
        languages,
      ).supported,
      false,
    );
  },
);

test("phrases match whole words in any script: ё as е, the nukta or not, a * ending", () => {
  const cues = compilePhrases(["телефонн* разговор*", "फोन पर बात*"]);
  assert.ok(cues.test("Они провели телефонный разговор."));
  assert.ok(cues.test("лидеры провели телефонные разговоры"));
  assert.ok(cues.test("मोदी ने फ़ोन पर बातचीत की"), "फ़ with its nukta");
  assert.ok(!cues.test("нетелефонный разговор"), "not inside a word");
  assert.ok(compilePhrases(["ещё"]).test("еще раз"));
});

test("every language file, English's too, gives phrases for every topic in the taxonomy", () => {
  assert.deepEqual(Object.keys(reference.languages).sort(), ["en", "hi", "ru"]);
  for (const [code, language] of Object.entries(reference.languages)) {
    const missing = reference.topics.map((t) => t.slug).filter((slug) => !language.topics[slug]?.length);
    assert.deepEqual(missing, [], `${code}.yaml`);
  }
});

test("a language file with a wrong id or a bad field is an error naming the file and the line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "language-file-"));
  const base = readFileSync(path.join(projectRoot, "content/data/languages/ru.yaml"), "utf8");
  const file = path.join(dir, "ru.yaml");
  const refs = {
    leaders: reference.leaders.map((l) => l.slug),
    offices: reference.offices.map((o) => o.id),
    institutions: reference.institutions.map((i) => i.name),
    topics: reference.topics.map((t) => t.slug),
    countries: ["india", "russia"],
  };
  writeFileSync(file, base.replace("\n  putin:", "\n  poutine:"));
  const line =
    base
      .replace("\n  putin:", "\n  poutine:")
      .split("\n")
      .findIndex((l) => l.startsWith("  poutine:")) + 1;
  assert.throws(
    () => loadLanguageFile(file, refs),
    (error: Error) => error instanceof DataFileError && error.message.startsWith(`${file}:${line}: leaders: "poutine" is not one of`),
  );
  writeFileSync(file, base.replace(/^months:[\s\S]*?\nweekdays:/m, "months:\n  - [январь]\nweekdays:"));
  assert.throws(() => loadLanguageFile(file, refs), /ru\.yaml:\d+: months: expected 12 lists of forms/);
  writeFileSync(file, base.replace("code: ru", "code: russian"));
  assert.throws(() => loadLanguageFile(file, refs), /ru\.yaml:\d+: code: expected a two-letter ISO 639-1 code/);
});

test("English titles and topic phrases come from en.yaml; a data folder without it may still give them in leaders.yaml and topics.yaml", () => {
  assert.deepEqual(reference.offices.find((o) => o.id === "india-prime-minister")!.titles, ["Prime Minister", "PM", "Premier"]);
  assert.ok(reference.topics.find((t) => t.slug === "fertilizers")!.phrases.includes("fertili*"));
  const dir = mkdtempSync(path.join(tmpdir(), "data-without-languages-"));
  cpSync(path.join(projectRoot, "content/data/leaders.yaml"), path.join(dir, "leaders.yaml"));
  writeFileSync(path.join(dir, "topics.yaml"), "- slug: trade\n  label: Trade\n  phrases: [trade]\n");
  const own = loadReference(dir);
  assert.deepEqual(own.languages, {});
  assert.deepEqual(own.topics[0]!.phrases, ["trade"]);
});

test("a report in another language with an open date: the day of the leaders' previous call it names picks the call", () => {
  const english = [
    extractText(
      ` date 2025-09-17\nPrime Minister Narendra Modi spoke to Russian President Vladimir Putin by phone ` +
        `on Wednesday, September 17, 2025, about trade and the war in Ukraine.`,
      "a.txt",
    ),
    extractText(
      ` date 2025-10-07\nPrime Minister Narendra Modi spoke to Russian President Vladimir Putin by phone ` +
        `on Tuesday, October 7, 2025, and wished him a happy birthday.`,
      "b.txt",
    ),
    extractText(
      ` date 2020-10-07\nPrime Minister Narendra Modi spoke to Russian President Vladimir Putin by phone ` +
        `on Wednesday, October 7, 2020, and wished him a happy birthday.`,
      "c.txt",
    ),
    extractText(
      ` date 2020-07-02\nPrime Minister Narendra Modi spoke to Russian President Vladimir Putin by phone on Thursday, July 2, 2020, about the pandemic.`,
      "d.txt",
    ),
  ];
  const russian = extractText(
    `НЬЮ-ДЕЛИ, 7 окт. Нарендра Моди созвонился с Владимиром Путиным.
Индийский премьер поздравил российского коллегу с днем рождения.
Предыдущий раз лидеры говорили по телефону 17 сентября.`,
    "ru.txt",
  );
  assert.deepEqual(russian.callDate.previousCall && [russian.callDate.previousCall.month, russian.callDate.previousCall.day], [9, 17]);
  const { statuses } = consolidate([...english, russian]);
  const placed = statuses.find((s) => s.file === "ru.txt")!;
  assert.equal(placed.callId, "2025-10-07-modi-putin", "not 2020-10-07, whose previous call was in July");
});

test("a report in another language with an open date: the one fitting call whose sources give all its topics, and only one", () => {
  const months = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const call = (file: string, date: string, about: string) =>
    extractText(
      ` date ${date}\nPrime Minister Narendra Modi spoke to Russian President Vladimir Putin by phone ` +
        `on ${date.slice(8)} ${months[Number(date.slice(5, 7))]} ${date.slice(0, 4)}. They discussed ${about}.`,
      file,
    );
  const briefed = "पुतिन ने मोदी को रूस की आंतरिक स्थिति से अवगत कराया,";
  const hindi = extractText(
    `मोदी ने आज पुतिन से फोन पर बातचीत की, जो काफी देर चली।
${briefed} और दोनों ने यूक्रेन संघर्ष पर भी विचार रखे।`,
    "hi.txt",
  );
  assert.deepEqual(hindi.topics, ["ukraine", "russia-domestic"]);
  const both = call("both.txt", "2023-06-30", "the situation in Ukraine and the mutiny in Russia");
  const ukraineOnly = call("ukraine.txt", "2022-03-07", "the situation in Ukraine");
  const russiaOnly = call("russia.txt", "2020-07-02", "the constitutional vote in Russia");
  assert.equal(
    consolidate([both, ukraineOnly, russiaOnly, hindi]).statuses.find((s) => s.file === "hi.txt")!.callId,
    "2023-06-30-modi-putin",
  );
  const again = call("again.txt", "2023-07-30", "the situation in Ukraine and the mutiny in Russia");
  assert.equal(
    consolidate([both, again, ukraineOnly, hindi]).statuses.find((s) => s.file === "hi.txt")!.status,
    "unplaced",
    "two calls give both topics: neither wins",
  );
});

test("a language file is part of the cache's fingerprint: a changed word makes every cached record stale", () => {
  const changed = structuredClone(reference);
  changed.languages.ru!.callCues.push("созвон");
  assert.notEqual(
    extractorFingerprint(createExtractor(reference, "2026-11-22"), "code"),
    extractorFingerprint(createExtractor(changed, "2026-11-22"), "code"),
  );
});

/** The seeds and the two articles of a seed call written in Russian and Hindi, in one folder. */
function seedsWithLanguages(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "seeds-languages-"));
  cpSync(path.join(projectRoot, "content/articles"), dir, { recursive: true });
  for (const name of readdirSync(path.join(projectRoot, "tests/languages/seed-call")))
    cpSync(path.join(projectRoot, "tests/languages/seed-call", name), path.join(dir, name));
  return dir;
}

test("a Russian readout and a Hindi report of a seed call join it: still three calls, and the call's page shows them in their languages", async () => {
  const dir = seedsWithLanguages();
  const output = toExtractOutput(runPipeline({ inputs: [dir] }));
  assert.deepEqual(
    output.calls.map((c) => c.id),
    ["2019-01-07-modi-putin", "2021-12-20-modi-putin", "2024-01-15-modi-putin"],
  );
  const december = output.calls.find((c) => c.id === "2021-12-20-modi-putin")!;
  assert.deepEqual(december.sources.map((s) => path.basename(s)).sort(), [
    "003_f52150136d04a091.txt",
    "004_ff46239a7c5f29a8.txt",
    "hi-news-report.txt",
    "ru-kremlin-readout.txt",
  ]);
  assert.ok(output.articles.every((a) => a.status === "placed"));
  assert.deepEqual(Object.fromEntries(output.articles.map((a) => [path.basename(a.file), a.language])), {
    "000_1baf2193bae4fe4b.txt": "en",
    "001_ba6a25559ff93d2e.txt": "en",
    "002_51e1b8036cf830dd.txt": "en",
    "003_f52150136d04a091.txt": "en",
    "004_ff46239a7c5f29a8.txt": "en",
    "hi-news-report.txt": "hi",
    "ru-kremlin-readout.txt": "ru",
  });

  const site = await buildSite({ articlesDir: dir });
  const page = readFileSync(path.join(site, "calls/2021-12-20-modi-putin/index.html"), "utf8");
  assert.match(page, /in <span class="source-language">Russian<\/span>/);
  assert.match(page, /in <span class="source-language">Hindi<\/span>/);
  assert.match(page, /<blockquote lang="ru"><p>Мы договорились/);
  assert.match(page, /<blockquote lang="hi"><p>अपने मित्र/);
  assert.match(page, /In Russian, as published; not translated/);
  assert.match(page, /<div class="article-text" lang="hi">/);
  const document = JSON.parse(readFileSync(path.join(site, "calls/2021-12-20-modi-putin.json"), "utf8")) as {
    sources: { file: string; language: string }[];
  };
  assert.deepEqual(document.sources.map((s) => s.language).sort(), ["en", "en", "hi", "ru"]);
  const calls = JSON.parse(readFileSync(path.join(site, "calls.json"), "utf8")) as {
    articles: { file: string; language: string | null }[];
  };
  assert.equal(calls.articles.find((a) => a.file.endsWith("ru-kremlin-readout.txt"))!.language, "ru");
});

test("a call known only from a Russian report: “Why we think this” shows its sentences as written, marked as Russian", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "russian-only-"));
  cpSync(path.join(projectRoot, "tests/languages/ru-tass-weekday.txt"), path.join(dir, "ru-tass-weekday.txt"));
  const site = await buildSite({ articlesDir: dir });
  const page = readFileSync(path.join(site, "calls/2022-03-07-modi-putin/index.html"), "utf8");
  const why = page.slice(page.indexOf('id="why"'));
  assert.match(why, /<span lang="ru">Президент России Владимир Путин в понедельник/);
  assert.match(why, /\(in Russian, as written\)/);
});

test("the seeds alone still give exactly three calls", () => {
  const output = toExtractOutput(runPipeline({ inputs: [path.join(projectRoot, "content/articles")] }));
  assert.equal(output.calls.length, 3);
});

const realDir = path.resolve(projectRoot, "../shared/real");
const realAbsent = existsSync(path.join(realDir, "gold.json"))
  ? false
  : "the real article set is not beside the repository: nothing to measure";

test(
  "the real set's Russian and Hindi articles are placed on their calls, and those in other languages kept and flagged",
  { skip: realAbsent },
  () => {
    const gold = JSON.parse(readFileSync(path.join(realDir, "gold.json"), "utf8")) as {
      articles: Record<string, { lang?: string; call_date?: string | null; is_call?: boolean; participants?: string[] }>;
    };
    const output = toExtractOutput(runPipeline({ inputs: [path.join(realDir, "articles")] }));
    const dateOf = new Map(output.calls.map((c) => [c.id, c.date]));
    for (const [file, label] of Object.entries(gold.articles)) {
      if (!label.lang || label.lang === "en") continue;
      const article = output.articles.find((a) => path.basename(a.file) === file)!;
      if (label.lang === "ru" || label.lang === "hi") {
        assert.equal(article.language, label.lang, file);
        assert.equal(article.callId ? dateOf.get(article.callId) : null, label.call_date, `${file}: on the call of its date`);
        assert.equal(article.isCall, label.is_call, file);
        assert.deepEqual([...article.participants].sort(), [...(label.participants ?? [])].sort(), file);
      } else {
        assert.equal(article.isCall, false, file);
        assert.ok(
          article.warnings.some((w) => /no language file/.test(w)),
          file,
        );
      }
    }
  },
);
