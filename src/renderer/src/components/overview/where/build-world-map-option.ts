import type { EChartsOption } from 'echarts';
import { metricValue, type PlaceMetric, type PlaceRow } from './place-rows';
import type { MapSplit } from './split-by-map';

/** The name the world map's shapes are registered under (echarts.registerMap). */
export const WORLD_MAP = 'world-110m';

/** Light to strong blue: more customers or revenue, stronger colour. */
export const MAP_COLOURS = ['#e6f4ff', '#91caff', '#4096ff', '#0958d9', '#002c8c'];

export interface WorldMapLabels {
  /** The metric's name (Customers, Revenue, Orders): the series and the colour scale. */
  metric: string;
  /** Writes a value of the metric (a count, or money). */
  format(v: number): string;
  /** A place's tooltip (HTML, names escaped). */
  tooltip(row: PlaceRow): string;
}

/** At most this many colour classes. */
const MAX_PIECES = 5;

/**
 * Colour classes by powers of ten, so one big country (the UK in a UK shop) does not leave all
 * the others white: [0, 10), [10, 100) … up to the largest value, at most five, the lowest
 * starting at 0.
 */
export function decadePieces(max: number): { gte: number; lt?: number; lte?: number }[] {
  const top = max >= 10 ? Math.floor(Math.log10(max)) : 0;
  const first = Math.max(1, top - MAX_PIECES + 2);
  const pieces: { gte: number; lt?: number; lte?: number }[] = [];
  for (let k = first; k <= top; k++) pieces.push({ gte: k === first ? 0 : 10 ** (k - 1), lt: 10 ** k });
  pieces.push({ gte: top === 0 ? 0 : 10 ** top, lte: Math.max(max, 1) });
  return pieces;
}

/** `n` colours from light to strong, spread over the palette. */
function pieceColours(n: number): string[] {
  if (n === 1) return [MAP_COLOURS[MAP_COLOURS.length - 1]];
  return Array.from({ length: n }, (_, i) => MAP_COLOURS[Math.round((i * (MAP_COLOURS.length - 1)) / (n - 1))]);
}

/**
 * The countries on the world map, coloured by the metric in classes by powers of ten, light to
 * strong: one data item per shape with the map's name for it. The other shapes (`features`:
 * all the map's names) stay grey and silent, without tooltip or highlight: their names would be
 * in English only, and there is nothing to tell. Zoom and pan with the mouse.
 */
export function buildWorldMapOption(
  onMap: MapSplit['onMap'],
  features: ReadonlySet<string>,
  metric: PlaceMetric,
  labels: WorldMapLabels,
): EChartsOption {
  const byFeature = new Map(onMap.map((p) => [p.feature, p.row]));
  const data = onMap.map((p) => ({ name: p.feature, value: metricValue(p.row, metric) ?? 0 }));
  const pieces = decadePieces(data.reduce((m, d) => Math.max(m, d.value), 0));
  const silent = [...features].filter((name) => !byFeature.has(name)).map((name) => ({ name, silent: true }));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const row = byFeature.get((p as { name: string }).name);
        return row ? labels.tooltip(row) : '';
      },
    },
    visualMap: {
      type: 'piecewise',
      left: 8,
      bottom: 8,
      itemWidth: 14,
      pieces: pieces.map((p) => ({ ...p, label: `${labels.format(p.gte)} – ${labels.format(p.lte ?? p.lt!)}` })),
      inRange: { color: pieceColours(pieces.length) },
      outOfRange: { color: '#f0f0f0' },
    },
    series: [
      {
        type: 'map',
        map: WORLD_MAP,
        name: labels.metric,
        roam: true,
        scaleLimit: { min: 1, max: 12 },
        top: 8,
        bottom: 8,
        left: 8,
        right: 8,
        label: { show: false },
        itemStyle: { areaColor: '#f0f0f0', borderColor: '#bfbfbf', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
        select: { disabled: true },
        data: [...data, ...silent],
      },
    ],
  };
}
