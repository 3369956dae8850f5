/**
 * Where the text sits, whatever the pixels: on every page type of the fixture
 * site at 320, 375, 768, 1280 and 1920 px, no heading, paragraph, list item or
 * term starts within 8 px of an edge of the viewport (with every <details>
 * open); from 1280 px the header,
 * the main column and the footer are one column, at most 900 px wide and
 * centred; and nothing scrolls sideways.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { skip, withPage } from "../helpers/browser.ts";
import { PAGE_TYPES, openStill, useFixtureSite } from "../helpers/site-shots.ts";

const WIDTHS = [320, 375, 768, 1280, 1920];
/** Text closer than this to the edge of the screen touches it. */
const EDGE = 8;
/** The widest a reading column may be. */
const MAX_COLUMN = 900;

const site = useFixtureSite();

interface Geometry {
  viewport: number;
  scrollWidth: number;
  /** Text blocks outside the margin: "h1 'Topics' at 0–320". */
  tooClose: string[];
  /** Left and right of the header, main and footer. */
  columns: { name: string; left: number; right: number }[];
}

for (const type of PAGE_TYPES) {
  test(`the ${type.name} page keeps its text off the edges and in one centred column at ${WIDTHS.join(", ")} px`, { skip }, async () => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      const g = await withPage(
        site.browser(),
        async (page) => {
          await openStill(page, site.url() + type.path);
          return page.evaluate((edge): Geometry => {
            // What a reader can open is measured too: the article texts, the tables behind the charts.
            for (const details of document.querySelectorAll("details")) details.open = true;
            const viewport = document.documentElement.clientWidth;
            const tooClose: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>(
              "main :is(h1, h2, h3, h4, h5, h6, p, li, dt, dd), .site-header :is(a, li), .site-footer :is(p, li)",
            )) {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0) continue;
              // Inside a box that scrolls sideways on its own, the box is what must stay in the margin.
              const scroller = el.closest<HTMLElement>(".scroll-x");
              const outer = scroller ? scroller.getBoundingClientRect() : box;
              if (outer.left < edge || outer.right > viewport - edge) {
                tooClose.push(
                  `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}" at ${Math.round(outer.left)}–${Math.round(outer.right)}`,
                );
              }
            }
            const columns = [".site-header", "main", ".site-footer"].map((name) => {
              const box = document.querySelector(name)!.getBoundingClientRect();
              return { name, left: box.left, right: box.right };
            });
            return { viewport, scrollWidth: document.documentElement.scrollWidth, tooClose, columns };
          }, EDGE);
        },
        { width },
      );
      const at = `${width} px`;
      if (g.scrollWidth > g.viewport) problems.push(`${at}: scrolls sideways by ${g.scrollWidth - g.viewport} px`);
      for (const close of g.tooClose.slice(0, 5)) problems.push(`${at}: within ${EDGE} px of an edge: ${close}`);
      if (width >= 1280) {
        for (const c of g.columns) {
          const columnWidth = c.right - c.left;
          const leftSpace = c.left;
          const rightSpace = g.viewport - c.right;
          if (columnWidth > MAX_COLUMN) problems.push(`${at}: ${c.name} is ${Math.round(columnWidth)} px wide (at most ${MAX_COLUMN})`);
          if (Math.abs(leftSpace - rightSpace) > 1)
            problems.push(`${at}: ${c.name} is not centred (${Math.round(leftSpace)} px left, ${Math.round(rightSpace)} px right)`);
        }
        const [header, main, footer] = g.columns;
        if (Math.abs(header!.left - main!.left) > 1 || Math.abs(footer!.left - main!.left) > 1)
          problems.push(`${at}: header, main and footer do not share one column`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
