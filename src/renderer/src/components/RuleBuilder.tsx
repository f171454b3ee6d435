import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  BranchesOutlined,
  DeleteOutlined,
  PlusOutlined,
  ScissorOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popover,
  Radio,
  Segmented,
  Select,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  FEATURE_NAMES,
  newSegmentKey,
  segmentRuleSchema,
  typedName,
  type BandsRequest,
  type RuleCondition,
  type RuleFieldInfo,
  type RuleGroup,
  type RuleTemplateInfo,
  type SegmentRule,
} from '../../../shared/segments';
import { call } from '../api';
import { useFormat } from '../hooks/useFormat';

type Lang = 'en' | 'zh-CN';
type Part = RuleCondition | RuleGroup;

export interface RuleBuilderProps {
  datasetId: number;
  /** The analysis day the fields (recency, age) are measured on. */
  analysisDate?: string;
  value: SegmentRule[];
  onChange(rules: SegmentRule[]): void;
  onError(err: unknown): void;
  /** Start from the dataset's first template when `value` is empty. */
  startFromTemplate?: boolean;
}

const completeRules = z.array(segmentRuleSchema).min(1).max(60);
const DAY = 86_400_000;
/** A calendar day (UTC ms) as the day the date picker shows, and back: no time zone moves it. */
const toDay = (ms: number): Dayjs => dayjs(new Date(ms).toISOString().slice(0, 10));
const fromDay = (d: Dayjs): number => Date.UTC(d.year(), d.month(), d.date());

const partsOf = (g: RuleGroup): Part[] => ('all' in g ? g.all : g.any);
const withParts = (g: RuleGroup, parts: Part[]): RuleGroup => ('all' in g ? { all: parts } : { any: parts });

/** A condition still to be filled in (no field yet): the rules do not parse, so nothing is counted until it is. */
const blankCondition = (): RuleCondition => ({ field: '', op: 'in', values: [] }) as unknown as RuleCondition;

/** The user's own segments: named rules over any customer field, AND/OR groups, first match in order, with live counts. */
export function RuleBuilder({
  datasetId,
  analysisDate,
  value,
  onChange,
  onError,
  startFromTemplate,
}: RuleBuilderProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang: Lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [offer, setOffer] = useState<{
    customers: number;
    fields: RuleFieldInfo[];
    templates: RuleTemplateInfo[];
  } | null>(null);
  const [counts, setCounts] = useState<{ counts: number[]; others: number } | null>(null);
  const latest = useRef(value);
  latest.current = value;
  const ready = useMemo(() => completeRules.safeParse(value).success, [value]);

  useEffect(() => {
    let live = true;
    setOffer(null);
    call('rules:fields', { datasetId, ...(analysisDate ? { analysisDate } : {}) })
      .then((r) => {
        if (!live) return;
        setOffer(r);
        if (startFromTemplate && latest.current.length === 0 && r.templates[0]) onChange(r.templates[0].rules);
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [datasetId, analysisDate]);

  // Live counts: a moment after the last edit, in the worker, over the same customer table a run uses.
  useEffect(() => {
    let live = true;
    setCounts(null);
    if (!ready) return;
    const timer = setTimeout(() => {
      call('rules:counts', { datasetId, rules: value, ...(analysisDate ? { analysisDate } : {}) }).then(
        (c) => live && setCounts(c),
        onError,
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value, datasetId, analysisDate, ready]);

  if (offer === null) return <Spin data-testid="rule-builder-loading" />;
  const fieldLabel = (name: string) => FEATURE_NAMES[name]?.[lang] ?? name;
  const setRule = (i: number, rule: SegmentRule) => onChange(value.map((r, k) => (k === i ? rule : r)));
  const move = (i: number, by: number) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const addSegment = () => {
    onChange([...value, { ...newSegmentKey(value.map((r) => r.key)), when: { all: [blankCondition()] } }]);
  };
  const countOf = (n: number | undefined) =>
    n === undefined ? '…' : t('segments.membersTotal', { count: n, n: fmt.int(n) });

  return (
    <Flex vertical gap={12} data-testid="rule-builder">
      <Flex gap={8} wrap align="center">
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 300 }}
          placeholder={t('rules.fromTemplate')}
          value={null}
          onChange={(key: string) => {
            const chosen = offer.templates.find((x) => x.key === key);
            if (chosen) onChange(chosen.rules);
          }}
          options={offer.templates.map((x) => ({
            value: x.key,
            label: `${t(`segments.group_${x.group}`)} · ${x.name[lang]}`,
          }))}
          notFoundContent={t('segments.noTemplates')}
          data-testid="run-template"
        />
        <BandsHelper
          fields={offer.fields}
          fieldLabel={fieldLabel}
          datasetId={datasetId}
          analysisDate={analysisDate}
          onRules={onChange}
          onError={onError}
        />
        <Button icon={<PlusOutlined />} onClick={addSegment} data-testid="rule-add-segment">
          {t('rules.addSegment')}
        </Button>
      </Flex>
      {value.length === 0 && <Empty description={t('rules.empty')} />}
      {value.map((rule, i) => (
        <Card
          key={i}
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
                onChange={(e) => setRule(i, { ...rule, name: typedName(rule.name, lang, e.target.value) })}
                data-testid="rule-name"
              />
            </Flex>
          }
          extra={
            <Flex gap={4} align="center">
              <Tag color={counts ? 'blue' : undefined} data-testid="rule-count">
                {countOf(counts?.counts[i])}
              </Tag>
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t('rules.up')}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={i === value.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('rules.down')}
              />
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange(value.filter((_, k) => k !== i))}
                aria-label={t('rules.removeSegment')}
                data-testid="rule-remove"
              />
            </Flex>
          }
        >
          <GroupEditor
            group={rule.when}
            fields={offer.fields}
            fieldLabel={fieldLabel}
            depth={0}
            onChange={(when) => setRule(i, { ...rule, when })}
          />
        </Card>
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

interface GroupEditorProps {
  group: RuleGroup;
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  depth: number;
  onChange(group: RuleGroup): void;
  onRemove?(): void;
}

/** Conditions that must all hold (AND) or of which one must (OR); a group may hold a group. */
function GroupEditor({ group, fields, fieldLabel, depth, onChange, onRemove }: GroupEditorProps) {
  const { t } = useTranslation();
  const parts = partsOf(group);
  const setPart = (k: number, part: Part) =>
    onChange(
      withParts(
        group,
        parts.map((p, j) => (j === k ? part : p)),
      ),
    );
  const removePart = (k: number) =>
    onChange(
      withParts(
        group,
        parts.filter((_, j) => j !== k),
      ),
    );
  return (
    <Flex vertical gap={8} className={depth > 0 ? 'rule-group-nested' : undefined} data-testid="rule-group">
      <Flex gap={8} align="center">
        <Segmented
          size="small"
          value={'all' in group ? 'all' : 'any'}
          onChange={(v) => onChange(v === 'all' ? { all: parts } : { any: parts })}
          options={[
            { value: 'all', label: t('rules.all') },
            { value: 'any', label: t('rules.any') },
          ]}
          data-testid="rule-join"
        />
        {onRemove && (
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={onRemove}
            aria-label={t('rules.removeGroup')}
          />
        )}
      </Flex>
      {parts.map((part, k) =>
        'op' in part ? (
          <ConditionEditor
            key={k}
            condition={part}
            fields={fields}
            fieldLabel={fieldLabel}
            onChange={(c) => setPart(k, c)}
            onRemove={() => removePart(k)}
          />
        ) : (
          <GroupEditor
            key={k}
            group={part}
            fields={fields}
            fieldLabel={fieldLabel}
            depth={depth + 1}
            onChange={(g) => setPart(k, g)}
            onRemove={() => removePart(k)}
          />
        ),
      )}
      <Flex gap={8}>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange(withParts(group, [...parts, blankCondition()]))}
          data-testid="rule-add-condition"
        >
          {t('rules.addCondition')}
        </Button>
        {depth < 2 && (
          <Button
            size="small"
            type="dashed"
            icon={<BranchesOutlined />}
            onClick={() => onChange(withParts(group, [...parts, { any: [blankCondition()] }]))}
            data-testid="rule-add-group"
          >
            {t('rules.addGroup')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

interface ConditionEditorProps {
  condition: RuleCondition;
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  onChange(condition: RuleCondition): void;
  onRemove(): void;
}

/** One test on one field: a range of numbers or dates, a set of values, or missing. */
function ConditionEditor({ condition, fields, fieldLabel, onChange, onRemove }: ConditionEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const field = fields.find((f) => f.name === condition.field);
  const ops = field?.kind === 'category' ? (['in', 'notIn', 'missing'] as const) : (['range', 'missing'] as const);
  const pickField = (name: string) => {
    const next = fields.find((f) => f.name === name)!;
    onChange(
      next.kind === 'category'
        ? { field: name, op: 'in', values: [] }
        : { field: name, op: 'range', min: next.min, max: null },
    );
  };
  return (
    <Flex gap={8} align="center" wrap data-testid="rule-condition">
      <Select
        showSearch
        style={{ width: 220 }}
        placeholder={t('rules.field')}
        value={condition.field || undefined}
        onChange={pickField}
        optionFilterProp="label"
        options={fields.map((f) => ({
          value: f.name,
          label: fieldLabel(f.name) === f.name ? f.name : `${fieldLabel(f.name)} (${f.name})`,
        }))}
        data-testid="rule-field"
      />
      {field && (
        <Select
          style={{ width: 130 }}
          value={condition.op}
          onChange={(op: RuleCondition['op']) =>
            onChange(
              op === 'missing'
                ? { field: field.name, op }
                : op === 'in' || op === 'notIn'
                  ? { field: field.name, op, values: [] }
                  : { field: field.name, op, min: field.min, max: null },
            )
          }
          options={ops.map((op) => ({ value: op, label: t(`rules.op_${op}`) }))}
          data-testid="rule-op"
        />
      )}
      {field && (condition.op === 'in' || condition.op === 'notIn') && (
        <Select
          mode="multiple"
          style={{ minWidth: 260, flex: 1 }}
          value={condition.values}
          onChange={(values: string[]) => onChange({ ...condition, values })}
          options={field.values.map((v) => ({ value: v.value, label: `${v.value} (${fmt.int(v.customers)})` }))}
          placeholder={t('rules.values')}
          data-testid="rule-values"
        />
      )}
      {field && condition.op === 'range' && field.kind === 'number' && (
        <Flex gap={4} align="center">
          <InputNumber
            value={condition.min}
            onChange={(v) => onChange({ ...condition, min: v ?? null })}
            placeholder={t('rules.from')}
            data-testid="rule-min"
          />
          <Typography.Text type="secondary">≤ x &lt;</Typography.Text>
          <InputNumber
            value={condition.max}
            onChange={(v) => onChange({ ...condition, max: v ?? null })}
            placeholder={t('rules.below')}
            data-testid="rule-max"
          />
          <Tooltip
            title={t('rules.rangeHint', {
              min: field.min === null ? '—' : fmt.num(field.min),
              max: field.max === null ? '—' : fmt.num(field.max),
            })}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {field.min === null ? '' : `${fmt.num(field.min)} – ${fmt.num(field.max!)}`}
            </Typography.Text>
          </Tooltip>
        </Flex>
      )}
      {field && condition.op === 'range' && field.kind === 'date' && (
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          value={[
            condition.min === null ? null : toDay(condition.min),
            condition.max === null ? null : toDay(condition.max - DAY),
          ]}
          onChange={(days) =>
            onChange({
              ...condition,
              min: days?.[0] ? fromDay(days[0]) : null,
              max: days?.[1] ? fromDay(days[1]) + DAY : null,
            })
          }
          data-testid="rule-dates"
        />
      )}
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        onClick={onRemove}
        aria-label={t('rules.removeCondition')}
        data-testid="rule-remove-condition"
      />
    </Flex>
  );
}

interface BandsHelperProps {
  fields: RuleFieldInfo[];
  fieldLabel(name: string): string;
  datasetId: number;
  analysisDate?: string;
  onRules(rules: SegmentRule[]): void;
  onError(err: unknown): void;
}

/** Segments from bands of one number field: equal width, quantiles, or the user's edges (age 18, 26, 36, 46, 56). */
function BandsHelper({ fields, fieldLabel, datasetId, analysisDate, onRules, onError }: BandsHelperProps) {
  const { t } = useTranslation();
  const numbers = fields.filter((f) => f.kind === 'number');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ field: string; method: BandsRequest['method']; bins: number; edges: string }>();
  const method = Form.useWatch('method', form);
  const make = async () => {
    const v = await form.validateFields();
    const edges =
      v.method === 'edges'
        ? v.edges
            .split(/[\s,;，；]+/)
            .filter(Boolean)
            .map(Number)
        : undefined;
    try {
      const { rules } = await call('rules:bands', {
        datasetId,
        bands: { field: v.field, method: v.method, bins: v.bins, ...(edges ? { edges } : {}) },
        ...(analysisDate ? { analysisDate } : {}),
      });
      onRules(rules);
      setOpen(false);
    } catch (err) {
      onError(err);
    }
  };
  const content = (
    <Form
      form={form}
      layout="vertical"
      style={{ width: 320 }}
      initialValues={{
        field: numbers.find((f) => f.name === 'age')?.name ?? numbers[0]?.name,
        method: 'edges',
        bins: 4,
        edges: '18, 26, 36, 46, 56',
      }}
    >
      <Form.Item name="field" label={t('rules.field')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={numbers.map((f) => ({
            value: f.name,
            label: fieldLabel(f.name) === f.name ? f.name : `${fieldLabel(f.name)} (${f.name})`,
          }))}
          data-testid="bands-field"
        />
      </Form.Item>
      <Form.Item name="method" label={t('rules.bandsMethod')}>
        <Radio.Group
          optionType="button"
          size="small"
          options={[
            { value: 'edges', label: t('rules.bandsEdges') },
            { value: 'width', label: t('rules.bandsWidth') },
            { value: 'quantile', label: t('rules.bandsQuantile') },
          ]}
          data-testid="bands-method"
        />
      </Form.Item>
      {method === 'edges' ? (
        <Form.Item
          name="edges"
          label={t('rules.bandsEdgesLabel')}
          extra={t('rules.bandsEdgesHint')}
          rules={[
            {
              validator: (_, text: string) => {
                const edges = (text ?? '')
                  .split(/[\s,;，；]+/)
                  .filter(Boolean)
                  .map(Number);
                return edges.length > 0 && edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('rules.bandsEdgesBad')));
              },
            },
          ]}
        >
          <Input data-testid="bands-edges" />
        </Form.Item>
      ) : (
        <Form.Item name="bins" label={t('rules.bandsCount')}>
          <InputNumber min={2} max={20} data-testid="bands-count" />
        </Form.Item>
      )}
      <Button type="primary" onClick={make} data-testid="bands-make">
        {t('rules.bandsMake')}
      </Button>
    </Form>
  );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={content}
      title={t('rules.bandsTitle')}
      destroyOnHidden
    >
      <Button icon={<ScissorOutlined />} disabled={numbers.length === 0} data-testid="rule-bands">
        {t('rules.bands')}
      </Button>
    </Popover>
  );
}
