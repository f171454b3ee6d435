import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { chartTable, type ChartTable } from '../charts/chart-table';
import { useShowError } from '../errors/ErrorProvider';
import { useFormat } from '../hooks/useFormat';
import type { ChartImageSource } from './ChartCanvas';
import { ChartDataTable } from './ChartDataTable';
import { MenuDropdown } from './MenuDropdown';

const ChartCanvas = lazy(() => import('./ChartCanvas'));

export interface ChartProps {
  option: EChartsOption;
  height?: number;
  testId?: string;
  /** With a name, the chart can be saved as PNG or SVG (the file is named after it). */
  name?: string;
  /** What the chart shows, in words: the start of its text alternative and the caption of its data table. */
  title: string;
  /** How the table writes the chart's values (money, shares); by default the tooltip's own formatter, else a plain number. */
  format?: (v: number) => string;
  /** The table to show instead of the one read from the option (a radar drawn on scaled values, say). */
  table?: ChartTable;
}

/**
 * The one chart wrapper: ECharts owns init, setOption, resize and dispose. Options come from
 * pure builders in shared/charts. Every chart has a text alternative: an image role with a
 * one-line summary, and the numbers it draws as a table behind "Show data table".
 */
export function Chart({ option, height = 160, testId, name, title, format, table: given }: ChartProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const drawn = useRef<ChartImageSource>(null);
  const table = useMemo(() => {
    if (given) return given;
    const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
    const own = tooltip?.valueFormatter;
    const write = format ?? (own ? (v: number) => String(own(v, 0)) : fmt.num);
    return chartTable(option, write, {
      category: t('chart.category'),
      value: t('chart.value'),
      from: t('chart.from'),
      to: t('chart.to'),
      series: t('chart.series'),
    });
  }, [option, given, format, fmt, t]);
  const summary = [
    t('chart.summary', { title, kind: t(`chart.kind_${table.kind}`, { defaultValue: t('chart.kind_bar') }) }),
    ...table.highlights.map((h) => (h.series ? t('chart.highestOf', h) : t('chart.highest', h))),
    t('chart.tableHint'),
  ].join(' ');

  const save = async (format: 'png' | 'svg') => {
    const data = drawn.current?.image(format);
    if (!data || !name) return;
    try {
      const saved = await call('export:chart', {
        format,
        data,
        name: Array.from(name).slice(0, 120).join(''),
      });
      if (saved) message.success(t('export.savedFile', { file: saved.fileName }));
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div data-testid={testId} className="chart-box">
      {name && (
        <MenuDropdown
          menu={{
            items: [
              { key: 'png', label: t('export.chartPng'), onClick: () => void save('png') },
              { key: 'svg', label: t('export.chartSvg'), onClick: () => void save('svg') },
            ],
          }}
        >
          <Button
            className="chart-save"
            size="small"
            type="text"
            icon={<DownloadOutlined />}
            aria-label={t('chart.save', { title })}
            aria-haspopup="menu"
            data-testid="chart-save"
          />
        </MenuDropdown>
      )}
      <div role="img" aria-label={summary} data-testid="chart-image">
        <Suspense fallback={<div style={{ height }} />}>
          <ChartCanvas option={option} height={height} source={drawn} />
        </Suspense>
      </div>
      <ChartDataTable table={table} title={title} />
    </div>
  );
}
