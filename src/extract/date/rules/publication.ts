import type { DateRule } from "../context.ts";

/** A report is not written before the call: the publication date or the page's earliest stamp bounds it from above. */
export const notAfterPublication: DateRule = {
  name: "not-after-publication",
  clues({ published, dateline }) {
    const bound = [published, dateline?.date].filter((d): d is string => Boolean(d)).sort()[0];
    return bound
      ? [{ rule: this.name, evidence: dateline && dateline.date === bound ? dateline.text : `published ${bound}`, to: bound }]
      : [];
  },
};
