import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolesFor, type Role } from '../../../../shared/roles';
import type { DatasetInfo } from '../../../../shared/schemas';
import { ApiError, call } from '../../api';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { WriteAction } from '../WriteAction';
import { CALC_SHAPES, type CalcDraft, definitionOf, emptyDraft } from './calc-draft';
import { PreviewTable, ProblemAlert } from './PreviewTable';
import { ShapeFields } from './ShapeFields';
import { useColumnPreview } from './useColumnPreview';

/** The meaning the new column is given at once (optional). */
function RoleField({
  dataset,
  role,
  onChange,
}: {
  dataset: DatasetInfo;
  role: Role | null;
  onChange(r: Role | null): void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('calc.role')}>
      <Select
        value={role ?? 'none'}
        options={[
          { value: 'none', label: t('calc.roleNone') },
          ...rolesFor(dataset.kind)
            .filter((r) => r !== 'customerId')
            .map((r) => ({ value: r, label: t(`roles.${r}`) })),
        ]}
        onChange={(v: string) => onChange(v === 'none' ? null : (v as Role))}
        aria-label={t('calc.role')}
        data-testid="calc-role"
      />
    </Form.Item>
  );
}

/**
 * The "Add calculated column" dialog: a name, one of the common shapes with its columns, a live
 * preview of the first rows and of how many cells come out empty, and optionally the new
 * column's meaning. Adding is one step in the worker; a problem is said in the dialog.
 */
function AddColumnDialog({ dataset, onClose }: { dataset: DatasetInfo; onClose(added: boolean): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useUiLanguage();
  const [draft, setDraft] = useState<CalcDraft>(() => emptyDraft(t('calc.otherDefault')));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ code: string; details?: unknown } | null>(null);
  const change = (patch: Partial<CalcDraft>) => {
    setProblem(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const definition = definitionOf(draft, language);
  const preview = useColumnPreview(dataset.id, definition);
  const name = draft.name.trim();
  const add = () => {
    if (!definition || !name) return;
    setBusy(true);
    call('dataset:addColumn', { datasetId: dataset.id, column: { name, definition, role: draft.role } }).then(
      () => {
        void message.success(t('calc.added', { name }));
        onClose(true);
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(err instanceof ApiError ? { code: err.code, details: err.details } : { code: 'E_INTERNAL' });
      },
    );
  };
  return (
    <Modal
      open
      width={720}
      title={t('calc.title')}
      onCancel={() => onClose(false)}
      okText={t('calc.confirm')}
      onOk={add}
      okButtonProps={
        { disabled: !definition || !name || !!preview?.problem, loading: busy, 'data-testid': 'calc-add' } as never
      }
    >
      <div data-testid="calc-dialog">
        <Form layout="vertical">
          <Form.Item label={t('calc.name')}>
            <Input
              value={draft.name}
              onChange={(e) => change({ name: e.target.value })}
              aria-label={t('calc.name')}
              data-testid="calc-name"
            />
          </Form.Item>
          <Form.Item label={t('calc.shape')}>
            <Select
              value={draft.shape}
              options={CALC_SHAPES.map((s) => ({ value: s, label: t(`calc.shapes.${s}`) }))}
              onChange={(shape: CalcDraft['shape']) => change({ shape })}
              aria-label={t('calc.shape')}
              data-testid="calc-shape"
            />
          </Form.Item>
          <ShapeFields dataset={dataset} draft={draft} preview={preview?.preview ?? null} onChange={change} />
          <RoleField dataset={dataset} role={draft.role} onChange={(role) => change({ role })} />
        </Form>
        <PreviewTable state={preview} definition={definition} name={name} />
        {problem && <ProblemAlert problem={problem} />}
      </div>
    </Modal>
  );
}

/** The dataset view's button that opens the dialog; `onChanged` once a column was added. */
export function AddColumnButton({ dataset, onChanged }: { dataset: DatasetInfo; onChanged(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <WriteAction>
        <Button onClick={() => setOpen(true)} data-testid="calc-open">
          {t('calc.add')}
        </Button>
      </WriteAction>
      {open && (
        <AddColumnDialog
          dataset={dataset}
          onClose={(added) => {
            setOpen(false);
            if (added) onChanged();
          }}
        />
      )}
    </>
  );
}
