import type { Language } from '../../../shared/schemas';
import type { RunResult, SegmentSummary } from '../../../shared/segments';
import type { Cell } from './csv-text';
import type { SheetKind } from './xlsx-book';

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
const KINDS: SheetKind[] = [
  'text',
  'integer',
  'percent',
  'integer',
  'money',
  'percent',
  'money',
  'number',
  'number',
  'money',
  'text',
];

/** The segment summary as a table: one row per segment and one for all customers, with the user's notes. */
export function summaryTable(
  result: RunResult,
  notes: Record<string, string>,
  lang: Language,
): { header: string[]; kinds: SheetKind[]; rows: Cell[][] } {
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
  return { header: HEADERS[lang], kinds: KINDS, rows: [...result.segments.map(row), row(result.overall)] };
}
