/**
 * The layout the Nunjucks pages name (`layout: base.11ty.ts`): an adapter from
 * Eleventy's layout data to the page frame, which lives with the rest of the
 * render code (`src/render/page-frame.ts`) so that nothing there reaches up
 * into `layouts/`.
 */
import type { Frame } from "../src/render/page-frame.ts";
import { pageFrame } from "../src/render/page-frame.ts";

/** Eleventy calls this with the page's data; `content` is the page's own HTML. */
export function render(data: Frame): string {
  return pageFrame(data);
}
