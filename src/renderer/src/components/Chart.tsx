import type { EChartsOption } from 'echarts';
import ReactECharts from 'echarts-for-react';

/** The one chart wrapper: ECharts owns init, setOption, resize and dispose. Options come from pure builders in charts/. */
export function Chart({ option, height = 160, testId }: { option: EChartsOption; height?: number; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactECharts option={option} style={{ height, width: '100%' }} notMerge lazyUpdate opts={{ renderer: 'svg' }} />
    </div>
  );
}
