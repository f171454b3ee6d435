import { Alert, Flex, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../Chart';
import { buildWorldMapOption } from './build-world-map-option';
import type { PlaceMetric, PlaceRow } from './place-rows';
import { placeTooltip } from './place-tooltip';
import { placesTable } from './places-table';
import { splitByMap } from './split-by-map';
import { usePlaceWords } from './use-place-words';

const MAP_HEIGHT = 360;

/** The map's shape names once it is registered; 'failed' when it could not be loaded. Loaded on first use, not at start. */
function useWorldMap(): ReadonlySet<string> | 'failed' | null {
  const [features, setFeatures] = useState<ReadonlySet<string> | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    import('./register-world-map')
      .then((m) => live && setFeatures(m.registerWorldMap()))
      .catch(() => live && setFeatures('failed'));
    return () => {
      live = false;
    };
  }, []);
  return features;
}

interface WorldMapProps {
  rows: PlaceRow[];
  unplaced: PlaceRow | null;
  metric: PlaceMetric;
  currency: string;
}

/** Countries on the world map, coloured by the metric; the places the map cannot draw listed beside it with their figures. */
export function WorldMap({ rows, unplaced, metric, currency }: WorldMapProps) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const features = useWorldMap();
  const { words, format, metricName } = usePlaceWords(currency, metric);
  const shapes = features === 'failed' ? null : features;
  const split = useMemo(() => (shapes ? splitByMap(rows, shapes) : null), [rows, shapes]);
  const option = useMemo(
    () =>
      shapes &&
      split &&
      buildWorldMapOption(split.onMap, shapes, metric, {
        metric: metricName,
        format,
        tooltip: (r) => placeTooltip(r, words),
      }),
    [shapes, split, metric, metricName, format, words],
  );
  const title = t(`where.map_${metric}`);
  const table = useMemo(
    () => placesTable(rows, unplaced, metric, { ...words, place: t('where.place_country'), kind: 'map' }),
    [rows, unplaced, metric, words, t],
  );
  if (features === 'failed') return <Alert type="warning" showIcon message={t('where.mapFailed')} />;
  if (!split || !option)
    return (
      <Flex align="center" justify="center" style={{ height: MAP_HEIGHT }} data-testid="where-map-loading">
        <Spin tip={t('where.mapLoading')}>
          <span />
        </Spin>
      </Flex>
    );
  return (
    <Flex gap={16} wrap="wrap" data-testid="where-map">
      <div style={{ flex: '3 1 420px', minWidth: 0 }}>
        <Typography.Title level={5}>{title}</Typography.Title>
        <Chart option={option} height={MAP_HEIGHT} name={title} title={title} table={table} testId="where-map-chart" />
        <Typography.Text type="secondary">
          {[t('where.mapHint'), t('where.mapSource')].join(zh ? '' : ' ')}
        </Typography.Text>
      </div>
      {split.offMap.length > 0 && (
        <div style={{ flex: '1 1 200px' }} data-testid="where-off-map">
          <Typography.Title level={5}>{t('where.offMap')}</Typography.Title>
          <ul style={{ paddingLeft: 16, margin: 0 }}>
            {split.offMap.map(({ row, reason }) => (
              <li key={row.name}>
                <Typography.Text strong>{row.label}</Typography.Text>
                {/* Chinese brackets carry their own space */}
                {zh ? '' : ' '}
                <Typography.Text type="secondary">{t(`where.reason_${reason}`)}</Typography.Text>
                <br />
                {row.customers !== null && `${words.customers} ${words.int(row.customers)} · `}
                {words.revenue} {words.money(row.revenue)} · {words.pct(row.share)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Flex>
  );
}
