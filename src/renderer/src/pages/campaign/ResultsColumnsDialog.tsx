import { Form, Modal, Segmented, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignColumns } from '../../../../shared/campaign';
import { call, newJobId } from '../../api';
import { useCall } from '../../hooks/useCall';

/** What a results file's rows name their customers by. */
export type MatchBy = 'customerId' | 'email' | 'phone';
const MATCH_BY: readonly MatchBy[] = ['customerId', 'email', 'phone'];

/** A file chosen for the results import: its token and name. */
export interface ResultsFile {
  token: string;
  fileName: string;
}

/**
 * Before a campaign results file is read: which of its columns names the customers — their
 * customer ID (a file the Campaigns page drew), or the e-mail address or mobile number a
 * platform's export names them by. The file's headings suggest it; group, response and revenue
 * are found by their headings as before.
 */
export function ResultsColumnsDialog({
  file,
  onCancel,
  onImport,
}: {
  file: ResultsFile | null;
  onCancel(): void;
  onImport(columns: CampaignColumns): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<{ by: MatchBy; column: string | undefined }>({
    by: 'customerId',
    column: undefined,
  });
  const { data: inspected } = useCall(
    () => (file ? call('import:inspect', { token: file.token, jobId: newJobId(), settings: {} }) : null),
    [file],
    (r) => {
      const by = MATCH_BY.find((k) => r.roles[k] !== undefined) ?? 'customerId';
      setChoice({ by, column: r.roles[by] ?? r.columns[0]?.name });
    },
  );
  const columns = inspected?.columns.map((c) => c.name) ?? null;
  return (
    <Modal
      open={file !== null}
      title={t('presetUi.mapTitle', { file: file?.fileName ?? '' })}
      okText={t('presetUi.mapImport')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      okButtonProps={{ disabled: !choice.column, 'data-testid': 'results-map-import' } as never}
      onOk={() => choice.column && onImport({ [choice.by]: choice.column })}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('presetUi.mapHint')}</Typography.Paragraph>
      <Form layout="vertical" data-testid="results-map">
        <Form.Item label={t('presetUi.mapBy')}>
          <Segmented<MatchBy>
            value={choice.by}
            onChange={(by) => setChoice({ ...choice, by })}
            options={MATCH_BY.map((k) => ({ value: k, label: t(`presetUi.mapBy_${k}`) }))}
            data-testid="results-map-by"
          />
        </Form.Item>
        <Form.Item label={t('presetUi.mapColumn')} htmlFor={`${id}-column`}>
          <Select
            id={`${id}-column`}
            value={choice.column}
            loading={!columns}
            onChange={(column) => setChoice({ ...choice, column })}
            options={(columns ?? []).map((c) => ({ value: c, label: c }))}
            data-testid="results-map-column"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
