import { z } from 'zod';
import { segmentNameSchema, type SegmentName } from './segment-name';

/** An inclusive range of scores, e.g. [4, 5]. */
const scoreRangeSchema = z
  .tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)])
  .refine(([lo, hi]) => lo <= hi, 'the lower score must not be above the upper');

/** One row of a score table: customers whose R, F and M scores all fall in the ranges get the segment (first match wins). */
export const scoreRuleSchema = z.object({
  key: z.string().min(1).max(40),
  name: segmentNameSchema,
  r: scoreRangeSchema,
  f: scoreRangeSchema,
  m: scoreRangeSchema,
});
export type ScoreRule = z.infer<typeof scoreRuleSchema>;

const rule = (
  key: string,
  en: string,
  zh: string,
  r: [number, number],
  f: [number, number],
  m: [number, number],
): ScoreRule => ({ key, name: { en, 'zh-CN': zh }, r, f, m });

/**
 * The 11-segment scheme on 1–5 scores, applied first match in order (the more specific rows
 * come first: Can't Lose Them before At Risk, New Customers before Promising).
 */
export const ELEVEN_SEGMENTS: readonly ScoreRule[] = [
  rule('champions', 'Champions', '冠军客户', [4, 5], [4, 5], [4, 5]),
  rule('loyal', 'Loyal Customers', '忠诚客户', [3, 5], [3, 5], [3, 5]),
  rule('potential_loyalist', 'Potential Loyalist', '潜在忠诚客户', [4, 5], [2, 3], [2, 5]),
  rule('new', 'New Customers', '新客户', [5, 5], [1, 1], [1, 5]),
  rule('promising', 'Promising', '有潜力客户', [4, 4], [1, 1], [1, 5]),
  rule('need_attention', 'Need Attention', '需要关注', [3, 3], [2, 3], [2, 5]),
  rule('about_to_sleep', 'About To Sleep', '即将沉睡', [3, 3], [1, 2], [1, 5]),
  rule('cant_lose', "Can't Lose Them", '不能失去的客户', [1, 2], [4, 5], [4, 5]),
  rule('at_risk', 'At Risk', '有流失风险', [1, 2], [3, 5], [2, 5]),
  rule('hibernating', 'Hibernating', '休眠客户', [2, 2], [1, 2], [1, 5]),
  rule('lost', 'Lost', '已流失', [1, 1], [1, 2], [1, 5]),
];

/** The 11-segment table for scores 1..bins (3, 4 or 5): each bound mapped from the 1–5 scale. */
export function elevenSegments(bins: number): ScoreRule[] {
  const scale = (s: number) => Math.min(bins, Math.max(1, Math.round(1 + ((s - 1) * (bins - 1)) / 4)));
  const range = ([lo, hi]: [number, number]): [number, number] => [scale(lo), scale(hi)];
  return ELEVEN_SEGMENTS.map((r) => ({ ...r, r: range(r.r), f: range(r.f), m: range(r.m) }));
}

/**
 * The 8-class scheme used in Chinese practice: R, F and M each high or low against the mean
 * (or median); R high means recent. Ordered by the bits (R high = 4, F high = 2, M high = 1).
 */
export const EIGHT_CLASSES: readonly { key: string; name: SegmentName; r: boolean; f: boolean; m: boolean }[] = [
  { key: 'important_value', name: { en: 'Important value', 'zh-CN': '重要价值客户' }, r: true, f: true, m: true },
  {
    key: 'important_develop',
    name: { en: 'Important to develop', 'zh-CN': '重要发展客户' },
    r: true,
    f: false,
    m: true,
  },
  { key: 'important_keep', name: { en: 'Important to keep', 'zh-CN': '重要保持客户' }, r: false, f: true, m: true },
  {
    key: 'important_retain',
    name: { en: 'Important to win back', 'zh-CN': '重要挽留客户' },
    r: false,
    f: false,
    m: true,
  },
  { key: 'general_value', name: { en: 'General value', 'zh-CN': '一般价值客户' }, r: true, f: true, m: false },
  { key: 'general_develop', name: { en: 'General to develop', 'zh-CN': '一般发展客户' }, r: true, f: false, m: false },
  { key: 'general_keep', name: { en: 'General to keep', 'zh-CN': '一般保持客户' }, r: false, f: true, m: false },
  { key: 'general_retain', name: { en: 'General to win back', 'zh-CN': '一般挽留客户' }, r: false, f: false, m: false },
];
