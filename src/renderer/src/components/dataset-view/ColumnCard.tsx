import { Card, Descriptions, Empty, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnStats } from '../../../../shared/explore';
import type { DatasetInfo } from '../../../../shared/schemas';
import { buildHistogramOption, buildTopValuesOption } from '../../charts/build-histogram-option';
import { useFormat } from '../../hooks/useFormat';
import { Chart } from '../Chart';
import { KIND_COLORS } from '../renderCell';

/** One column: its kind, missing/distinct/min/max/mean, and a histogram (numbers, dates) or its top values. */
export function ColumnCard({
  column: c,
  stats: s,
  extra,
}: {
  column: DatasetInfo['columns'][number];
  stats: ColumnStats;
  /** An action on the column (remove a calculated one). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const kind = c.spec.kind;
  const edge = (v: number) => (kind === 'date' || kind === 'datetime' ? fmt.calendarDate(v) : fmt.num(v));
  const numeric = s.histogram.length > 0;
  return (
    <Card
      size="small"
      title={
        <span>
          {c.name} <Tag color={KIND_COLORS[kind]}>{t(`kinds.${kind}`)}</Tag>
          {c.calculated && <Tag data-testid="calc-tag">{t('calc.calculated')}</Tag>}
        </span>
      }
      extra={extra}
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('data.missing')}>{fmt.int(s.missing)}</Descriptions.Item>
        {s.distinct !== null && <Descriptions.Item label={t('data.distinct')}>{fmt.int(s.distinct)}</Descriptions.Item>}
        {s.min !== null && <Descriptions.Item label={t('data.min')}>{edge(s.min)}</Descriptions.Item>}
        {s.max !== null && <Descriptions.Item label={t('data.max')}>{edge(s.max)}</Descriptions.Item>}
        {s.mean !== null && kind !== 'date' && kind !== 'datetime' && (
          <Descriptions.Item label={t('data.mean')}>{fmt.num(s.mean)}</Descriptions.Item>
        )}
      </Descriptions>
      {numeric ? (
        <Chart
          option={buildHistogramOption(s, { edge, rows: t('data.rows') })}
          name={c.name}
          title={c.name}
          format={fmt.int}
        />
      ) : s.top.length > 0 ? (
        <Chart
          option={buildTopValuesOption(s, { empty: '—' })}
          height={Math.max(80, 22 * s.top.length)}
          name={c.name}
          title={c.name}
          format={fmt.int}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}
