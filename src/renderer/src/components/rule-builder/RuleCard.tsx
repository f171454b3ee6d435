import { Card, Flex, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleFieldInfo, SegmentRule } from '../../../../shared/segments';
import { RowActions } from '../RowActions';
import { GroupEditor } from './GroupEditor';
import type { RulesAction } from './rules-reducer';

interface RuleCardProps {
  rule: SegmentRule;
  index: number;
  /** How many rules there are (the last cannot move down). */
  total: number;
  /** Its live count, in words ('…' while counting). */
  count: string;
  counted: boolean;
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  dispatch(action: RulesAction): void;
}

/** One segment: its name, its live count, up/down/remove, and the conditions a customer must meet. */
export function RuleCard({ rule, index: i, total, count, counted, fields, fieldLabel, dispatch }: RuleCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <Card
      size="small"
      data-testid="rule-segment"
      title={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{i + 1}.</Typography.Text>
          <Input
            value={rule.name[lang]}
            maxLength={80}
            style={{ maxWidth: 280 }}
            aria-label={t('rules.segmentName')}
            onChange={(e) => dispatch({ type: 'rename', index: i, lang, text: e.target.value })}
            data-testid="rule-name"
          />
        </Flex>
      }
      extra={
        <Flex gap={4} align="center">
          <Tag color={counted ? 'blue' : undefined} data-testid="rule-count">
            {count}
          </Tag>
          <RowActions
            index={i}
            count={total}
            onMove={(by) => dispatch({ type: 'move', index: i, by })}
            onRemove={() => dispatch({ type: 'removeSegment', index: i })}
            removeTestId="rule-remove"
          />
        </Flex>
      }
    >
      <GroupEditor group={rule.when} path={[i]} fields={fields} fieldLabel={fieldLabel} dispatch={dispatch} />
    </Card>
  );
}
