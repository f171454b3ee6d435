import { createTranslate } from '../../../shared/i18n';
import type { Language } from '../../../shared/schemas';
import type { RunResult, SegmentSummary } from '../../../shared/segments';
import type { Cell } from './csv-text';
import { headerWithUnit } from './export-number';
import type { SheetKind } from './xlsx-book';

/** The summary's headers; a money column's and a share's name the unit (the currency, %). */
const HEADERS: Record<Language, string[]> = {
  en: [
    'Segment',
    'Customers',
    'Share of customers',
    'Orders',
    'Revenue',
    'Share of revenue',
    'Average order value',
    'Median days since last purchase',
    'Median purchases',
    'Median spend',
    'Notes',
  ],
  'zh-CN': [
    '客户分群',
    '客户数',
    '客户占比',
    '订单数',
    '销售额',
    '销售额占比',
    '客单价',
    '最近购买天数中位数',
    '购买次数中位数',
    '消费金额中位数',
    '备注',
  ],
};
/** Medians of days and counts can fall between two customers (12.5): one decimal. */
export const SUMMARY_KINDS: SheetKind[] = [
  'text',
  'integer',
  'percent',
  'integer',
  'money',
  'percent',
  'money',
  'decimal1',
  'decimal1',
  'money',
  'text',
];

/** Order segments' summary: orders instead of customers, the median order and the refund rate instead of customer medians. */
const ORDER_HEADERS: Record<Language, string[]> = {
  en: [
    'Segment',
    'Orders',
    'Share of orders',
    'Revenue',
    'Share of revenue',
    'Average order value',
    'Median order value',
    'Refunded',
    'Notes',
  ],
  'zh-CN': [
    '订单分群',
    '订单数',
    '订单占比',
    '销售额',
    '销售额占比',
    '平均订单金额',
    '订单金额中位数',
    '退款率',
    '备注',
  ],
};
const ORDER_KINDS: SheetKind[] = [
  'text',
  'integer',
  'percent',
  'money',
  'percent',
  'money',
  'money',
  'percent',
  'text',
];

function orderSummaryTable(result: RunResult, notes: Record<string, string>, lang: Language, currency: string) {
  const t = createTranslate(lang);
  const header = ORDER_HEADERS[lang].map((label, c) => headerWithUnit(label, ORDER_KINDS[c], currency, t));
  const row = (s: SegmentSummary): Cell[] => [
    s.name[lang],
    s.customers,
    s.share,
    s.revenue,
    s.revenueShare,
    s.aov,
    s.medianMonetary,
    s.refundRate ?? null,
    notes[s.key] ?? null,
  ];
  return { header, kinds: ORDER_KINDS, rows: [...result.segments.map(row), row(result.overall)] };
}

/** The segment summary as a table: one row per segment and one for all customers (or orders), with the user's notes. */
export function summaryTable(
  result: RunResult,
  notes: Record<string, string>,
  lang: Language,
  currency: string,
): { header: string[]; kinds: SheetKind[]; rows: Cell[][] } {
  if (result.model === 'orders') return orderSummaryTable(result, notes, lang, currency);
  const t = createTranslate(lang);
  const header = HEADERS[lang].map((label, c) => headerWithUnit(label, SUMMARY_KINDS[c], currency, t));
  const row = (s: SegmentSummary): Cell[] => [
    s.name[lang],
    s.customers,
    s.share,
    s.orders,
    s.revenue,
    s.revenueShare,
    s.aov,
    s.medianRecency,
    s.medianFrequency,
    s.medianMonetary,
    notes[s.key] ?? null,
  ];
  return { header, kinds: SUMMARY_KINDS, rows: [...result.segments.map(row), row(result.overall)] };
}
