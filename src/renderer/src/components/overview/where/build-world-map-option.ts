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

/**
 * The countries on the world map, coloured by the metric from light (none) to strong (the
 * largest): one data item per shape with the map's name for it. Shapes without orders stay
 * grey and have no tooltip (their names would be in English only). Zoom and pan with the mouse.
 */
export function buildWorldMapOption(
  onMap: MapSplit['onMap'],
  metric: PlaceMetric,
  labels: WorldMapLabels,
): EChartsOption {
  const byFeature = new Map(onMap.map((p) => [p.feature, p.row]));
  const data = onMap.map((p) => ({ name: p.feature, value: metricValue(p.row, metric) ?? 0 }));
  const max = data.reduce((m, d) => Math.max(m, d.value), 0);
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
      type: 'continuous',
      min: 0,
      max: max || 1,
      left: 8,
      bottom: 8,
      itemHeight: 100,
      calculable: false,
      text: [labels.format(max), labels.format(0)],
      inRange: { color: MAP_COLOURS },
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
        data,
      },
    ],
  };
}
