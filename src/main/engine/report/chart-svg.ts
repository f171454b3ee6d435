import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';

/** The report's fonts, both embedded: Noto Sans for Latin text (so `customer’s` never takes a CJK font's full-width apostrophe), then Noto Sans SC for Chinese on a machine with no CJK font. */
export const REPORT_FONT =
  "'Noto Sans', 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/**
 * A chart as an SVG string, rendered without a DOM by ECharts' server-side renderer (the same
 * option builders the app's charts use), in the report's font. ECharts numbers its ids and
 * classes by a counter of charts made so far; they are renamed after `id` so the same chart
 * always gives the same SVG and two charts in one document never share an id.
 */
export function chartSvg(option: EChartsOption, width: number, height: number, id: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      ...option,
      animation: false,
      textStyle: { fontFamily: REPORT_FONT, ...(option.textStyle as object) },
    });
    const classes = new Map<string, number>();
    const renumber = (n: string) => {
      if (!classes.has(n)) classes.set(n, classes.size);
      return classes.get(n)!;
    };
    return (
      chart
        .renderToSVGString()
        // Only in ids, classes and references to them (never in the chart's text).
        .replace(/(?<=class="|id="|url\(#|href="#|^\.)zr\d+-cls-(\d+)/gm, (_, n: string) => `${id}-cls-${renumber(n)}`)
        .replace(/(?<=class="|id="|url\(#|href="#|^\.)zr\d+-/gm, `${id}-`)
    );
  } finally {
    chart.dispose();
  }
}
