import { Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetList } from '../../../../shared/products';
import type { RunInfo } from '../../../../shared/schemas';
import { JobProgress } from '../../components/JobProgress';
import { runLabels } from '../../components/run-labels';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { type CrossSellDraft, useCrossSell } from './useCrossSell';

export type { CrossSellDraft } from './useCrossSell';

interface Props {
  draft: CrossSellDraft;
  /** The runs whose customers a list can hold (the dataset's customer runs). */
  runs: RunInfo[];
  onClose(): void;
  onKept(list: TargetList): void;
}

const ALL = -1;

/** Whose list it is: the run, and one of its segments or all of them. */
function WhoFields({ runs, list }: { runs: RunInfo[]; list: ReturnType<typeof useCrossSell> }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const fmt = useFormat();
  const id = useId();
  const labels = runLabels(runs, t);
  return (
    <>
      <Form.Item label={t('basketUi.listRun')} htmlFor={`${id}-run`}>
        <Select
          id={`${id}-run`}
          value={list.runId}
          onChange={list.setRunId}
          options={runs.map((r, i) => ({ value: r.id, label: labels[i] }))}
          data-testid="list-run"
        />
      </Form.Item>
      <Form.Item label={t('basketUi.listSegment')} htmlFor={`${id}-segment`}>
        <Select
          id={`${id}-segment`}
          value={list.segment ?? ALL}
          loading={list.segments === null}
          onChange={(v: number) => list.setSegment(v === ALL ? null : v)}
          options={[
            { value: ALL, label: t('basketUi.listAllSegments') },
            ...(list.segments ?? []).map((s, i) => ({
              value: i,
              label: `${s.name[lang]} (${fmt.int(s.customers)})`,
              disabled: s.customers === 0,
            })),
          ]}
          data-testid="list-segment"
        />
      </Form.Item>
    </>
  );
}

/**
 * A cross-sell list in the making: "offer B to customers who bought A but never B", for a run's
 * segment (or all its customers), with the count it would hold, a name, and Keep.
 */
export function CrossSellDialog({ draft, runs, onClose, onKept }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const list = useCrossSell(draft, runs, onKept);
  const { preview } = list;
  return (
    <Modal
      open
      title={t('basketUi.listTitle')}
      okText={t('basketUi.keep')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => void list.keep()}
      okButtonProps={{ disabled: list.runId === undefined || !preview.data, 'data-testid': 'list-keep' } as never}
      width={600}
      destroyOnHidden
    >
      <Typography.Paragraph strong data-testid="list-offer">
        {list.offer}
      </Typography.Paragraph>
      <Form layout="vertical" data-testid="list-form">
        <WhoFields runs={runs} list={list} />
        <Typography.Paragraph data-testid="list-preview">
          {preview.loading || preview.data === null ? (
            <>
              <Spin size="small" /> {t('basketUi.listPreviewing')}
            </>
          ) : (
            t('basketUi.listPreview', { n: fmt.int(preview.data) })
          )}
        </Typography.Paragraph>
        <Form.Item label={t('basketUi.listName')} htmlFor={`${id}-name`}>
          <Input
            id={`${id}-name`}
            value={list.name}
            maxLength={200}
            onChange={(e) => list.setName(e.target.value)}
            data-testid="list-name"
          />
        </Form.Item>
      </Form>
      <JobProgress job={list.jobs.active} onCancel={() => void list.jobs.cancel()} />
    </Modal>
  );
}
