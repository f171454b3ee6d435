import { FilePdfOutlined, Html5Outlined } from '@ant-design/icons';
import { Button, Flex, Modal, Select, Spin, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOptions } from '../../../shared/exports';
import type { Language } from '../../../shared/schemas';
import { call, newJobId } from '../api';
import { useCall } from '../hooks/useCall';

interface Props {
  open: boolean;
  runId: number;
  onCancel(): void;
  onSave(format: 'html' | 'pdf', options: ReportOptions): void;
}

/** The report previewed as it will print (in a sandboxed frame: no scripts, no requests), then saved as PDF or HTML. */
export function ReportDialog({ open, runId, onCancel, onSave }: Props) {
  const { t, i18n } = useTranslation();
  const uiLang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const id = useId();
  const [lang, setLang] = useState<Language>(uiLang);
  // Each time it opens, the report starts in the UI's language.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setLang(uiLang);
  }
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');

  const preview = useCall(
    (signal) => {
      if (!open) return null;
      const jobId = newJobId();
      // A preview no longer wanted (another language or paper, the dialog closed) is cancelled in the worker.
      signal.addEventListener('abort', () => void call('job:cancel', { jobId }).catch(() => undefined));
      return call('report:preview', { runId, options: { lang, paper }, jobId });
    },
    [open, runId, lang, paper],
  );
  const html = preview.data?.html ?? null;

  return (
    <Modal
      open={open}
      title={t('export.reportTitle')}
      onCancel={onCancel}
      width={980}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button
            icon={<Html5Outlined />}
            disabled={!html}
            onClick={() => onSave('html', { lang, paper })}
            data-testid="report-save-html"
          >
            {t('export.saveHtml')}
          </Button>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            disabled={!html}
            onClick={() => onSave('pdf', { lang, paper })}
            data-testid="report-save-pdf"
          >
            {t('export.savePdf')}
          </Button>
        </Flex>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <span>
          <label htmlFor={`${id}-lang`}>{t('export.language')}</label>{' '}
          <Select
            id={`${id}-lang`}
            style={{ width: 120 }}
            value={lang}
            onChange={setLang}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
            data-testid="report-lang"
          />
        </span>
        <span>
          <label htmlFor={`${id}-paper`}>{t('export.paper')}</label>{' '}
          <Select
            id={`${id}-paper`}
            style={{ width: 110 }}
            value={paper}
            onChange={setPaper}
            options={[
              { value: 'a4', label: 'A4' },
              { value: 'letter', label: 'Letter' },
            ]}
            data-testid="report-paper"
          />
        </span>
        <Typography.Text type="secondary">{t('export.previewHint')}</Typography.Text>
      </Flex>
      {html ? (
        <iframe
          className="report-preview"
          sandbox=""
          srcDoc={html}
          title={t('export.reportTitle')}
          data-testid="report-preview"
        />
      ) : (
        <Flex className="report-preview" align="center" justify="center">
          <Spin />
        </Flex>
      )}
    </Modal>
  );
}
