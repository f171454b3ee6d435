import type { SegmentName } from './segment-name';
import { FEATURE_NAMES } from './segments';

/** A number trait as a run keeps it: the segment's mean against all customers' (difference in standard deviations). */
export interface TraitFigures {
  field: string;
  mean: number;
  overallMean: number;
  difference: number;
}

type Degree = 'same' | 'somewhat' | 'plain' | 'far';

/** How far from most customers a standardised difference is, in words: under ¼ sd the same, from 1½ sd far. */
export function traitDegree(difference: number): Degree {
  const d = Math.abs(difference);
  return d < 0.25 ? 'same' : d < 0.75 ? 'somewhat' : d < 1.5 ? 'plain' : 'far';
}

/** One direction of a trait: the English words before and after the degree, the Chinese subject and adjective. */
interface Side {
  en: [string, string];
  zh: [string, string];
}

/** The words of the customer features (others read "<field> higher than most customers"). */
const WORDS: Record<string, { high: Side; low: Side; same: SegmentName }> = {
  frequency: {
    high: { en: ['orders ', 'more often than most customers'], zh: ['下单', '频繁'] },
    low: { en: ['orders ', 'less often than most customers'], zh: ['下单', '少'] },
    same: { en: 'orders about as often as most customers', 'zh-CN': '下单频次与大多数客户相当' },
  },
  monetary: {
    high: { en: ['spends ', 'more than most customers'], zh: ['消费', '多'] },
    low: { en: ['spends ', 'less than most customers'], zh: ['消费', '少'] },
    same: { en: 'spends about as much as the average customer', 'zh-CN': '消费与平均客户相当' },
  },
  aov: {
    high: { en: ['spends ', 'more per order than most customers'], zh: ['每单消费', '高'] },
    low: { en: ['spends ', 'less per order than most customers'], zh: ['每单消费', '低'] },
    same: { en: 'spends about as much per order as most customers', 'zh-CN': '客单价与大多数客户相当' },
  },
  recency: {
    high: { en: ['last bought ', 'longer ago than most customers'], zh: ['距上次购买的时间', '长'] },
    low: { en: ['bought ', 'more recently than most customers'], zh: ['距上次购买的时间', '短'] },
    same: { en: 'last bought about when most customers did', 'zh-CN': '上次购买时间与大多数客户相近' },
  },
  tenure: {
    high: { en: ['has been a customer ', 'longer than most customers'], zh: ['客户时长', '长'] },
    low: { en: ['became a customer ', 'more recently than most customers'], zh: ['客户时长', '短'] },
    same: { en: 'has been a customer about as long as most', 'zh-CN': '客户时长与大多数客户相当' },
  },
  gap: {
    high: { en: ['waits ', 'longer between orders than most customers'], zh: ['购买间隔', '长'] },
    low: { en: ['comes back ', 'sooner than most customers'], zh: ['购买间隔', '短'] },
    same: { en: 'orders at about the usual interval', 'zh-CN': '购买间隔与大多数客户相当' },
  },
  transactions: {
    high: { en: ['buys ', 'more items than most customers'], zh: ['购买的商品行数', '多'] },
    low: { en: ['buys ', 'fewer items than most customers'], zh: ['购买的商品行数', '少'] },
    same: { en: 'buys about as many items as most customers', 'zh-CN': '购买的商品行数与大多数客户相当' },
  },
  age: {
    high: { en: ['is ', 'older than most customers'], zh: ['年龄', '大'] },
    low: { en: ['is ', 'younger than most customers'], zh: ['年龄', '小'] },
    same: { en: 'is about as old as most customers', 'zh-CN': '年龄与大多数客户相当' },
  },
};
WORDS.orders = WORDS.frequency;

const EN_DEGREE: Record<Exclude<Degree, 'same'>, string> = { somewhat: 'somewhat ', plain: '', far: 'far ' };

function zhSide([subject, adjective]: [string, string], degree: Exclude<Degree, 'same'>): string {
  if (degree === 'far') return `${subject}远比大多数客户${adjective}`;
  return `${subject}比大多数客户${degree === 'somewhat' ? '稍' : ''}${adjective}`;
}

/** A field's name for a sentence: the feature's name, or the column's own. */
export function fieldLabel(field: string): SegmentName {
  return FEATURE_NAMES[field] ?? { en: field, 'zh-CN': field };
}

/**
 * A number trait in plain words, in both languages: "orders far more often than most customers",
 * "spends about as much as the average customer", "客户时长远比大多数客户长"; a column of the
 * user's own reads "Income higher than most customers" / "Income高于大多数客户".
 */
export function traitWords(trait: Pick<TraitFigures, 'field' | 'difference'>): SegmentName {
  const degree = traitDegree(trait.difference);
  const words = WORDS[trait.field];
  if (!words) {
    const label = fieldLabel(trait.field);
    if (degree === 'same') return { en: `${label.en} about average`, 'zh-CN': `${label['zh-CN']}与大多数客户相当` };
    const high = trait.difference > 0;
    const zhDegree = degree === 'far' ? '远' : degree === 'somewhat' ? '稍' : '';
    return {
      en: `${label.en} ${EN_DEGREE[degree]}${high ? 'higher' : 'lower'} than most customers`,
      'zh-CN': `${label['zh-CN']}${zhDegree}${high ? '高于' : '低于'}大多数客户`,
    };
  }
  if (degree === 'same') return words.same;
  const side = trait.difference > 0 ? words.high : words.low;
  return { en: `${side.en[0]}${EN_DEGREE[degree]}${side.en[1]}`, 'zh-CN': zhSide(side.zh, degree) };
}

/**
 * The exact figures behind a trait's words, for a tooltip and the report's method section:
 * "Average here 12.4 · all customers 4.1 · +1.83 standard deviations".
 */
export function traitFigures(trait: TraitFigures, lang: 'en' | 'zh-CN', num: (v: number) => string): string {
  const sd = `${trait.difference > 0 ? '+' : ''}${num(trait.difference)}`;
  return lang === 'zh-CN'
    ? `本群平均 ${num(trait.mean)} · 全部客户平均 ${num(trait.overallMean)} · 相差 ${sd} 个标准差`
    : `Average here ${num(trait.mean)} · all customers ${num(trait.overallMean)} · ${sd} standard deviations`;
}
