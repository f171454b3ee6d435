import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';
import ReactECharts from 'echarts-for-react';
import { type Ref, useImperativeHandle, useRef } from 'react';
import { guardDisposedPainter } from '../charts/guard-disposed-painter';

guardDisposedPainter();

/** What the chart's frame asks of the drawn chart: its image, to save. */
export interface ChartImageSource {
  /** SVG from the chart on screen; PNG drawn at twice the size by a canvas renderer off screen, on white. */
  image(format: 'png' | 'svg'): Uint8Array | null;
}

function chartImage(chart: echarts.ECharts, option: EChartsOption, format: 'png' | 'svg'): Uint8Array {
  if (format === 'svg') return new TextEncoder().encode(chart.renderToSVGString());
  const width = chart.getWidth();
  const height = chart.getHeight();
  const canvas = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width, height });
  try {
    canvas.setOption({ ...option, animation: false });
    const url = canvas.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    return Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  } finally {
    canvas.dispose();
  }
}

/**
 * The drawn chart (ECharts, SVG renderer). Loaded on the first chart shown, not with the window:
 * ECharts is a third of the renderer's code, and the welcome screen and the Data page draw none.
 */
export default function ChartCanvas({
  option,
  height,
  source,
}: {
  option: EChartsOption;
  height: number;
  source: Ref<ChartImageSource>;
}) {
  const ref = useRef<ReactECharts>(null);
  useImperativeHandle(source, () => ({
    image(format) {
      const chart = ref.current?.getEchartsInstance();
      return chart ? chartImage(chart, option, format) : null;
    },
  }));
  return (
    <ReactECharts
      ref={ref}
      option={option}
      style={{ height, width: '100%' }}
      notMerge
      lazyUpdate
      opts={{ renderer: 'svg' }}
    />
  );
}
