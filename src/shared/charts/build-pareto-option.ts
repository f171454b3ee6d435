import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { Concentration } from '../overview';

/** The read-offs on paper: bold, on a white ground so the curve and its area never cross them. */
const PRINTED_READ: NonNullable<LineSeriesOption['markPoint']>['label'] = {
  position: 'right',
  fontSize: 10,
  fontWeight: 'bold',
  color: '#1f1f1f',
  backgroundColor: 'rgba(255,255,255,0.85)',
  padding: [1, 3],
};

/**
 * The Pareto curve: the share of revenue (y) that the biggest x share of customers bring, with
 * the line of equal shares for comparison and the top 1 / 10 / 20 % marked where they are read off.
 */
export function buildParetoOption(
  concentration: Concentration,
  labels: {
    customers: string;
    revenue: string;
    even: string;
    pct(v: number): string;
    /** A share on the axes (whole per cents). */
    axisPct(v: number): string;
  },
  { print = false }: { print?: boolean } = {},
): EChartsOption {
  const axis = (name: string, nameGap: number) => ({
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap,
    min: 0,
    max: 1,
    axisLabel: { formatter: (v: number) => labels.axisPct(v) },
  });
  return {
    animation: false,
    grid: { left: 28, right: 28, top: print ? 36 : 16, bottom: 32, containLabel: true },
    // On paper, the dashed line needs its name (on screen, the card's text and tooltip give it).
    legend: print ? { top: 0, data: [labels.revenue, labels.even] } : undefined,
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const [p] = params as { value: [number, number] }[];
        return `${labels.customers}: ${labels.pct(p.value[0])}<br/>${labels.revenue}: ${labels.pct(p.value[1])}`;
      },
    },
    xAxis: axis(labels.customers, 28),
    yAxis: axis(labels.revenue, 40),
    series: [
      {
        name: labels.revenue,
        type: 'line',
        data: concentration.curve,
        showSymbol: false,
        areaStyle: { opacity: 0.12 },
        itemStyle: { color: '#1668dc' },
        markPoint: {
          symbolSize: 8,
          symbol: 'circle',
          itemStyle: print ? { color: '#d4380d' } : undefined,
          label: print ? { ...PRINTED_READ, formatter: '{b}' } : { position: 'right', formatter: '{b}' },
          data: concentration.top.map((t) => ({
            name: `${labels.axisPct(t.top)} → ${labels.pct(t.share)}`,
            coord: [t.top, t.share],
          })),
        },
      },
      {
        name: labels.even,
        type: 'line',
        data: [
          [0, 0],
          [1, 1],
        ],
        showSymbol: false,
        lineStyle: { type: 'dashed', color: '#8c8c8c', width: 1 },
        itemStyle: { color: '#8c8c8c' },
        tooltip: { show: false },
      },
    ],
  };
}
