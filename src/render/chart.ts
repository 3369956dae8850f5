/** Geometry for the inline "calls per year" bar chart: plain numbers, so the template only draws. */
export interface YearBar {
  year: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the label under the bar is centred. */
  labelX: number;
  /** Show the year under this bar (every year when few, else every few years). */
  labelled: boolean;
}

export interface Chart {
  width: number;
  height: number;
  /** Baseline of the bars. */
  base: number;
  max: number;
  bars: YearBar[];
}

const WIDTH = 480;
const PLOT_HEIGHT = 120;
const TOP = 18;
/** Room at the sides, so a year label centred under the first or last bar is not cut off. */
const SIDE = 20;

/** Every year from the first to the last call, including years without calls, oldest first. */
export function callsPerYearChart(counts: ReadonlyMap<string, number>): Chart | null {
  const years = [...counts.keys()].map(Number).sort((a, b) => a - b);
  if (years.length === 0) return null;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = last - first + 1;
  const max = Math.max(...counts.values());
  const slot = (WIDTH - 2 * SIDE) / span;
  const labelEvery = Math.ceil(span / 12);
  const bars = Array.from({ length: span }, (_, i) => {
    const year = String(first + i);
    const count = counts.get(year) ?? 0;
    const height = round((count / max) * PLOT_HEIGHT);
    const x = round(SIDE + i * slot + slot * 0.15);
    return {
      year,
      count,
      x,
      y: round(TOP + PLOT_HEIGHT - height),
      width: round(slot * 0.7),
      height,
      labelX: round(SIDE + i * slot + slot / 2),
      labelled: (last - (first + i)) % labelEvery === 0,
    };
  });
  return { width: WIDTH, height: TOP + PLOT_HEIGHT + 24, base: TOP + PLOT_HEIGHT, max, bars };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
