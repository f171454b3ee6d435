import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../shared/compare';
import { useFormat } from '../../hooks/useFormat';
import { type MatrixRow, migrationRows } from './migration-rows';
import { type Move, MovesExport } from './MovesExport';

interface MigrationMatrixProps {
  comparison: Comparison;
  /** A first-run row's name, a second-run column's name. */
  rowName(key: string): string;
  colName(key: string): string;
  onExport(row: string, move: Move): void;
}

/** Who went where: first-run segments down, second-run segments across, each cell shaded by its share of the row. */
export function MigrationMatrix({ comparison, rowName, colName, onExport }: MigrationMatrixProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (v: number) => fmt.pct(v);
  // Compact cells and headers that wrap: every column, "gone" and the total too, fits a 1280-pixel window.
  const tight = { padding: '4px 6px', fontSize: 12 };
  const header = () => ({
    style: {
      ...tight,
      fontSize: 11,
      whiteSpace: 'normal' as const,
      hyphens: 'auto' as const,
      overflowWrap: 'anywhere' as const,
    },
  });
  return (
    <Card size="small" title={t('compare.matrixTitle')} style={{ marginBottom: 16 }}>
      <Table<MatrixRow>
        size="small"
        pagination={false}
        tableLayout="fixed"
        data-testid="compare-matrix"
        dataSource={migrationRows(comparison, rowName)}
        columns={[
          {
            title: t('compare.fromTo'),
            dataIndex: 'name',
            width: 140,
            onHeaderCell: header,
            onCell: () => ({ style: tight }),
            render: (text: string, row: MatrixRow) => (
              <Flex justify="space-between" align="center" gap={4}>
                <span>{text}</span>
                <MovesExport row={row.key} name={text} onExport={(move) => onExport(row.key, move)} />
              </Flex>
            ),
          },
          ...comparison.cols.map((col) => ({
            title: colName(col),
            dataIndex: col,
            align: 'right' as const,
            onHeaderCell: header,
            // The count, its share of the row beneath, shaded by that share (a heat map of where each segment went).
            onCell: (row: MatrixRow) => ({
              style: {
                ...tight,
                background: `rgba(22, 104, 220, ${((Number(row[col]) || 0) / Math.max(row.total, 1)) * 0.45})`,
                whiteSpace: 'nowrap' as const,
              },
            }),
            render: (v: number, row: MatrixRow) =>
              v ? (
                <>
                  <div>{fmt.int(v)}</div>
                  <div style={{ fontSize: 11, opacity: 0.65 }}>{pct(v / row.total)}</div>
                </>
              ) : (
                <Typography.Text type="secondary">·</Typography.Text>
              ),
          })),
          {
            title: t('compare.total'),
            dataIndex: 'total',
            align: 'right' as const,
            onHeaderCell: header,
            onCell: () => ({ style: tight }),
            render: (v: number) => fmt.int(v),
          },
        ]}
      />
    </Card>
  );
}
