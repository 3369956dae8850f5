/**
 * "Topics over time" on `/topics/`: how many calls touched each topic in each
 * year, as an inline SVG heat map (no JavaScript) and the same figures as a
 * table. Each cell with calls links to the topic's page at that year. Its
 * size depends on the number of topics and years only, never on the number
 * of calls, so the page stays small however large the archive grows.
 */
import type { Html } from "./html.ts";
import { html } from "./html.ts";

export interface MatrixCell {
  year: string;
  count: number;
  /** The topic page (of a paginated list, the page with the year's newest call) and the year's anchor; null without calls. */
  url: string | null;
}

export interface MatrixRow {
  slug: string;
  label: string;
  url: string;
  cells: MatrixCell[];
}

export interface TopicMatrix {
  /** Every year from the first call to the last, gaps included, oldest first. */
  years: string[];
  /** Topics in taxonomy order. */
  rows: MatrixRow[];
  max: number;
}

/** The anchor of a year on a topic page. */
export function yearAnchor(year: string): string {
  return `y${year}`;
}

/** The matrix from each topic's calls per year and where each year starts on its pages. */
export function topicMatrix(
  rows: readonly { slug: string; label: string; url: string; counts: ReadonlyMap<string, number>; yearUrls: ReadonlyMap<string, string> }[],
): TopicMatrix | null {
  const allYears = rows.flatMap((r) => [...r.counts.keys()]).map(Number);
  if (allYears.length === 0) return null;
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  let max = 0;
  const matrixRows = rows.map((row) => ({
    slug: row.slug,
    label: row.label,
    url: row.url,
    cells: years.map((year) => {
      const count = row.counts.get(year) ?? 0;
      max = Math.max(max, count);
      const page = row.yearUrls.get(year);
      return { year, count, url: count && page ? `${page}#${yearAnchor(year)}` : null };
    }),
  }));
  return { years, rows: matrixRows, max };
}

/** Shade 1 to 4 of a cell with calls, 0 for none: quartiles of the busiest cell. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

// Geometry, in CSS pixels at natural size: in a narrower column the picture shrinks, down to MIN_SCALE, then scrolls in its own box.
const CELL = 22;
const GAP = 3;
const HEADER = 28;
/** Room under the grid for the legend, and at the right for the last year's label. */
const FOOTER = 34;
const RIGHT = 18;
/** Topic labels are 13 px DejaVu Sans: about 8 px a character, at most. */
const CHAR = 8;
/** A year label is about 30 px wide at 11 px: label every year when cells are that wide, else every second. */
const LABEL_EVERY = Math.ceil(32 / CELL);

/** How far the picture may shrink to fit a narrow column before it scrolls instead: cells of 15 px, labels of 9 px. */
const MIN_SCALE = 0.7;

/** The heat map and its table. */
export function topicMatrixHtml(matrix: TopicMatrix): Html {
  const labelWidth = Math.max(...matrix.rows.map((r) => r.label.length)) * CHAR + 10;
  const gridBottom = HEADER + matrix.rows.length * CELL;
  // Wide enough for the last year's label and for the legend ("More calls" is about 80 px).
  const width = Math.max(labelWidth + matrix.years.length * CELL + RIGHT, labelWidth + 4 * CELL + 90);
  const height = gridBottom + FOOTER;
  const lastYear = Number(matrix.years[matrix.years.length - 1]);
  const labelled = (year: string) => (lastYear - Number(year)) % LABEL_EVERY === 0;
  const x = (i: number) => labelWidth + i * CELL;
  const y = (j: number) => HEADER + j * CELL;
  const span = `${matrix.years[0]} to ${matrix.years[matrix.years.length - 1]}`;
  const legendX = labelWidth;
  const legend = html`<text class="legend" x="${legendX - 8}" y="${gridBottom + 22}">Fewer</text>${[1, 2, 3, 4].map(
    (s) => html`<use href="#c" class="s${s}" x="${legendX + (s - 1) * CELL}" y="${gridBottom + 8}"/>`,
  )}<text class="legend more" x="${legendX + 4 * CELL + 4}" y="${gridBottom + 22}">More calls</text>`;
  const cellSize = CELL - GAP;
  // Empty cells are a pattern behind each row; a cell with calls is one <use> of the square, in a link.
  // At 25 topics over 32 years that is 800 cells, so each is kept short.
  const svgStyle = `min-width: ${Math.round(width * MIN_SCALE)}px`;
  const emptyCell = html`<pattern id="empty" width="${CELL}" height="${CELL}" patternUnits="userSpaceOnUse" x="${labelWidth}" y="${HEADER}">`;
  const defs = html`<defs><rect id="c" width="${cellSize}" height="${cellSize}"/>${emptyCell}<use href="#c" class="s0"/></pattern></defs>`;
  const rowLabel = (row: MatrixRow) => html`<text class="topic" x="${labelWidth - 8}" y="${CELL - 7}">${row.label}</text>`;
  const rowBackground = html`<rect fill="url(#empty)" x="${labelWidth}" width="${matrix.years.length * CELL}" height="${cellSize}"/>`;
  const square = (cell: MatrixCell, i: number) =>
    html`<use href="#c" x="${x(i)}" class="s${shade(cell.count, matrix.max)}"><title>${cell.year}: ${cell.count}</title></use>`;
  const captionEnd = html`each coloured square opens that topic's calls of that year.`;
  const caption = html`Calls on each topic per year, ${span}. The stronger the colour, the more calls; ${captionEnd}`;
  const tableCell = (cell: MatrixCell) => (cell.url ? html`<td><a href="${cell.url}">${cell.count}</a></td>` : html`<td></td>`);
  return html`<figure class="topic-matrix">
  <div class="scroll-x" role="region" aria-label="Topics per year, heat map" tabindex="0">
    <svg class="heat" width="${width}" height="${height}" style="${svgStyle}" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
      ${defs}
      ${matrix.years.map((year, i) => (labelled(year) ? html`<text class="year" x="${x(i) + CELL / 2}" y="${HEADER - 8}">${year}</text>` : null))}
      ${matrix.rows.map(
        (row, j) => html`<g transform="translate(0 ${y(j)})">${rowLabel(row)}${rowBackground}${row.cells.map((cell, i) =>
          cell.url ? html`<a href="${cell.url}" tabindex="-1">${square(cell, i)}</a>` : null,
        )}</g>
      `,
      )}
      ${legend}
    </svg>
  </div>
  <figcaption>${caption}</figcaption>
</figure>
<details class="topic-matrix-table">
  <summary>Topics per year as a table</summary>
  <div class="scroll-x" role="region" aria-label="Topics per year, table" tabindex="0">
    <table>
      <caption>Calls on each topic per year</caption>
      <thead><tr><th scope="col">Topic</th>${matrix.years.map((year) => html`<th scope="col">${year}</th>`)}</tr></thead>
      <tbody>
        ${matrix.rows.map(
          (row) => html`<tr><th scope="row"><a href="${row.url}">${row.label}</a></th>${row.cells.map(tableCell)}</tr>
        `,
        )}
      </tbody>
    </table>
  </div>
</details>`;
}
