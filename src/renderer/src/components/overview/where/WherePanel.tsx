import { Card, Empty, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Places } from '../../../../../shared/overview';
import { useFormat } from '../../../hooks/useFormat';
import { PlacesBars } from './PlacesBars';
import { type PlaceMetric, type PlaceRow, placeMetrics, placeRows } from './place-rows';
import { WorldMap } from './WorldMap';

/** The metric chosen, when the dataset has it, else its first. */
const shownMetric = (places: Places, chosen: PlaceMetric): PlaceMetric => {
  const metrics = placeMetrics(places);
  return metrics.includes(chosen) ? chosen : metrics[0];
};

/** The orders whose place is unknown, as a row of the tables (share of all revenue). */
function unplacedRow(places: Places, rows: PlaceRow[], label: string): PlaceRow | null {
  const { orders, revenue } = places.unplaced;
  if (orders === 0) return null;
  const total = rows.reduce((s, r) => s + r.revenue, revenue);
  return { name: '', label, customers: null, orders, revenue, share: total > 0 ? revenue / total : 0 };
}

/**
 * The Overview's "Where" panel: where the period's customers (or orders) are, by the dataset's
 * country, province or city column. Countries on a world map shipped with the app (places it
 * cannot draw listed beside it); provinces and cities as sorted bars; all of them in a table.
 */
export function WherePanel({ places, currency }: { places: Places; currency: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const metrics = placeMetrics(places);
  const [chosen, setChosen] = useState<PlaceMetric>(metrics[0]);
  const metric = shownMetric(places, chosen);
  const rows = useMemo(() => placeRows(places, i18n.language, metric), [places, i18n.language, metric]);
  const unplaced = useMemo(() => unplacedRow(places, rows, t('where.unknownPlace')), [places, rows, t]);
  const top = rows.reduce<PlaceRow | null>((best, r) => (best && best.revenue >= r.revenue ? best : r), null);
  const withCustomers = metrics[0] === 'customers';
  return (
    <Card
      title={withCustomers ? t('where.title') : t('where.titleOrders')}
      extra={
        rows.length > 0 && (
          <Segmented
            size="small"
            aria-label={t('where.metric')}
            value={metric}
            onChange={(v) => setChosen(v as PlaceMetric)}
            options={metrics.map((m) => ({ value: m, label: t(`where.metric_${m}`) }))}
            data-testid="where-metric"
          />
        )
      }
      data-testid="where-panel"
    >
      {rows.length === 0 ? (
        <Empty description={t('where.empty')} />
      ) : (
        <>
          <Typography.Paragraph data-testid="where-lead">
            {top && t('where.lead', { place: top.label, share: fmt.pct(top.share) })}
            {i18n.language.startsWith('zh') ? '' : ' '}
            <Typography.Text type="secondary">{t('where.column', { column: places.column })}</Typography.Text>
          </Typography.Paragraph>
          {places.kind === 'country' && (
            <WorldMap rows={rows} unplaced={unplaced} metric={metric} currency={currency} />
          )}
          {places.kind === 'province' && (
            <Typography.Paragraph type="secondary">{t('where.provincesAsBars')}</Typography.Paragraph>
          )}
          <PlacesBars kind={places.kind} rows={rows} unplaced={unplaced} metric={metric} currency={currency} />
          {unplaced && (
            <Typography.Paragraph type="secondary" data-testid="where-unplaced">
              {t('where.unplaced', { orders: fmt.int(unplaced.orders), share: fmt.pct(unplaced.share) })}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}
