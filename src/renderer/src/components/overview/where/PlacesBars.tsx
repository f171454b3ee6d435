import { Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINA_REGION_EN, CHINA_REGIONS, provinceOf } from '../../../../../shared/geo/china-provinces';
import type { Places } from '../../../../../shared/overview';
import { Chart } from '../../Chart';
import { buildPlacesBarOption, groupedPlaces, topPlaces } from './build-places-bar-option';
import type { PlaceMetric, PlaceRow } from './place-rows';
import { placeTooltip } from './place-tooltip';
import { placesTable } from './places-table';
import { usePlaceWords } from './use-place-words';

interface PlacesBarsProps {
  kind: Places['kind'];
  rows: PlaceRow[];
  unplaced: PlaceRow | null;
  metric: PlaceMetric;
  currency: string;
}

/** Px per bar, and the room for the axis (and the legend when grouped). */
const BAR = 22;
const FRAME = 56;

/**
 * The places as sorted horizontal bars: every province (optionally grouped by the seven
 * regions), or the top 20 countries or cities and the rest as one bar. The data table lists all.
 */
export function PlacesBars({ kind, rows, unplaced, metric, currency }: PlacesBarsProps) {
  const { t, i18n } = useTranslation();
  const [byRegion, setByRegion] = useState(false);
  const { words, format, metricName } = usePlaceWords(currency, metric);
  const zh = i18n.language.startsWith('zh');
  const option = useMemo(() => {
    const labels = { metric: metricName, format, tooltip: (r: PlaceRow) => placeTooltip(r, words) };
    if (kind === 'province' && byRegion) {
      const names = CHINA_REGIONS.map((region) => (zh ? region : CHINA_REGION_EN[region]));
      const regionOf = (r: PlaceRow) => {
        const region = provinceOf(r.name)?.region;
        return region ? names[CHINA_REGIONS.indexOf(region)] : t('where.noRegion');
      };
      const grouped = groupedPlaces(rows, metric, regionOf);
      const colour = (name: string) => (names.includes(name) ? names.indexOf(name) : names.length);
      return buildPlacesBarOption(grouped.rows, metric, labels, { names: grouped.groups, of: regionOf, colour });
    }
    const shown = kind === 'province' ? rows : topPlaces(rows, (count) => t('where.others', { count }));
    return buildPlacesBarOption(shown, metric, labels);
  }, [kind, byRegion, rows, metric, metricName, format, words, zh, t]);
  const bars = (option.yAxis as { data: string[] }).data.length;
  const title = t(`where.bars_${kind}_${metric}`);
  const table = useMemo(
    () => placesTable(rows, unplaced, metric, { ...words, place: t(`where.place_${kind}`), kind: 'bar' }),
    [rows, unplaced, metric, words, kind, t],
  );
  return (
    <div data-testid="where-bars">
      <Typography.Title level={5}>{title}</Typography.Title>
      {kind === 'province' && (
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
          <Switch size="small" checked={byRegion} onChange={setByRegion} data-testid="where-by-region" />
          {t('where.byRegion')}
        </label>
      )}
      <Chart
        option={option}
        height={bars * BAR + FRAME + (byRegion ? 24 : 0)}
        name={title}
        title={title}
        table={table}
        testId="where-bars-chart"
      />
    </div>
  );
}
