import { Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { SIGNIFICANCE, type CampaignGap, type CampaignResultsInfo } from '../../../../shared/campaign';
import type { useFormat } from '../../hooks/useFormat';

export type CampaignRow = CampaignResultsInfo['segments'][number];

const points = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} pp`);
const interval = (ci: [number, number] | null, f: (v: number) => string) => (ci ? `[${f(ci[0])}, ${f(ci[1])}]` : '—');
/** A p-value to three places, or "< 0.001". */
export const pValue = (v: number | undefined) => (v === undefined ? '—' : v < 0.001 ? '< 0.001' : v.toFixed(3));

/** A figure with a small grey note under it (an interval, a p-value). */
function withNote(value: string, note: string, noWrap = true): ReactNode {
  return (
    <span>
      {value}
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 11, ...(noWrap ? { whiteSpace: 'nowrap' } : {}) }}>
        {note}
      </Typography.Text>
    </span>
  );
}

/** "—" for a figure that cannot be computed, with its reason in a short grey note and in full in a tooltip. */
function missing(t: TFunction, gap: CampaignGap | undefined): ReactNode {
  if (!gap) return '—';
  return (
    <Tooltip title={t(`campaign.whyLong_${gap}`)}>
      <span data-testid={`why-${gap}`}>{withNote('—', t(`campaign.why_${gap}`))}</span>
    </Tooltip>
  );
}

/** The relative uplift with its interval (or why there is none). */
function relativeCell(t: TFunction, pct: (v: number) => string, r: CampaignRow): ReactNode {
  if (r.relativeUplift === null) return missing(t, r.why.relative);
  const note = r.relativeCi ? interval(r.relativeCi, pct) : t(`campaign.why_${r.why.relativeCi ?? 'noResponders'}`);
  return withNote(pct(r.relativeUplift), note);
}

/** The z-test's verdict as a tag (or why there is none). */
function significantCell(t: TFunction, r: CampaignRow): ReactNode {
  if (!r.zTest) return missing(t, r.why.tests);
  return r.zTest.p < SIGNIFICANCE ? <Tag color="green">{t('campaign.yes')}</Tag> : <Tag>{t('campaign.no')}</Tag>;
}

/** The revenue difference in money with Welch's p-value (or why there is no test, or no difference). */
function revenueCell(t: TFunction, money: (n: number) => string, r: CampaignRow): ReactNode {
  if (!r.revenue) return missing(t, r.why.revenue);
  const { difference, p } = r.revenue;
  const note = p === null ? t(`campaign.why_${r.why.revenue ?? 'sameRevenue'}`) : `p ${pValue(p)}`;
  return withNote(`${difference > 0 ? '+' : ''}${money(difference)}`, note, false);
}

/** The campaign table's columns: per segment, test and control response, uplift with its interval, the tests' p-values, revenue. */
export function campaignColumns(
  t: TFunction,
  fmt: ReturnType<typeof useFormat>,
  name: (key: string) => string,
  money: (n: number) => string,
) {
  const pct = (v: number | null) => (v === null ? '—' : fmt.pct(v));
  const right = 'right' as const;
  const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const group = (g: CampaignRow['test']) => `${pct(g.rate)} (${fmt.int(g.responders)}/${fmt.int(g.customers)})`;
  return [
    { title: t('segments.segment'), dataIndex: 'segment', render: (k: string) => name(k) },
    {
      title: t('campaign.test'),
      key: 'test',
      align: right,
      onCell: noWrap,
      render: (_: unknown, r: CampaignRow) => group(r.test),
    },
    {
      title: t('campaign.control'),
      key: 'control',
      align: right,
      onCell: noWrap,
      render: (_: unknown, r: CampaignRow) => group(r.control),
    },
    {
      title: t('campaign.uplift'),
      key: 'uplift',
      align: right,
      render: (_: unknown, r: CampaignRow) =>
        r.uplift === null ? missing(t, r.why.uplift) : withNote(points(r.uplift), interval(r.upliftCi, points)),
    },
    {
      title: t('campaign.relative'),
      key: 'relative',
      align: right,
      render: (_: unknown, r: CampaignRow) => relativeCell(t, fmt.pct, r),
    },
    {
      title: t('campaign.zP'),
      key: 'z',
      align: right,
      render: (_: unknown, r: CampaignRow) => (r.zTest ? pValue(r.zTest.p) : missing(t, r.why.tests)),
    },
    {
      title: t('campaign.chiP'),
      key: 'chi',
      align: right,
      render: (_: unknown, r: CampaignRow) => (r.chiSquare ? pValue(r.chiSquare.p) : missing(t, r.why.tests)),
    },
    { title: t('campaign.significant'), key: 'sig', render: (_: unknown, r: CampaignRow) => significantCell(t, r) },
    {
      title: t('campaign.revenue'),
      key: 'revenue',
      align: right,
      render: (_: unknown, r: CampaignRow) => revenueCell(t, money, r),
    },
  ];
}
