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

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
/** A colour's relative luminance (WCAG). */
const luminance = (c: number[]) =>
  c
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);

/** The text colour for a cell `at` (0 to 1) along a two-colour scale: dark or white, whichever stands out more. */
export function textOn([from, to]: readonly [string, string], at: number): string {
  const a = rgb(from);
  const b = rgb(to);
  const l = luminance(a.map((v, i) => v + (b[i] - v) * at));
  // Contrast with white (1.05 / (l + 0.05)) against contrast with #1f1f1f (luminance ≈ 0.0137).
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.0637 ? '#ffffff' : '#1f1f1f';
}
