import { Card } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Chart, type ChartProps } from './Chart';

export interface ChartCardProps extends ChartProps {
  /** What stands under the chart in the card (a note on how it was drawn). */
  children?: ReactNode;
  style?: CSSProperties;
}

/** A chart in a small card whose heading is the chart's title (the same words its text alternative starts with). */
export function ChartCard({ children, style, ...chart }: ChartCardProps) {
  return (
    <Card size="small" title={chart.title} style={style}>
      <Chart {...chart} />
      {children}
    </Card>
  );
}
