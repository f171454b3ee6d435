import type { EChartsOption } from 'echarts';

/** The numbers behind a chart as a table: the chart's text alternative, shown under it on request. */
export interface ChartTable {
  /** Column headers; the first column holds each row's label. */
  columns: string[];
  rows: { label: string; cells: string[] }[];
  /** What the chart is: bar, line, heatmap, sankey, scatter, radar, pie. */
  kind: string;
  /** The point that stands out, for the chart's one-line summary: the largest value of each series. */
  highlights: { series: string; label: string; value: string }[];
}

/** Header words the table needs where the chart has no name of its own (an axis without a title). */
export interface ChartTableLabels {
  category: string;
  value: string;
  from: string;
  to: string;
  series: string;
}

type Raw = unknown;
type Series = {
  type?: string;
  name?: string;
  data?: Raw[];
  links?: { source: string; target: string; value: number }[];
};
type Axis = { type?: string; name?: string; data?: Raw[] };

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** A data item's value: a plain number, or `{ value }`. */
const valueOf = (d: Raw): Raw =>
  d !== null && typeof d === 'object' && !Array.isArray(d) && 'value' in d ? (d as { value: Raw }).value : d;
const nameOf = (d: Raw): string => String(valueOf(d));

/** The label and formatted value of the largest number in `values` (none when all are missing). */
function largest(labels: string[], values: (number | null)[], format: (v: number) => string, series: string) {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v) && (best < 0 || v > (values[best] as number))) best = i;
  });
  return best < 0 ? [] : [{ series, label: labels[best], value: format(values[best] as number) }];
}

const num = (v: Raw): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

type Cell = (v: Raw) => string;
/** What each kind's reader gets: the option's series and first axes, how to write a number and a cell, the header words. */
interface Parts {
  option: EChartsOption;
  series: Series[];
  xAxis: Axis | undefined;
  yAxis: Axis | undefined;
  format: (v: number) => string;
  cell: Cell;
  labels: ChartTableLabels;
}
type Body = Omit<ChartTable, 'kind'>;

/** A heatmap as its grid, top row first (it is drawn with the first category at the bottom). */
function heatmapTable({ series, xAxis, yAxis, format, cell, labels }: Parts): Body {
  const xs = (xAxis?.data ?? []).map(nameOf);
  const ys = (yAxis?.data ?? []).map(nameOf);
  const grid = ys.map(() => xs.map((): number | null => null));
  for (const d of series[0].data ?? []) {
    const [x, y, v] = valueOf(d) as [number, number, number | null];
    grid[y][x] = num(v);
  }
  const order = ys.map((_, i) => ys.length - 1 - i);
  const flat = order.flatMap((y) =>
    grid[y].map((v, x) => ({ label: `${yAxis?.name ?? ''} ${ys[y]} · ${xAxis?.name ?? ''} ${xs[x]}`.trim(), v })),
  );
  return {
    columns: [`${yAxis?.name ?? labels.category} \\ ${xAxis?.name ?? labels.category}`, ...xs],
    rows: order.map((y) => ({ label: ys[y], cells: grid[y].map(cell) })),
    highlights: largest(
      flat.map((f) => f.label),
      flat.map((f) => f.v),
      format,
      series[0].name ?? '',
    ),
  };
}

/** A Sankey one row per link. */
function sankeyTable({ series, format, cell, labels }: Parts): Body {
  const links = series[0].links ?? [];
  return {
    columns: [labels.from, labels.to, labels.value],
    rows: links.map((l) => ({ label: l.source, cells: [l.target, cell(l.value)] })),
    highlights: largest(
      links.map((l) => `${l.source} ${l.target}`),
      links.map((l) => l.value),
      format,
      '',
    ),
  };
}

/** A scatter one row per point. */
function scatterTable({ series, xAxis, yAxis, cell, labels }: Parts): Body {
  return {
    columns: [labels.series, xAxis?.name ?? 'x', yAxis?.name ?? 'y'],
    rows: series.flatMap((s) =>
      (s.data ?? []).map((d) => ({ label: s.name ?? '', cells: (valueOf(d) as number[]).slice(0, 2).map(cell) })),
    ),
    highlights: [],
  };
}

/** A radar one row per series. */
function radarTable({ option, series, cell, labels }: Parts): Body {
  const axes = asArray((option.radar as { indicator?: { name?: string }[] } | undefined)?.indicator).map(
    (i) => i.name ?? '',
  );
  const items = series[0].data ?? [];
  return {
    columns: [labels.series, ...axes],
    rows: items.map((d) => ({ label: (d as { name?: string }).name ?? '', cells: (valueOf(d) as Raw[]).map(cell) })),
    highlights: [],
  };
}

/** A pie one row per slice. */
function pieTable({ series, format, cell, labels }: Parts): Body {
  const items = (series[0].data ?? []) as { name?: string; value?: number }[];
  return {
    columns: [labels.category, series[0].name ?? labels.value],
    rows: items.map((d) => ({ label: d.name ?? '', cells: [cell(d.value)] })),
    highlights: largest(
      items.map((d) => d.name ?? ''),
      items.map((d) => num(d.value)),
      format,
      '',
    ),
  };
}

/** Bars and lines over a category axis, one row per category: horizontal bars have it on y, drawn bottom up. */
function categoryTable({ series, xAxis, yAxis, format, cell, labels }: Parts): Body {
  const horizontal = yAxis?.type === 'category';
  const axis = horizontal ? yAxis : xAxis;
  const categories = (axis?.data ?? []).map(nameOf);
  const order = categories.map((_, i) => (horizontal ? categories.length - 1 - i : i));
  const values = series.map((s) => categories.map((_, i) => num(valueOf(s.data?.[i]))));
  const names = series.map(
    (s, k) =>
      s.name ??
      (series.length === 1 ? ((horizontal ? xAxis : yAxis)?.name ?? labels.value) : `${labels.series} ${k + 1}`),
  );
  return {
    columns: [axis?.name ?? labels.category, ...names],
    rows: order.map((i) => ({ label: categories[i], cells: values.map((v) => cell(v[i])) })),
    highlights: series.flatMap((_, k) => largest(categories, values[k], format, series.length > 1 ? names[k] : '')),
  };
}

const READERS: Record<string, (parts: Parts) => Body> = {
  heatmap: heatmapTable,
  sankey: sankeyTable,
  scatter: scatterTable,
  radar: radarTable,
  pie: pieTable,
};

/**
 * The table of the numbers an ECharts option draws, read from the option itself, so the table
 * and the chart cannot disagree: category charts (bars, lines) one row per category and one
 * column per series, a heatmap as its grid (top row first, as drawn), a Sankey one row per link,
 * a scatter one row per point, a radar one row per series, a pie one row per slice.
 */
export function chartTable(option: EChartsOption, format: (v: number) => string, labels: ChartTableLabels): ChartTable {
  const series = asArray(option.series as Series | Series[]);
  const xAxis = asArray(option.xAxis as Axis | Axis[])[0];
  const yAxis = asArray(option.yAxis as Axis | Axis[])[0];
  const cell = (v: Raw) => (num(v) === null ? '—' : format(v as number));
  const kind = series[0]?.type ?? 'bar';
  const read = READERS[kind] ?? categoryTable;
  return { kind, ...read({ option, series, xAxis, yAxis, format, cell, labels }) };
}
