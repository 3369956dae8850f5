/**
 * The people views: every leader on at least one call (by name), with the
 * offices the data files give them, and each one's calls a page at a time.
 */
import type { Reference } from "../../data/load.ts";
import { formatShort } from "../../dates.ts";
import type { Chunk } from "../paginate.ts";
import { paginate } from "../paginate.ts";
import { personUrl } from "../urls.ts";
import type { CallView } from "./call.ts";

export interface PersonView {
  name: string;
  slug: string;
  country: string;
  url: string;
  count: number;
  offices: { title: string; from: string; to: string | null }[];
}

export interface PersonPage extends Chunk<CallView> {
  person: PersonView;
}

export interface PeopleViews {
  /** Leaders on at least one call, by name. */
  people: PersonView[];
  personPages: PersonPage[];
}

/** `calls` newest first, as `callViews` gives them. */
export function peopleViews(
  calls: readonly CallView[],
  reference: Pick<Reference, "leaders" | "offices" | "countries">,
  perPage: number,
): PeopleViews {
  const officeTitle = new Map(reference.offices.map((o) => [o.id, o.title]));
  const countryName = new Map(reference.countries.map((c) => [c.id, c.name]));
  const people: PersonView[] = [];
  const personPages: PersonPage[] = [];
  const leaders = [...reference.leaders].sort((a, b) => a.name.localeCompare(b.name, "en"));
  for (const leader of leaders) {
    const list = calls.filter((c) => c.participants.some((p) => p.slug === leader.slug));
    if (list.length === 0) continue;
    const person: PersonView = {
      name: leader.name,
      slug: leader.slug,
      country: countryName.get(leader.country) ?? leader.country,
      url: personUrl(leader.slug),
      count: list.length,
      offices: [...leader.offices]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((t) => ({ title: officeTitle.get(t.office) ?? t.office, from: formatShort(t.from), to: t.to ? formatShort(t.to) : null })),
    };
    people.push(person);
    for (const chunk of paginate(list, perPage, person.url)) personPages.push({ ...chunk, person });
  }
  return { people, personPages };
}
