import { Alert, Button, Form, Input, Modal, Segmented, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SQL_DIALECTS, type SqlDialect, type SqlExport } from '../../../../shared/sql-export';
import type { DatasetInfo } from '../../../../shared/schemas';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { WriteAction } from '../WriteAction';
import { sqlColumns, type SqlDraft, sqlOptions } from './sql-draft';
import type { SqlRefusal } from './sql-refusal';

interface Props {
  open: boolean;
  dataset: DatasetInfo;
  draft: SqlDraft;
  /** Why this run cannot be written as SQL (a rules run's field), shown in place of saving. */
  refusal: SqlRefusal | null;
  /** The run's rules are being read to check them: Save waits. */
  checking: boolean;
  saving: boolean;
  onDraft(draft: SqlDraft): void;
  /** Opens the run's rules to edit (where the page has the run editor): what fixes a refused field. */
  onEditRules?: () => void;
  onCancel(): void;
  onSave(options: SqlExport): void;
}

/** A name the export needs: the input, and what to do while it is empty. */
function NameField(props: {
  label: string;
  extra?: string;
  missing: string;
  value: string;
  testId: string;
  onChange(value: string): void;
}) {
  const id = useId();
  const empty = !props.value.trim();
  return (
    <Form.Item
      label={props.label}
      htmlFor={id}
      extra={props.extra}
      validateStatus={empty ? 'error' : undefined}
      help={empty ? props.missing : undefined}
    >
      <Input
        id={id}
        value={props.value}
        maxLength={200}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** The client's column for each role the SQL reads, two to a row, each starting as the dataset's own. */
function ColumnFields({ dataset, draft, onDraft }: Pick<Props, 'dataset' | 'draft' | 'onDraft'>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-columns`} data-testid="sql-columns">
      <Typography.Text strong id={`${id}-columns`}>
        {t('sqlExport.columns')}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBlock: '2px 8px' }}>
        {t('sqlExport.columnsHint')}
      </Typography.Paragraph>
      <div className="sql-columns">
        {sqlColumns(dataset).map(({ role, column }) => (
          <NameField
            key={role}
            label={t(`roles.${role}`)}
            // Named otherwise than in the dataset: the dataset's name stays in sight.
            extra={(draft.columns[role] ?? column) === column ? undefined : t('sqlExport.columnWas', { column })}
            missing={t('sqlExport.columnMissing')}
            value={draft.columns[role] ?? column}
            testId={`sql-column-${role}`}
            onChange={(name) => onDraft({ ...draft, columns: { ...draft.columns, [role]: name } })}
          />
        ))}
      </div>
    </div>
  );
}

/** Why the run cannot be written as SQL, and the button to its rules where they can be edited. */
function Refusal({ refusal, onEditRules }: { refusal: SqlRefusal; onEditRules?: () => void }) {
  const { t } = useTranslation();
  const fixable = onEditRules && (refusal.reason === 'calculated' || refusal.reason === 'linked');
  return (
    <Alert
      type="warning"
      showIcon
      title={<span data-testid="sql-refusal">{t(`sqlExport.why_${refusal.reason}`, { field: refusal.field })}</span>}
      action={
        fixable && (
          <WriteAction>
            <Button size="small" onClick={onEditRules} data-testid="sql-edit-rules">
              {t('sqlExport.editRules')}
            </Button>
          </WriteAction>
        )
      }
    />
  );
}

/** The engine, the client's table and its columns. */
function SqlFields({ dataset, draft, onDraft }: Pick<Props, 'dataset' | 'draft' | 'onDraft'>) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('sqlExport.dialect')}>
        <Segmented<SqlDialect>
          aria-label={t('sqlExport.dialect')}
          value={draft.dialect}
          onChange={(dialect) => onDraft({ ...draft, dialect })}
          options={SQL_DIALECTS.map((d) => ({ value: d, label: t(`sqlExport.dialect_${d}`) }))}
          data-testid="sql-dialect"
        />
      </Form.Item>
      <NameField
        label={t('sqlExport.table')}
        extra={t('sqlExport.tableHint')}
        missing={t('sqlExport.tableMissing')}
        value={draft.table}
        testId="sql-table"
        onChange={(table) => onDraft({ ...draft, table })}
      />
      <ColumnFields dataset={dataset} draft={draft} onDraft={onDraft} />
    </>
  );
}

/**
 * A run's segmentation as one SQL query for the client's database: which engine, the name of
 * their transactions table and of its columns (the dataset's own to start with); then saved
 * where the user chooses. A run the SQL cannot reproduce says why instead (and, for its rules,
 * offers to edit them).
 */
export function SqlExportDialog(props: Props) {
  const { open, dataset, draft, refusal, onDraft } = props;
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const options = sqlOptions(draft, dataset, lang);
  return (
    <Modal
      open={open}
      title={t('sqlExport.title')}
      okText={t('sqlExport.save')}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() => options && props.onSave(options)}
      okButtonProps={
        {
          disabled: !options || props.checking,
          loading: props.saving,
          'data-testid': 'sql-save',
        } as never
      }
      // Refused: nothing to save, only the way out.
      footer={refusal ? (_, { CancelBtn }) => <CancelBtn /> : undefined}
      width={600}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="sql-export">
        <Typography.Paragraph type="secondary" data-testid="sql-lead">
          {t('sqlExport.lead')}
        </Typography.Paragraph>
        {refusal ? (
          <Refusal refusal={refusal} onEditRules={props.onEditRules} />
        ) : (
          <SqlFields dataset={dataset} draft={draft} onDraft={onDraft} />
        )}
      </Form>
    </Modal>
  );
}
