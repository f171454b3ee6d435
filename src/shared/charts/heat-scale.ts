import type { VisualMapComponentOption } from 'echarts';

/** A heatmap's colour scale: from 0 to `max` (1 when nothing is above 0), a horizontal legend under the grid, named by what it measures. */
export function heatScale(
  max: number,
  name: string,
  extra: Pick<VisualMapComponentOption, 'formatter'> & { colors?: [string, string] } = {},
): VisualMapComponentOption {
  const { colors = ['#e6f4ff', '#1668dc'], ...rest } = extra;
  return {
    min: 0,
    max: max || 1,
    calculable: false,
    orient: 'horizontal',
    left: 'center',
    bottom: 0,
    itemHeight: 120,
    text: [name, ''],
    inRange: { color: colors },
    ...rest,
  } as VisualMapComponentOption;
}
