import { addDays } from "../../../dates.ts";
import { DESIGNATE_DAYS } from "../../leaders.ts";
import type { DateRule } from "../context.ts";

/**
 * Both leaders were in office (or about to take it) on the call's day, and
 * alive; one the text calls "former" had left office. The leaders' terms come
 * from `content/data/leaders.yaml`.
 */
export const leadersInOffice: DateRule = {
  name: "leaders-in-office",
  clues({ leaders, former }) {
    return leaders.map((leader) => {
      const evidence = `${leader.name}'s terms in the leaders data`;
      const lastEnd = leader.offices.reduce<string | null>((end, term) => (term.to && (!end || term.to > end) ? term.to : end), null);
      const spans =
        former.has(leader) && lastEnd
          ? [{ from: lastEnd, to: leader.died }]
          : leader.offices.map((term) => ({ from: addDays(term.from, -DESIGNATE_DAYS), to: term.to }));
      return { rule: this.name, evidence, spans, ...(leader.died ? { to: leader.died } : {}) };
    });
  },
};
