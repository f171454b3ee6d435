import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildMigrationSankeyOption, sankeyHeight } from '../../../../shared/charts/build-compare-options';
import type { Comparison } from '../../../../shared/compare';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../hooks/useFormat';
import { KpiTable } from './KpiTable';
import { MigrationMatrix } from './MigrationMatrix';
import type { Move } from './MovesExport';

interface ComparisonViewProps {
  comparison: Comparison;
  rowName(key: string): string;
  colName(key: string): string;
  onExport(row: string, move: Move): void;
  /** An amount in the first run's currency ("—" for none). */
  money(n: number | null): string;
}

/** A comparison: the moves in words, the migration matrix, its Sankey diagram, and the KPIs of both periods. */
export function ComparisonView({ comparison, rowName, colName, onExport, money }: ComparisonViewProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Typography.Paragraph data-testid="compare-moves">
        {t('compare.moves', {
          up: fmt.int(comparison.moves.up),
          down: fmt.int(comparison.moves.down),
          stayed: fmt.int(comparison.moves.stayed),
          new: fmt.int(comparison.moves.new),
          gone: fmt.int(comparison.moves.gone),
        })}
      </Typography.Paragraph>
      <MigrationMatrix comparison={comparison} rowName={rowName} colName={colName} onExport={onExport} />
      <ChartCard
        height={sankeyHeight(comparison)}
        testId="compare-sankey"
        name={t('compare.sankeyTitle')}
        title={t('compare.sankeyTitle')}
        format={fmt.int}
        option={buildMigrationSankeyOption(comparison, comparison.rows.map(rowName), comparison.cols.map(colName))}
        style={{ marginBottom: 16 }}
      />
      <KpiTable comparison={comparison} name={rowName} money={money} />
    </>
  );
}
