import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { playbookFor } from '../../../../shared/playbook';
import { FEATURE_NAMES, type PersonaInfo, type SegmentSummary } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { SegmentNotes } from './SegmentNotes';

/** Features where less is better (recent purchases, short gaps): their traits are green below average. */
const LOWER_IS_BETTER = new Set(['recency', 'gap']);

/** A segment as a persona: who they are, their strongest traits, the playbook, the notes, and a way to their customers. */
export function PersonaCard({
  segment,
  persona,
  runId,
  notes,
  onNotesSaved,
  onOpen,
}: {
  segment: SegmentSummary;
  persona: PersonaInfo;
  runId: number;
  notes: Record<string, string>;
  onNotesSaved(runId: number, notes: Record<string, string>): void;
  /** Shows the segment's customers in the grid below. */
  onOpen(): void;
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
  const count = <Tag>{t('segments.customersCount', { count: segment.customers, n: fmt.int(segment.customers) })}</Tag>;
  return (
    <Card size="small" title={name} extra={count} actions={[open]} data-testid="persona-card">
      <Typography.Paragraph data-testid="persona-description">{persona.description[lang]}</Typography.Paragraph>
      <Flex wrap gap={4} style={{ marginBottom: 8 }}>
        {persona.numeric.slice(0, 3).map((trait) => (
          <Tag
            key={trait.field}
            color={
              (LOWER_IS_BETTER.has(trait.field) ? trait.difference < 0 : trait.difference > 0) ? 'green' : 'orange'
            }
          >
            {t('segments.trait', {
              field: FEATURE_NAMES[trait.field]?.[lang] ?? trait.field,
              diff: `${trait.difference > 0 ? '+' : ''}${fmt.num(trait.difference)}`,
            })}
          </Tag>
        ))}
        {persona.categories.slice(0, 2).map((trait) => (
          <Tag key={`${trait.field}=${trait.value}`} color="blue">
            {t('segments.lift', { value: trait.value, lift: fmt.num(trait.lift) })}
          </Tag>
        ))}
      </Flex>
      <Typography.Text type="secondary">{t('segments.playbook')}</Typography.Text>
      <ul style={{ margin: '4px 0 8px', paddingInlineStart: 18 }} data-testid="playbook">
        {playbookFor(segment.key).map((action) => (
          <li key={action.en}>{action[lang]}</li>
        ))}
      </ul>
      <SegmentNotes runId={runId} segmentKey={segment.key} label={name} notes={notes} onSaved={onNotesSaved} />
    </Card>
  );
}
