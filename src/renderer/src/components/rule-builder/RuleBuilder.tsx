import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FEATURE_NAMES, segmentRuleSchema, type SegmentRule } from '../../../../shared/segments';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useFormat } from '../../hooks/useFormat';
import { BandsHelper } from './BandsHelper';
import { RuleCard } from './RuleCard';
import { TemplatePicker } from './TemplatePicker';
import { reduceRules, type RulesAction } from './rules-reducer';
import { useDebouncedCall } from './useDebouncedCall';

export interface RuleBuilderProps {
  datasetId: number;
  /** The analysis day the fields (recency, age) are measured on. */
  analysisDate?: string;
  value: SegmentRule[];
  onChange(rules: SegmentRule[]): void;
  /** Start from the dataset's first template when `value` is empty. */
  startFromTemplate?: boolean;
  /** What the live counts count: customers, or orders (order segments). */
  unit?: 'customers' | 'orders';
}

const completeRules = z.array(segmentRuleSchema).min(1).max(60);
/** How long after the last edit the live counts are asked for. */
const COUNT_DELAY_MS = 250;

/** The user's own segments: named rules over any customer field, AND/OR groups, first match in order, with live counts. */
export function RuleBuilder({
  datasetId,
  analysisDate,
  value,
  onChange,
  startFromTemplate,
  unit = 'customers',
}: RuleBuilderProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const ready = useMemo(() => completeRules.safeParse(value).success, [value]);
  const { data: offer } = useCall(
    () => call('rules:fields', { datasetId, ...(analysisDate ? { analysisDate } : {}) }),
    [datasetId, analysisDate],
    (r) => {
      if (startFromTemplate && value.length === 0 && r.templates[0]) onChange(r.templates[0].rules);
    },
  );
  // Live counts: a moment after the last edit, in the worker, over the same customer table a run uses.
  const counts = useDebouncedCall(
    ready ? () => call('rules:counts', { datasetId, rules: value, ...(analysisDate ? { analysisDate } : {}) }) : null,
    JSON.stringify([datasetId, analysisDate ?? null, value]),
    COUNT_DELAY_MS,
  );

  if (offer === null) return <Spin data-testid="rule-builder-loading" />;
  const fieldLabel = (name: string) => FEATURE_NAMES[name]?.[lang] ?? name;
  const dispatch = (action: RulesAction) => onChange(reduceRules(value, action));
  const countOf = (n: number | undefined) =>
    n === undefined
      ? '…'
      : t(unit === 'orders' ? 'orderSegments.ordersCount' : 'segments.membersTotal', { count: n, n: fmt.int(n) });

  return (
    <Flex vertical gap={12} data-testid="rule-builder">
      <Flex gap={8} wrap align="center">
        <TemplatePicker templates={offer.templates} onRules={onChange} />
        <BandsHelper
          fields={offer.fields}
          fieldLabel={fieldLabel}
          datasetId={datasetId}
          analysisDate={analysisDate}
          onRules={onChange}
        />
        <Button icon={<PlusOutlined />} onClick={() => dispatch({ type: 'addSegment' })} data-testid="rule-add-segment">
          {t('rules.addSegment')}
        </Button>
      </Flex>
      {value.length === 0 && <Empty description={t('rules.empty')} />}
      {value.map((rule, i) => (
        <RuleCard
          key={i}
          rule={rule}
          index={i}
          total={value.length}
          count={countOf(counts?.counts[i])}
          counted={counts !== null}
          fields={offer.fields}
          fieldLabel={fieldLabel}
          dispatch={dispatch}
        />
      ))}
      <Flex justify="space-between" data-testid="rule-others">
        <Typography.Text type="secondary">{t('rules.othersHint')}</Typography.Text>
        <Tag>{`${t('segments.others')}: ${countOf(counts?.others)}`}</Tag>
      </Flex>
      {!ready && value.length > 0 && (
        <Typography.Text type="warning" data-testid="rule-incomplete">
          {t('rules.incomplete')}
        </Typography.Text>
      )}
    </Flex>
  );
}
