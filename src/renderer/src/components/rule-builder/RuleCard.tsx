import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleFieldInfo, SegmentRule } from '../../../../shared/segments';
import { GroupEditor } from './GroupEditor';
import type { RulesAction } from './rules-reducer';

interface RuleCardProps {
  rule: SegmentRule;
  index: number;
  /** The last rule (it cannot move down). */
  last: boolean;
  /** Its live count, in words ('…' while counting). */
  count: string;
  counted: boolean;
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  dispatch(action: RulesAction): void;
}

/** One segment: its name, its live count, up/down/remove, and the conditions a customer must meet. */
export function RuleCard({ rule, index: i, last, count, counted, fields, fieldLabel, dispatch }: RuleCardProps) {
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
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={i === 0}
            onClick={() => dispatch({ type: 'move', index: i, by: -1 })}
            aria-label={t('rules.up')}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={last}
            onClick={() => dispatch({ type: 'move', index: i, by: 1 })}
            aria-label={t('rules.down')}
          />
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => dispatch({ type: 'removeSegment', index: i })}
            aria-label={t('rules.removeSegment')}
            data-testid="rule-remove"
          />
        </Flex>
      }
    >
      <GroupEditor group={rule.when} path={[i]} fields={fields} fieldLabel={fieldLabel} dispatch={dispatch} />
    </Card>
  );
}
