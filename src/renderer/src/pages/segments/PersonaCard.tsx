import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderPlaybookFor } from '../../../../shared/order-playbook';
import { playbookFor } from '../../../../shared/playbook';
import type { RunProducts } from '../../../../shared/products';
import type { PersonaInfo, SegmentSummary } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { PersonaTraits } from './PersonaTraits';
import { BuysButton } from './products/BuysButton';
import { PersonaBuys } from './products/PersonaBuys';
import { SegmentNotes } from './SegmentNotes';

/** A segment as a persona: who they are, their strongest traits, the playbook, the notes, and a way to their customers. */
export function PersonaCard({
  segment,
  persona,
  runId,
  notes,
  onNotesSaved,
  onOpen,
  orders = false,
  products = null,
  index,
  onOpenProducts,
}: {
  segment: SegmentSummary;
  persona: PersonaInfo;
  runId: number;
  notes: Record<string, string>;
  onNotesSaved(runId: number, notes: Record<string, string>): void;
  /** Shows the segment's customers in the grid below. */
  onOpen(): void;
  /** The segment is of orders (order segments), not customers. */
  orders?: boolean;
  /** What each segment of the run buys (null while it loads, or without products), and this segment's index in the run. */
  products?: RunProducts | null;
  index: number;
  /** Shows the segment's products in the products panel. */
  onOpenProducts?(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const name = segment.name[lang];
  const open = (
    <Button
      key="open"
      size="small"
      type="link"
      icon={<TeamOutlined />}
      onClick={onOpen}
      aria-label={t('a11y.openSegment', { name })}
      data-testid="segment-open"
    >
      {t('a11y.openSegmentShort')}
    </Button>
  );
  const count = (
    <Tag>
      {t(orders ? 'orderSegments.ordersCount' : 'segments.customersCount', {
        count: segment.customers,
        n: fmt.int(segment.customers),
      })}
    </Tag>
  );
  return (
    <Card
      size="small"
      title={name}
      extra={count}
      actions={onOpenProducts ? [open, <BuysButton key="buys" name={name} onClick={onOpenProducts} />] : [open]}
      data-testid="persona-card"
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      <Typography.Paragraph data-testid="persona-description">{persona.description[lang]}</Typography.Paragraph>
      {products && <PersonaBuys products={products} index={index} />}
      <PersonaTraits persona={persona} />
      <Typography.Text type="secondary">{t('segments.playbook')}</Typography.Text>
      <ul style={{ margin: '4px 0 8px', paddingInlineStart: 18 }} data-testid="playbook">
        {(orders ? orderPlaybookFor(persona) : playbookFor(segment.key, persona)).map((action) => (
          <li key={action.en}>{action[lang]}</li>
        ))}
      </ul>
      <SegmentNotes runId={runId} segmentKey={segment.key} label={name} notes={notes} onSaved={onNotesSaved} />
    </Card>
  );
}
