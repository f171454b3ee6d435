import type { EChartsOption } from 'echarts';
import type { ClvResult, FittedPurchaseModel } from '../clv';

const ACTUAL = '#1668dc';
const EXPECTED = '#fa8c16';

/** The frame of a chart by calibration frequency (0 … 7+): its legend, the frequency axis, purchases per customer. */
function byFrequencyFrame(
  rows: readonly { frequency: string }[],
  legend: string[],
  labels: { frequency: string; purchases: string },
): EChartsOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 28, containLabel: true },
    legend: { top: 0, data: legend },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(2) : String(v)) },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.frequency),
      name: labels.frequency,
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: { type: 'value', name: labels.purchases, splitNumber: 4, nameTextStyle: { align: 'left' } },
  };
}

/** Mean holdout purchases per calibration frequency (0 … 7+): what customers did beside what the model expected. */
export function buildHoldoutByFrequencyOption(
  validation: ClvResult['validation'],
  labels: { actual: string; expected: string; frequency: string; purchases: string },
): EChartsOption {
  const rows = validation.byFrequency;
  return {
    ...byFrequencyFrame(rows, [labels.actual, labels.expected], labels),
    series: [
      { name: labels.actual, type: 'bar', data: rows.map((r) => r.actual), itemStyle: { color: ACTUAL } },
      { name: labels.expected, type: 'bar', data: rows.map((r) => r.expected), itemStyle: { color: EXPECTED } },
    ],
  };
}

/** Repeat purchases accumulated over time, made and expected; a line where the calibration period ends. */
export function buildCumulativeOption(
  result: ClvResult,
  labels: { actual: string; expected: string; time: string; purchases: string; calibrationEnd: string },
): EChartsOption {
  const points = result.validation.cumulative;
  const end = points.filter((p) => p.day <= result.calibrationEnd).at(-1)?.t;
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 28, containLabel: true },
    legend: { top: 0, data: [labels.actual, labels.expected] },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? Math.round(v).toLocaleString('en') : String(v)),
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => String(p.t)),
      name: labels.time,
      nameLocation: 'middle',
      nameGap: 24,
      boundaryGap: false,
    },
    yAxis: { type: 'value', name: labels.purchases, splitNumber: 4, nameTextStyle: { align: 'left' } },
    series: [
      {
        name: labels.actual,
        type: 'line',
        showSymbol: false,
        data: points.map((p) => p.actual),
        itemStyle: { color: ACTUAL },
        markLine:
          end === undefined
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#8c8c8c', type: 'dashed' },
                label: { formatter: labels.calibrationEnd, position: 'insideEndTop' },
                data: [{ xAxis: String(end) }],
              },
      },
      {
        name: labels.expected,
        type: 'line',
        showSymbol: false,
        data: points.map((p) => p.expected),
        itemStyle: { color: EXPECTED },
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}

/** P(alive) by repeat purchases (rows) and the time of the last one (columns), for a customer watched as long as the longest. */
export function buildPAliveHeatmapOption(
  matrix: ClvResult['pAlive'],
  labels: { frequency: string; recency: string; pAlive: string },
): EChartsOption {
  const recency = matrix.recency.map((v) => v.toFixed(1));
  const data: [number, number, number][] = [];
  matrix.values.forEach((row, x) => row.forEach((p, j) => data.push([j, x, Math.round(p * 1000) / 1000])));
  return {
    animation: false,
    grid: { left: 40, right: 8, top: 16, bottom: 56, containLabel: true },
    tooltip: {
      position: 'top',
      formatter: (p: unknown) => {
        const v = (p as { value: [number, number, number] }).value;
        return `${labels.frequency} ${matrix.frequency[v[1]]}, ${labels.recency} ${recency[v[0]]}: ${labels.pAlive} ${(v[2] * 100).toFixed(1)}%`;
      },
    },
    xAxis: {
      type: 'category',
      data: recency,
      name: labels.recency,
      nameLocation: 'middle',
      nameGap: 24,
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: matrix.frequency.map(String),
      name: labels.frequency,
      nameLocation: 'middle',
      nameRotate: 90,
      nameGap: 30,
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      text: ['1', '0'],
      inRange: { color: ['#fff1f0', '#ffd591', '#95de64', '#237804'] },
    },
    series: [{ name: labels.pAlive, type: 'heatmap', data, label: { show: false } }],
  };
}

const MODEL_COLORS = ['#fa8c16', '#13a8a8', '#9254de'];

/**
 * Mean holdout purchases per calibration frequency (0 … 7+): what customers did (bars) beside
 * what each fitted model expected (a line per model), to see where each one misses.
 */
export function buildModelsByFrequencyOption(
  models: readonly FittedPurchaseModel[],
  labels: { actual: string; frequency: string; purchases: string; model(kind: FittedPurchaseModel['kind']): string },
): EChartsOption {
  const scored = models.filter((m) => m.byFrequency.length > 0);
  const rows = scored[0]?.byFrequency ?? [];
  return {
    ...byFrequencyFrame(rows, [labels.actual, ...scored.map((m) => labels.model(m.kind))], labels),
    series: [
      { name: labels.actual, type: 'bar', data: rows.map((r) => r.actual), itemStyle: { color: ACTUAL } },
      ...scored.map((m, i) => ({
        name: labels.model(m.kind),
        type: 'line' as const,
        data: m.byFrequency.map((r) => r.expected),
        itemStyle: { color: MODEL_COLORS[i % MODEL_COLORS.length] },
        lineStyle: { type: i === 0 ? ('solid' as const) : i === 1 ? ('dashed' as const) : ('dotted' as const) },
      })),
    ],
  };
}
