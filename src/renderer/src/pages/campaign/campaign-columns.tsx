import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { SIGNIFICANCE, type CampaignResultsInfo } from '../../../../shared/campaign';
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

/** The campaign table's columns: per segment, test and control response, uplift with its interval, the tests' p-values, revenue. */
export function campaignColumns(t: TFunction, fmt: ReturnType<typeof useFormat>, name: (key: string) => string) {
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
      render: (_: unknown, r: CampaignRow) => withNote(points(r.uplift), interval(r.upliftCi, points)),
    },
    {
      title: t('campaign.relative'),
      key: 'relative',
      align: right,
      render: (_: unknown, r: CampaignRow) =>
        withNote(
          pct(r.relativeUplift),
          interval(r.relativeCi, (v) => fmt.pct(v)),
        ),
    },
    { title: t('campaign.zP'), key: 'z', align: right, render: (_: unknown, r: CampaignRow) => pValue(r.zTest?.p) },
    {
      title: t('campaign.chiP'),
      key: 'chi',
      align: right,
      render: (_: unknown, r: CampaignRow) => pValue(r.chiSquare?.p),
    },
    {
      title: t('campaign.significant'),
      key: 'sig',
      render: (_: unknown, r: CampaignRow) =>
        r.zTest ? (
          r.zTest.p < SIGNIFICANCE ? (
            <Tag color="green">{t('campaign.yes')}</Tag>
          ) : (
            <Tag>{t('campaign.no')}</Tag>
          )
        ) : (
          '—'
        ),
    },
    {
      title: t('campaign.revenue'),
      key: 'revenue',
      align: right,
      render: (_: unknown, r: CampaignRow) =>
        r.revenue
          ? withNote(
              `${r.revenue.difference >= 0 ? '+' : ''}${fmt.num(r.revenue.difference)}`,
              `p ${pValue(r.revenue.p)}`,
              false,
            )
          : '—',
    },
  ];
}
