import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnsUsedBy, type CalcDefinition } from '../../../../shared/calc/calculated-column';
import { useFormat } from '../../hooks/useFormat';
import type { PreviewState } from './useColumnPreview';

/** A problem of the definition in the user's words (the dialog's own texts, else the error's). */
export function ProblemAlert({ problem }: { problem: { code: string; details?: unknown } }) {
  const { t, i18n } = useTranslation();
  const details = (problem.details ?? {}) as { column?: string; needs?: string };
  const own = `calc.problems.${problem.code}`;
  const text = i18n.exists(own)
    ? t(own, { column: details.column ?? '', needs: details.needs ? t(`calc.needs.${details.needs}`) : '' })
    : t(i18n.exists(`errors.${problem.code}`) ? `errors.${problem.code}` : 'errors.E_INTERNAL');
  return <Alert type="warning" showIcon message={text} data-testid="calc-problem" data-code={problem.code} />;
}

/** The first rows: the inputs and the new column's value, then how many cells of all come out empty. */
export function PreviewTable({
  state,
  definition,
  name,
}: {
  state: PreviewState | null;
  definition: CalcDefinition | null;
  name: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!definition) return null;
  if (state?.problem) return <ProblemAlert problem={state.problem} />;
  const p = state?.preview;
  const inputs = columnsUsedBy(definition);
  const cell = (v: string | null, numeric: boolean) =>
    v === null ? <Typography.Text type="secondary">—</Typography.Text> : numeric ? fmt.num(Number(v)) : v;
  const numeric = p ? p.kind === 'integer' || p.kind === 'decimal' : false;
  const rows = p ? p.values.map((v, i) => ({ key: i, v, inputs: p.inputs.map((col) => col[i]) })) : [];
  return (
    <div data-testid="calc-preview">
      <Typography.Title level={5}>{t('calc.preview')}</Typography.Title>
      {p && (
        <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="calc-empty">
          {p.empty
            ? `${t('calc.empty', { empty: fmt.int(p.empty), rows: fmt.int(p.rows) })} ${p.zeroDivisor ? t('calc.zeroDivisor', { count: fmt.int(p.zeroDivisor) }) : t('calc.emptyWhy')}`
            : t('calc.noneEmpty', { rows: fmt.int(p.rows) })}
          {p.day ? ` ${t('calc.countedTo', { day: p.day })}` : ''}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        loading={!p}
        pagination={false}
        dataSource={rows}
        scroll={{ x: true }}
        columns={[
          {
            title: <strong>{name || t('calc.newColumn')}</strong>,
            key: 'value',
            render: (_: unknown, r: (typeof rows)[number]) => <strong>{cell(r.v, numeric)}</strong>,
          },
          ...inputs.map((c, k) => ({
            title: c,
            key: c,
            render: (_: unknown, r: (typeof rows)[number]) => cell(r.inputs[k], false),
          })),
        ]}
      />
    </div>
  );
}
