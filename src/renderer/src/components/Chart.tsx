import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';
import ReactECharts from 'echarts-for-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/** A chart's image: SVG from the chart on screen; PNG drawn at twice the size by a canvas renderer off screen, on white. */
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
 * The one chart wrapper: ECharts owns init, setOption, resize and dispose. Options come from
 * pure builders in shared/charts. With a `name`, the chart can be saved as PNG or SVG.
 */
export function Chart({ option, height = 160, testId, name }: { option: EChartsOption; height?: number; testId?: string; name?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ref = useRef<ReactECharts>(null);
  const save = async (format: 'png' | 'svg') => {
    const chart = ref.current?.getEchartsInstance();
    if (!chart || !name) return;
    try {
      const saved = await call('export:chart', { format, data: chartImage(chart, option, format), name: [...name].slice(0, 120).join('') });
      if (saved) message.success(t('export.savedFile', { file: saved.fileName }));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <div data-testid={testId} className="chart-box">
      {name && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'png', label: t('export.chartPng'), onClick: () => void save('png') },
              { key: 'svg', label: t('export.chartSvg'), onClick: () => void save('svg') },
            ],
          }}
        >
          <Button className="chart-save" size="small" type="text" icon={<DownloadOutlined />} aria-label={t('export.chartPng')} data-testid="chart-save" />
        </Dropdown>
      )}
      <ReactECharts ref={ref} option={option} style={{ height, width: '100%' }} notMerge lazyUpdate opts={{ renderer: 'svg' }} />
    </div>
  );
}
