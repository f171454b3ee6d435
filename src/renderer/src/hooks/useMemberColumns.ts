import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FEATURE_NAMES, type SegmentSummary } from '../../../shared/segments';
import { useFormat } from './useFormat';
import { useUiLanguage } from './useUiLanguage';

/** RFM's scores keep their letters. */
const SCORES: Record<string, string> = { r: 'R', f: 'F', m: 'M' };

/** A column of a run's member page, as the worker's Arrow schema names it (kind: its segdesk.kind metadata). */
export interface MemberField {
  name: string;
  kind: string;
}

/**
 * The member grid's columns: ids and segment names on the left, features and scores on the
 * right in the UI language, dates as calendar dates, spend in the dataset's currency; the
 * sorted column marked.
 */
export function useMemberColumns(
  fields: MemberField[],
  sort: { sortColumn?: string; sortDesc?: boolean },
  segments: SegmentSummary[],
  currency: string | null,
) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const { sortColumn, sortDesc } = sort;
  return useMemo(() => {
    const header = (field: string) => {
      const label = SCORES[field] ?? FEATURE_NAMES[field]?.[lang] ?? field;
      return label.charAt(0).toUpperCase() + label.slice(1);
    };
    const titles: Record<string, string> = { customerId: t('segments.customerId'), segment: t('segments.segment') };
    return fields.map((f) => ({
      key: f.name,
      dataIndex: f.name,
      sorter: true,
      sortOrder: sortColumn === f.name ? (sortDesc ? ('descend' as const) : ('ascend' as const)) : null,
      title: titles[f.name] ?? header(f.name),
      align: f.name in titles ? ('left' as const) : ('right' as const),
      render: (v: unknown) => {
        if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '—';
        if (f.name === 'segment') return (segments[v as number]?.name ?? { en: '?', 'zh-CN': '?' })[lang];
        if (f.kind === 'datetime' || f.kind === 'date') return fmt.calendarDate(v as number);
        if ((f.name === 'monetary' || f.name === 'aov') && currency) return fmt.money(v as number, currency);
        return typeof v === 'number' ? fmt.num(v) : String(v as string | bigint);
      },
    }));
  }, [fields, sortColumn, sortDesc, segments, currency, t, fmt, lang]);
}
