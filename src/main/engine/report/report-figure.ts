import type { EChartsOption } from 'echarts';
import { chartSvg } from './chart-svg';
import type { ReportText } from './report-input';

/** Chart width in CSS px: the printable width of an A4 page at 96 dpi; the SVG scales to the page. */
const WIDTH = 680;

/** A chart of the report as a figure: the option rendered as inline SVG (ids after `id`), with its caption. */
export function reportFigure(
  option: EChartsOption,
  height: number,
  id: string,
  caption: string,
  x: ReportText,
): string {
  return `<figure class="chart">${chartSvg(option, WIDTH, height, id)}<figcaption>${x.esc(caption)}</figcaption></figure>`;
}
