import { Card, Col, Row } from 'antd';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { RemoveColumn } from '../calc-column/RemoveColumn';
import { ColumnCard } from './ColumnCard';

/** Every column's type, missing and distinct counts, range, and distribution (from the worker). */
export function ColumnsPanel({ dataset, onChanged }: { dataset: DatasetInfo; onChanged(): void }) {
  const { data: stats } = useCall(() => call('dataset:stats', { datasetId: dataset.id }), [dataset.id]);
  if (!stats) return <Card loading />;
  return (
    <Row gutter={[12, 12]} data-testid="column-stats">
      {dataset.columns.map((c, i) => (
        <Col key={c.name} xs={24} md={12} xl={8}>
          <ColumnCard
            column={c}
            stats={stats.columns[i]}
            extra={c.calculated ? <RemoveColumn dataset={dataset} column={c.name} onChanged={onChanged} /> : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}
