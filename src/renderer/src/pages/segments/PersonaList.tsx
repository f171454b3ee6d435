import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunProducts } from '../../../../shared/products';
import type { RunResult } from '../../../../shared/segments';
import { PersonaCard } from './PersonaCard';

/** The personas of a run's segments that have customers, one card each. */
export function PersonaList({
  result,
  runId,
  notes,
  onNotesSaved,
  onOpenSegment,
  products = null,
  onOpenProducts,
}: {
  result: RunResult;
  runId: number;
  notes: Record<string, string>;
  onNotesSaved(runId: number, notes: Record<string, string>): void;
  /** Shows a segment's customers (by its index). */
  onOpenSegment(index: number): void;
  /** What each segment buys (null while it loads, or for order segments): a line on each card. */
  products?: RunProducts | null;
  /** Shows a segment's products in the products panel. */
  onOpenProducts?(index: number): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 24, fontSize: 16 }}>
        {t(result.model === 'orders' ? 'orderSegments.personas' : 'segments.personas')}
      </Typography.Title>
      <Row gutter={[16, 16]} data-testid="persona-cards">
        {result.segments.map((seg, i) =>
          seg.customers === 0 ? null : (
            <Col key={seg.key} xs={24} md={12} xl={8}>
              <PersonaCard
                segment={seg}
                persona={result.personas[i]}
                runId={runId}
                notes={notes}
                onNotesSaved={onNotesSaved}
                onOpen={() => onOpenSegment(i)}
                products={products}
                index={i}
                onOpenProducts={onOpenProducts && (() => onOpenProducts(i))}
                orders={result.model === 'orders'}
              />
            </Col>
          ),
        )}
      </Row>
    </>
  );
}
