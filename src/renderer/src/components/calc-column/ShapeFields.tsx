import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalcPreview } from '../../../../shared/calc/calculated-column';
import type { DatasetInfo } from '../../../../shared/schemas';
import { type CalcDraft, inputKind } from './calc-draft';
import { MapGroupsEditor } from './MapGroupsEditor';

export interface ShapeFieldsProps {
  dataset: DatasetInfo;
  draft: CalcDraft;
  preview: CalcPreview | null;
  onChange(patch: Partial<CalcDraft>): void;
}

const NUMBER_KINDS = ['integer', 'decimal'];
const DATE_KINDS = ['date', 'datetime'];

/** The dataset's columns a shape can read, as select options. */
function columnOptions(dataset: DatasetInfo, kind: 'number' | 'date' | 'any') {
  return dataset.columns
    .filter((c) =>
      kind === 'number'
        ? NUMBER_KINDS.includes(c.spec.kind)
        : kind === 'date'
          ? DATE_KINDS.includes(c.spec.kind)
          : true,
    )
    .map((c) => ({ value: c.name, label: c.name }));
}

/** One column select, labelled, with a test id. */
function ColumnSelect(props: {
  label: string;
  testId: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange(v: string): void;
}) {
  return (
    <Form.Item label={props.label}>
      <Select
        showSearch
        value={props.value ?? undefined}
        options={props.options}
        onChange={props.onChange}
        aria-label={props.label}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** The analysis day of "days to the analysis day": the day after the last date, or one the user types. */
function DayChoice({ draft, preview, onChange }: Pick<ShapeFieldsProps, 'draft' | 'preview' | 'onChange'>) {
  const { t } = useTranslation();
  const auto =
    draft.dayMode === 'auto' && preview?.day ? t('calc.dayAuto', { day: preview.day }) : t('calc.dayAutoPlain');
  return (
    <>
      <Form.Item>
        <Radio.Group
          value={draft.dayMode}
          onChange={(e) => onChange({ dayMode: e.target.value as CalcDraft['dayMode'] })}
          options={[
            { value: 'auto', label: auto },
            { value: 'chosen', label: t('calc.dayChosen') },
          ]}
          data-testid="calc-day-mode"
        />
      </Form.Item>
      {draft.dayMode === 'chosen' && (
        <Form.Item label={t('calc.day')}>
          <Input
            value={draft.day}
            placeholder="2014-07-01"
            onChange={(e) => onChange({ day: e.target.value.trim() })}
            aria-label={t('calc.day')}
            data-testid="calc-day"
          />
        </Form.Item>
      )}
    </>
  );
}

/** The settings of the shape chosen: its columns and its constant, edges, map or separator. */
export function ShapeFields({ dataset, draft, preview, onChange }: ShapeFieldsProps) {
  const { t } = useTranslation();
  const options = columnOptions(dataset, inputKind(draft.shape));
  const s = draft.shape;
  if (s === 'sum')
    return (
      <Form.Item label={t('calc.columns')}>
        <Select
          mode="multiple"
          value={draft.columns}
          options={options}
          onChange={(columns: string[]) => onChange({ columns })}
          aria-label={t('calc.columns')}
          data-testid="calc-columns"
        />
      </Form.Item>
    );
  if (s === 'difference' || s === 'ratio' || s === 'daysBetween') {
    const dates = s === 'daysBetween';
    return (
      <>
        <ColumnSelect
          label={t(dates ? 'calc.from' : 'calc.a')}
          testId="calc-a"
          value={draft.a}
          options={options}
          onChange={(a) => onChange({ a })}
        />
        <ColumnSelect
          label={t(dates ? 'calc.to' : 'calc.b')}
          testId="calc-b"
          value={draft.b}
          options={options}
          onChange={(b) => onChange({ b })}
        />
      </>
    );
  }
  return <OneColumnFields dataset={dataset} draft={draft} preview={preview} onChange={onChange} options={options} />;
}

/** The shapes of one column: with a constant, an analysis day, edges, a map or a separator. */
function OneColumnFields({
  dataset,
  draft,
  preview,
  onChange,
  options,
}: ShapeFieldsProps & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const s = draft.shape;
  const column = (
    <ColumnSelect
      label={t('calc.column')}
      testId="calc-column"
      value={draft.column}
      options={options}
      onChange={(c) => onChange({ column: c })}
    />
  );
  return (
    <>
      {column}
      {(s === 'times' || s === 'divide') && (
        <Form.Item label={t(s === 'times' ? 'calc.factor' : 'calc.divisor')}>
          <InputNumber
            value={draft.factor}
            onChange={(factor) => onChange({ factor: typeof factor === 'number' ? factor : null })}
            aria-label={t(s === 'times' ? 'calc.factor' : 'calc.divisor')}
            data-testid="calc-factor"
          />
        </Form.Item>
      )}
      {s === 'daysToAnalysis' && <DayChoice draft={draft} preview={preview} onChange={onChange} />}
      {s === 'bands' && (
        <Form.Item label={t('calc.edges')}>
          <Input
            value={draft.edges}
            onChange={(e) => onChange({ edges: e.target.value })}
            aria-label={t('calc.edges')}
            data-testid="calc-edges"
          />
        </Form.Item>
      )}
      {s === 'map' && <MapGroupsEditor dataset={dataset} draft={draft} onChange={onChange} />}
      {(s === 'before' || s === 'after') && (
        <Form.Item label={t('calc.separator')}>
          <Input
            value={draft.separator}
            onChange={(e) => onChange({ separator: e.target.value })}
            aria-label={t('calc.separator')}
            data-testid="calc-separator"
          />
        </Form.Item>
      )}
    </>
  );
}
