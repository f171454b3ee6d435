import { Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { isOrdersOnly } from '../../../shared/order-facts';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import type { ModelSpec } from '../../../shared/segments';
import { ClusterBuilder } from './cluster-builder/ClusterBuilder';
import { ClvBuilder } from './ClvBuilder';
import { RuleBuilder } from './rule-builder';
import { initialValues, type RunFormValues } from './run-form/initial-values';
import { RunFormFields } from './run-form/RunFormFields';
import { runSpec } from './run-form/run-spec';
import { useRunDrafts } from './run-form/useRunDrafts';
import { ScoreTableEditor } from './ScoreTableEditor';

export interface RunFormProps {
  open: boolean;
  datasets: DatasetInfo[];
  /** A run being edited: the form starts from its spec and the run is re-made in place. */
  editing: { datasetId: number; spec: ModelSpec } | null;
  onSubmit(datasetId: number, spec: ModelSpec): void;
  onCancel(): void;
}

/** The new-run (or edit-run) dialog: RFM with the 11 segments, the 8 classes or an own score table, the user's rules, clusters, or lifetime value. */
export function RunForm({ open, datasets, editing, onSubmit, onCancel }: RunFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RunFormValues>();
  const scheme = Form.useWatch('scheme', form);
  const bins = Form.useWatch('bins', form) ?? 5;
  const datasetId = Form.useWatch('datasetId', form);
  const analysisDay = Form.useWatch('analysisDate', form);
  const analysisDate = analysisDay ? analysisDay.format('YYYY-MM-DD') : undefined;
  const { drafts, setTable, edit, problem, setProblem } = useRunDrafts(open, editing, bins, datasetId);
  const dataset = datasets.find((d) => d.id === datasetId);
  const ordersOnly = dataset !== undefined && isOrdersOnly(dataset);
  // Orders alone make order segments; another dataset chosen leaves them for the 11 RFM segments.
  useEffect(() => {
    if (!open || datasetId === undefined) return;
    const current = form.getFieldValue('scheme');
    if (ordersOnly && current !== 'orders') form.setFieldValue('scheme', 'orders');
    if (!ordersOnly && current === 'orders') form.setFieldValue('scheme', 'eleven');
  }, [open, datasetId, ordersOnly, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const choice = { ...v, analysisDate: v.analysisDate ? v.analysisDate.format('YYYY-MM-DD') : undefined };
    const made = runSpec(choice, drafts, editing?.spec.names, t);
    if ('problem' in made) setProblem(made.problem);
    else onSubmit(v.datasetId, made.spec);
  };

  const wide =
    scheme === 'rules' || scheme === 'table' || scheme === 'cluster' || scheme === 'clv' || scheme === 'orders';
  return (
    <Modal
      open={open}
      title={editing ? t('rules.editRun') : t('segments.new')}
      okText={editing ? t('rules.rerun') : t('segments.runIt')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'run-create' } as never}
      width={wide ? 980 : 760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues(editing, datasets)} preserve={false}>
        <RunFormFields datasets={datasets} editing={editing !== null} scheme={scheme} ordersOnly={ordersOnly} />
        {scheme === 'table' && <ScoreTableEditor bins={bins} value={drafts.table} onChange={setTable} />}
        {(scheme === 'rules' || scheme === 'orders') && datasetId !== undefined && (
          <RuleBuilder
            datasetId={datasetId}
            analysisDate={analysisDate}
            value={drafts.rules}
            onChange={edit('rules')}
            startFromTemplate={editing === null}
            unit={scheme === 'orders' ? 'orders' : 'customers'}
          />
        )}
        {scheme === 'cluster' && datasetId !== undefined && (
          <ClusterBuilder
            datasetId={datasetId}
            analysisDate={analysisDate}
            value={drafts.cluster}
            onChange={edit('cluster')}
          />
        )}
        {scheme === 'clv' && <ClvBuilder value={drafts.clv} onChange={edit('clv')} dataset={dataset} />}
        {problem && (
          <Typography.Text type="danger" data-testid="run-problem">
            {problem}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
