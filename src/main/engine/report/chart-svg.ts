import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';

/** The report's font: the embedded Noto Sans SC first, so Chinese renders on a machine with no CJK font. */
export const REPORT_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/**
 * A chart as an SVG string, rendered without a DOM by ECharts' server-side renderer (the same
 * option builders the app's charts use), in the report's font.
 */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, textStyle: { fontFamily: REPORT_FONT, ...(option.textStyle as object) } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
