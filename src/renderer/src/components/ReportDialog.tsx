import { FilePdfOutlined, Html5Outlined } from '@ant-design/icons';
import { Button, Flex, Modal, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOptions } from '../../../shared/exports';
import type { Language } from '../../../shared/schemas';
import { call, newJobId } from '../api';
import { useCall } from '../hooks/useCall';
import { ReportOptionsBar } from './ReportOptionsBar';

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
      <ReportOptionsBar lang={lang} paper={paper} onLang={setLang} onPaper={setPaper} />
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
