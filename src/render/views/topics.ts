/**
 * The topic views: the topics that at least one call has (in taxonomy order),
 * each topic's calls a page at a time with the quotes on it, and the heat map
 * of calls per topic and year.
 */
import { compileTopics, topicText } from "../../extract/topics.ts";
import type { CallRecord, Topic } from "../../types.ts";
import type { Chunk } from "../paginate.ts";
import { paginate } from "../paginate.ts";
import type { TopicMatrix } from "../topic-matrix.ts";
import { topicMatrix } from "../topic-matrix.ts";
import { topicUrl } from "../urls.ts";
import type { CallView, Link } from "./call.ts";
import type { YearSummary } from "./years.ts";
import { countPerYear } from "./years.ts";

export interface TopicView extends Topic {
  url: string;
  count: number;
  perYear: YearSummary[];
}

export interface TopicPage extends Chunk<CallView> {
  topic: TopicView;
  /** Quotes on this topic (matching its phrases), from the calls on this page only. */
  quotes: { call: Link; speaker: string; text: string }[];
}

export interface TopicViews {
  topics: TopicView[];
  /** One entry per page of a topic's calls. */
  topicPages: TopicPage[];
  /** Calls per topic and year, for the heat map on `/topics/`. */
  topicMatrix: TopicMatrix | null;
}

/** `calls` newest first, as `callViews` gives them. */
export function topicViews(calls: readonly CallView[], taxonomy: readonly Topic[], perPage: number): TopicViews {
  const topics: TopicView[] = [];
  const topicPages: TopicPage[] = [];
  const matrixRows: Parameters<typeof topicMatrix>[0][number][] = [];
  const onTopic = quotesOnTopic(taxonomy);
  for (const topic of taxonomy) {
    const list = calls.filter((c) => c.topics.includes(topic.slug));
    if (list.length === 0) continue;
    const view: TopicView = { ...topic, url: topicUrl(topic.slug), count: list.length, perYear: countPerYear(list) };
    topics.push(view);
    // The page of the topic's list where each year's newest call is: the heat map links there.
    const yearUrls = new Map<string, string>();
    matrixRows.push({
      slug: topic.slug,
      label: topic.label,
      url: view.url,
      counts: new Map(view.perYear.map((y) => [y.year, y.count])),
      yearUrls,
    });
    for (const chunk of paginate(list, perPage, view.url)) {
      for (const call of chunk.items) if (!yearUrls.has(call.year)) yearUrls.set(call.year, chunk.url);
      topicPages.push({
        ...chunk,
        topic: view,
        quotes: chunk.items.flatMap((call) =>
          onTopic(call, topic.slug).map((q) => ({
            call: { url: call.url, label: call.headline },
            speaker: q.speaker ?? "Unattributed",
            text: q.text,
          })),
        ),
      });
    }
  }
  return { topics, topicPages, topicMatrix: topicMatrix(matrixRows) };
}

/**
 * The quotes of a call that name one of its topics (by the topic's phrases).
 * Worked out once per call for all its topics: each quote is then read once,
 * however many topic pages list the call.
 */
function quotesOnTopic(topics: readonly Topic[]): (call: CallView, slug: string) => CallRecord["quotes"] {
  const matchers = new Map(compileTopics(topics).map((m) => [m.topic.slug, m]));
  const byCall = new Map<CallView, Map<string, CallRecord["quotes"]>>();
  return (call, slug) => {
    let bySlug = byCall.get(call);
    if (!bySlug) {
      bySlug = new Map(call.topics.map((s) => [s, []]));
      for (const quote of call.quotes) {
        const text = topicText(quote.text);
        for (const [s, list] of bySlug) if (matchers.get(s)?.findIn(text).length) list.push(quote);
      }
      byCall.set(call, bySlug);
    }
    return bySlug.get(slug) ?? [];
  };
}
