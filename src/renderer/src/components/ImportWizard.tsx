import {
  Alert,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Segmented,
  Select,
  Space,
  Spin,
  Steps,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { tableFromIPC } from 'apache-arrow';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_KINDS, type ColumnKind } from '../../../shared/column-spec';
import {
  DELIMITERS,
  ENCODINGS,
  MAX_SKIP_ROWS,
  type Delimiter,
  type Encoding,
  type ImportSettings,
  type InspectResult,
} from '../../../shared/import-settings';
import { POLICIES, type Policy, type QualityIssue } from '../../../shared/quality';
import { requiredRoles, rolesFor, type DatasetKind, type Role } from '../../../shared/roles';
import type { DatasetInfo } from '../../../shared/schemas';
import { call, newJobId } from '../api';
import { useFormat } from '../hooks/useFormat';
import { useScrollRegion } from '../hooks/useScrollRegion';
import type { useJobRunner } from '../hooks/useJobRunner';
import { isNumericKind, KIND_COLORS, renderCell } from './renderCell';

export interface ChosenFile {
  token: string;
  fileName: string;
}

export interface ImportWizardProps {
  file: ChosenFile | null;
  jobs: ReturnType<typeof useJobRunner>;
  onClose(): void;
  onImported(dataset: DatasetInfo): void;
  onError(err: unknown): void;
}

const DELIMITER_KEYS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  whitespace: 'whitespace',
};
const datasetName = (file: string) => file.replace(/\.(gz|zip)$/i, '').replace(/\.[^.]+$/, '');

/** The import wizard: Preview (how the file is read), Meaning (row kind and roles), Check (quality and policies). */
export function ImportWizard({ file, jobs, onClose, onImported, onError }: ImportWizardProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [step, setStep] = useState(0);
  const [settings, setSettings] = useState<ImportSettings>({});
  const [result, setResult] = useState<InspectResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [name, setName] = useState('');
  const [running, setRunning] = useState(false);
  const latest = useRef(0);
  const shown = useRef(false);

  useEffect(() => {
    setStep(0);
    setSettings({});
    setResult(null);
    shown.current = false;
    setName(file ? datasetName(file.fileName) : '');
  }, [file?.token]);

  // Every change of a setting reads the first rows again; only the latest answer is shown.
  useEffect(() => {
    if (!file) return;
    const request = ++latest.current;
    setLoading(true);
    call('import:inspect', { token: file.token, jobId: newJobId(), settings })
      .then((r) => {
        if (request !== latest.current) return;
        shown.current = true;
        setResult(r);
      })
      .catch((err: unknown) => {
        if (request !== latest.current) return;
        onError(err);
        // A file that cannot be read at all closes the wizard; a bad setting keeps the last good preview.
        if (!shown.current) close();
      })
      .finally(() => request === latest.current && setLoading(false));
  }, [file?.token, settings]);

  const update = (change: Partial<ImportSettings>) => setSettings((s) => ({ ...s, ...change }));
  const close = () => {
    if (file) void call('import:forget', { token: file.token });
    onClose();
  };

  const missing = result ? requiredRoles(result.kind).filter((r) => !result.roles[r]) : [];
  const run = async () => {
    if (!file || !result) return;
    // The wizard steps aside while the import runs: one progress dialog, with Cancel.
    setRunning(true);
    try {
      const dataset = await jobs.run('import:run', {
        token: file.token,
        settings: { ...settings, kind: result.kind, roles: result.roles, name: name.trim() || undefined },
      });
      void call('import:forget', { token: file.token });
      onImported(dataset);
    } catch (err) {
      onError(err);
    } finally {
      setRunning(false);
    }
  };

  const footer = (
    <Flex justify="space-between">
      <Button onClick={close}>{t('common.cancel')}</Button>
      <Space>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('import.back')}</Button>}
        {/* One button for Next and Import, so keyboard focus stays on it from step to step. */}
        {step < 2 ? (
          <Button
            key="primary"
            type="primary"
            onClick={() => setStep(step + 1)}
            disabled={!result}
            data-testid="wizard-next"
          >
            {t('import.next')}
          </Button>
        ) : (
          <Button
            key="primary"
            type="primary"
            onClick={() => void run()}
            disabled={!result || loading || missing.length > 0}
            data-testid="wizard-import"
          >
            {t('import.run')}
          </Button>
        )}
      </Space>
    </Flex>
  );

  return (
    <Modal
      open={file !== null && !running}
      title={`${t('import.title')} — ${file?.fileName ?? ''}`}
      width={1100}
      onCancel={close}
      footer={footer}
      destroyOnHidden
      maskClosable={false}
      data-testid="import-wizard"
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('import.stepPreview') },
          { title: t('import.stepMeaning') },
          { title: t('import.stepCheck') },
        ]}
      />
      <Spin spinning={loading && result !== null}>
        {!result ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        ) : step === 0 ? (
          <PreviewStep result={result} settings={settings} update={update} />
        ) : step === 1 ? (
          <MeaningStep
            result={result}
            settings={settings}
            update={update}
            name={name}
            setName={setName}
            missing={missing}
          />
        ) : (
          <CheckStep result={result} settings={settings} update={update} fmt={fmt} />
        )}
      </Spin>
    </Modal>
  );
}

interface StepProps {
  result: InspectResult;
  settings: ImportSettings;
  update(change: Partial<ImportSettings>): void;
}

function PreviewStep({ result, settings, update }: StepProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useScrollRegion(box, t('import.stepPreview'));
  const rows = useMemo(() => {
    const table = tableFromIPC(result.preview);
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < table.numRows; i++) out.push({ __key: i, ...table.get(i)?.toJSON() });
    return out;
  }, [result.preview]);
  const detected = (value: string | null, label: string) =>
    value === null ? undefined : t('import.detected', { value: label });
  const columns = result.columns.map((c) => ({
    key: c.name,
    dataIndex: c.name,
    title: (
      <Flex vertical gap={4}>
        <span>{c.name}</span>
        <Select
          size="small"
          variant="borderless"
          value={c.spec.kind}
          popupMatchSelectWidth={false}
          aria-label={t('a11y.columnType', { column: c.name })}
          data-testid={`type-${c.name}`}
          onChange={(kind: ColumnKind) => update({ types: { ...settings.types, [c.name]: kind } })}
          options={COLUMN_KINDS.map((k) => ({ value: k, label: <Tag color={KIND_COLORS[k]}>{t(`kinds.${k}`)}</Tag> }))}
        />
      </Flex>
    ),
    align: isNumericKind(c.spec.kind) ? ('right' as const) : ('left' as const),
    width: PREVIEW_COLUMN_WIDTH,
    ellipsis: true,
    render: (v: unknown) => renderCell(v, c.spec.kind, fmt, t),
  }));
  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        {result.format === 'csv' && (
          <>
            <Form.Item label={t('import.encoding')} htmlFor={`${id}-encoding`} style={{ margin: 0 }}>
              <Select
                id={`${id}-encoding`}
                style={{ width: 260 }}
                data-testid="encoding-select"
                value={settings.encoding ?? (result.encoding as Encoding | null) ?? undefined}
                placeholder={detected(result.encoding, result.encoding ?? '')}
                onChange={(encoding: Encoding) => update({ encoding })}
                options={ENCODINGS.map((e) => ({ value: e, label: t(`encodings.${e}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('import.delimiter')} htmlFor={`${id}-delimiter`} style={{ margin: 0 }}>
              <Select
                id={`${id}-delimiter`}
                style={{ width: 200 }}
                value={settings.delimiter ?? (result.delimiter as Delimiter | null) ?? undefined}
                onChange={(delimiter: Delimiter) => update({ delimiter })}
                options={DELIMITERS.map((d) => ({ value: d, label: t(`delimiters.${DELIMITER_KEYS[d]}`) }))}
              />
            </Form.Item>
          </>
        )}
        {result.sheets.length > 0 && (
          <Form.Item label={t('import.sheet')} htmlFor={`${id}-sheet`} style={{ margin: 0 }}>
            <Select
              id={`${id}-sheet`}
              style={{ width: 200 }}
              value={settings.sheet ?? result.sheet ?? undefined}
              onChange={(sheet) => update({ sheet, types: undefined })}
              options={result.sheets.map((s) => ({ value: s, label: s }))}
            />
          </Form.Item>
        )}
        <Form.Item
          label={t('import.skipRows')}
          tooltip={t('import.skipRowsHelp')}
          htmlFor={`${id}-skip`}
          style={{ margin: 0 }}
        >
          <InputNumber
            id={`${id}-skip`}
            min={0}
            max={MAX_SKIP_ROWS}
            style={{ width: 72 }}
            data-testid="skip-rows"
            value={settings.skipRows ?? result.skipRows}
            onChange={(n) => typeof n === 'number' && update({ skipRows: n, types: undefined, roles: undefined })}
          />
        </Form.Item>
        <Form.Item label={t('import.header')} htmlFor={`${id}-header`} style={{ margin: 0 }}>
          <Switch
            id={`${id}-header`}
            checked={settings.header ?? result.header}
            onChange={(header) => update({ header, types: undefined, roles: undefined })}
          />
        </Form.Item>
      </Flex>
      <Typography.Paragraph type="secondary">
        {t('import.previewNote', { rows: fmt.int(rows.length) })}
      </Typography.Paragraph>
      <div ref={box}>
        {/* Virtual: only the rows in view are rendered (1,000 rows at once held the page for ≈ 200 ms). */}
        <Table
          size="small"
          virtual
          rowKey="__key"
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: Math.max(1000, columns.length * PREVIEW_COLUMN_WIDTH), y: 360 }}
          data-testid="wizard-preview"
        />
      </div>
    </>
  );
}

/** Each preview column's width: fixed, so the virtual table can place rows without measuring them. */
const PREVIEW_COLUMN_WIDTH = 160;

function MeaningStep({
  result,
  update,
  name,
  setName,
  missing,
}: StepProps & { name: string; setName(n: string): void; missing: Role[] }) {
  const { t } = useTranslation();
  const id = useId();
  const required = requiredRoles(result.kind);
  const setRole = (role: Role, column: string | undefined) => {
    const roles = { ...result.roles };
    if (column) roles[role] = column;
    else delete roles[role];
    update({ roles });
  };
  return (
    <Form layout="vertical">
      <Form.Item label={t('import.name')} htmlFor={`${id}-name`}>
        <Input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          style={{ maxWidth: 420 }}
          data-testid="dataset-name"
        />
      </Form.Item>
      <Form.Item label={t('import.rowKind')}>
        <Radio.Group
          aria-label={t('import.rowKind')}
          value={result.kind}
          onChange={(e) => update({ kind: e.target.value as DatasetKind, roles: undefined })}
        >
          <Radio value="transactions">{t('import.transactions')}</Radio>
          <Radio value="customers">{t('import.customers')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('import.roles')}
      </Typography.Title>
      <Flex wrap gap={12}>
        {rolesFor(result.kind).map((role) => (
          <Form.Item
            key={role}
            label={t(`roles.${role}`)}
            htmlFor={`${id}-role-${role}`}
            required={required.includes(role)}
            style={{ width: 240, margin: 0 }}
          >
            <Select
              id={`${id}-role-${role}`}
              allowClear
              data-testid={`role-${role}`}
              value={result.roles[role]}
              placeholder={t('import.unmapped')}
              onChange={(column?: string) => setRole(role, column)}
              options={result.columns.map((c) => ({ value: c.name, label: c.name }))}
            />
          </Form.Item>
        ))}
      </Flex>
      {missing.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          title={t('import.missingRoles', { roles: missing.map((r) => t(`roles.${r}`)).join(', ') })}
        />
      )}
      {result.kind === 'transactions' && !result.roles.customerId && missing.length === 0 && (
        <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('import.ordersOnly')} />
      )}
    </Form>
  );
}

function CheckStep({ result, settings, update, fmt }: StepProps & { fmt: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation();
  const { quality } = result;
  const setPolicy = (issue: QualityIssue, policy: Policy) =>
    update({ policies: { ...settings.policies, [issue.code]: policy } });
  const kinds = new Map(result.columns.map((c) => [c.name, c.spec.kind]));
  return (
    <div data-testid="quality-report">
      <Typography.Paragraph strong>
        {t('import.rowsSummary', { read: fmt.int(quality.rowsRead), kept: fmt.int(quality.rowsKept) })}
      </Typography.Paragraph>
      {result.truncated && (
        <Typography.Paragraph type="secondary">
          {t('import.checkedOn', { rows: fmt.int(quality.rowsRead) })}
        </Typography.Paragraph>
      )}
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
