import { Alert, Button, Flex, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { POLICIES, type Policy, type QualityIssue } from '../../../../shared/quality';
import type { useFormat } from '../../hooks/useFormat';
import { renderCell } from '../renderCell';
import { CheckProgress } from './CheckProgress';
import { CurrencyFound } from './CurrencyFound';
import { SummariseChoice } from './SummariseChoice';
import type { StepProps } from './step-props';
import type { InspectJob } from './useInspect';

/**
 * Step 3: rows read and kept — counted on every row, with progress and a way to stop, so they
 * are what the import keeps; or plainly on the first rows when the user stopped it — the
 * currency and why, and each quality issue with examples and the policy for it.
 */
export function CheckStep({
  result,
  settings,
  update,
  fmt,
  checking,
  onStopChecking,
  onCheckAll,
  summarise,
}: StepProps & {
  /** Whether to keep one row per customer (undefined: not chosen yet). */
  summarise: { value: boolean | undefined; set(value: boolean): void };
  fmt: ReturnType<typeof useFormat>;
  /** The every-row check under way, if it is. */
  checking: InspectJob | null;
  onStopChecking(): void;
  onCheckAll(): void;
}) {
  const { t } = useTranslation();
  const { quality } = result;
  const setPolicy = (issue: QualityIssue, policy: Policy) =>
    update({ policies: { ...settings.policies, [issue.code]: policy } });
  const kinds = new Map(result.columns.map((c) => [c.name, c.spec.kind]));
  if (checking) return <CheckProgress job={checking} onStop={onStopChecking} />;
  return (
    <div data-testid="quality-report">
      <Typography.Paragraph strong>
        {t('import.rowsSummary', { read: fmt.int(quality.rowsRead), kept: fmt.int(quality.rowsKept) })}
      </Typography.Paragraph>
      {result.truncated && <FirstRowsOnly rows={fmt.int(quality.rowsRead)} onCheckAll={onCheckAll} />}
      <SummariseChoice result={result} fmt={fmt} {...summarise} />
      <CurrencyFound result={result} update={update} />
      {quality.issues.length === 0 && <Alert type="success" showIcon title={t('import.noIssues')} />}
      <Flex vertical gap={12}>
        {quality.issues.map((issue) => (
          <div
            key={issue.code}
            data-testid={`issue-${issue.code}`}
            style={{ border: '1px solid rgba(5,5,5,0.1)', borderRadius: 8, padding: 12 }}
          >
            <Flex justify="space-between" align="center" gap={12}>
              <Typography.Text strong>
                {t(`issues.${issue.code}`, { count: fmt.int(issue.count), column: issue.column ?? '' })}
              </Typography.Text>
              <Segmented
                value={issue.policy}
                onChange={(p) => setPolicy(issue, p as Policy)}
                options={POLICIES.map((p) => ({ value: p, label: t(`policies.${p}`) }))}
              />
            </Flex>
            <Table
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              rowKey="line"
              dataSource={issue.examples.map((e) => ({ line: e.line, ...e.values }))}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  key: 'line',
                  dataIndex: 'line',
                  title: t('import.examples'),
                  render: (line: number) => t('import.line', { line }),
                },
                ...result.columns.map((c) => ({
                  key: c.name,
                  dataIndex: c.name,
                  title: c.name,
                  render: (v: unknown) => renderCell(v, kinds.get(c.name) ?? 'text', fmt, t),
                })),
              ]}
            />
          </div>
        ))}
      </Flex>
    </div>
  );
}

/** The check's figures are for the first rows only (the user stopped the check of every row, or the file is large). */
function FirstRowsOnly({ rows, onCheckAll }: { rows: string; onCheckAll(): void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="baseline" style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary" data-testid="checked-on-first">
        {t('import.checkedOn', { rows })}
      </Typography.Text>
      <Button size="small" onClick={onCheckAll} data-testid="check-all">
        {t('import.checkAll')}
      </Button>
    </Flex>
  );
}
