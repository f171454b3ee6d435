import type { EChartsOption } from 'echarts';
import { chartSvg } from './chart-svg';
import type { ReportText } from './report-input';

/** Chart width in CSS px: the printable width of an A4 page at 96 dpi; the SVG scales to the page. */
const WIDTH = 680;

/**
 * A chart of the report as a figure: its title (what it shows), the option rendered as inline SVG
 * (ids after `id`), and its caption (the finding, or what to read from it: cut points, errors).
 * A figure never splits across pages, and two of the report's charts fit on one page.
 */
export function reportFigure(
  option: EChartsOption,
  height: number,
  id: string,
  title: string,
  caption: string,
  x: ReportText,
): string {
  const note = caption ? `<figcaption>${x.esc(caption)}</figcaption>` : '';
  return `<figure class="chart"><h3 class="chart-title">${x.esc(title)}</h3>${chartSvg(option, WIDTH, height, id)}${note}</figure>`;
}
