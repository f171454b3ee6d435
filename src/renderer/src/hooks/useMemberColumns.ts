import { Tag } from 'antd';
import { createElement, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { memberFieldLabel, memberFieldStyle } from '../../../shared/member-fields';
import type { SegmentSummary } from '../../../shared/segments';
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
 * The member grid's columns: ids and segment names on the left, features, scores and lifetime
 * values on the right, named for people in the UI language (a CLV run's expected purchases over its
 * `horizon` in months); dates as calendar dates, money in the dataset's currency, chances as
 * percentages, counts as whole numbers; the sorted column marked.
 */
export function useMemberColumns(
  fields: MemberField[],
  sort: { sortColumn?: string; sortDesc?: boolean },
  segments: SegmentSummary[],
  currency: string | null,
  horizon?: number,
  /** The id column's header (order segments: the order). */
  idTitle?: string,
) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const { sortColumn, sortDesc } = sort;
  return useMemo(() => {
    const header = (field: string) =>
      SCORES[field] ?? memberFieldLabel(field, lang, (key, params) => t(key, params), horizon) ?? field;
    const number = (field: string, v: number) => {
      const style = memberFieldStyle(field);
      if (style === 'money' && currency) return fmt.money(v, currency);
      if (style === 'percent') return fmt.pct(v);
      if (style === 'integer') return fmt.int(v);
      if (style === 'decimal1') return fmt.dec1(v);
      return fmt.num(v);
    };
    const titles: Record<string, string> = {
      customerId: idTitle ?? t('segments.customerId'),
      segment: t('segments.segment'),
    };
    return fields.map((f) => ({
      key: f.name,
      dataIndex: f.name,
      sorter: true,
      sortOrder: sortColumn === f.name ? (sortDesc ? ('descend' as const) : ('ascend' as const)) : null,
      title: titles[f.name] ?? header(f.name),
      align: f.name in titles ? ('left' as const) : ('right' as const),
      render: (v: unknown) => {
        const missing = v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
        // A CLV run's next purchase: none expected within the horizon; the churn-risk flag as a tag.
        if (f.name === 'nextPurchaseBy' && missing) return t('clvChurn.notWithin', { months: horizon ?? 12 });
        if (f.name === 'churnRisk')
          return v === 1 ? createElement(Tag, { color: 'volcano' }, t('clvChurn.atRisk')) : '';
        if (missing) return '—';
        if (f.name === 'segment') return (segments[v as number]?.name ?? { en: '?', 'zh-CN': '?' })[lang];
        if (f.kind === 'datetime' || f.kind === 'date') return fmt.calendarDate(v as number);
        return typeof v === 'number' ? number(f.name, v) : String(v as string | bigint);
      },
    }));
  }, [fields, sortColumn, sortDesc, segments, currency, horizon, idTitle, t, fmt, lang]);
}
