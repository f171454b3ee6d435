/** What the R × F heatmap colours its cells by. */
export type HeatMetric = 'customers' | 'monetary';
