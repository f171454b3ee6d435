import { FilePdfOutlined, Html5Outlined } from '@ant-design/icons';
import { Button, Flex, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOptions, ReportSettings } from '../../../shared/exports';
import type { Language } from '../../../shared/schemas';
import { call, newJobId } from '../api';
import { useCall } from '../hooks/useCall';
import { ReportOptionsBar } from './ReportOptionsBar';
import { ReportSettingsForm } from './ReportSettingsForm';

interface Props {
  open: boolean;
  runId: number;
  onCancel(): void;
  /** Saving keeps the title page and sections with the run. */
  onSave(format: 'html' | 'pdf', options: ReportOptions): void;
}

/** Typing pauses this long before the preview is made again. */
const PREVIEW_PAUSE_MS = 500;

/**
 * The report's title page and sections: those kept with the run to start with; `draft` is what
 * the user is editing, `shown` what the preview shows (the same, once typing pauses).
 */
function useReportSettings(open: boolean, runId: number) {
  const [draft, setDraft] = useState<ReportSettings | null>(null);
  const [shown, setShown] = useState<ReportSettings | null>(null);
  useCall(
    () => (open ? call('report:settings', { runId }) : null),
    [open, runId],
    (kept) => {
      setDraft(kept);
      setShown(kept);
    },
  );
  useEffect(() => {
    if (draft === shown) return;
    const timer = setTimeout(() => setShown(draft), PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, shown]);
  return { draft, shown, setDraft };
}

/**
 * The report previewed as it will print (in a sandboxed frame: no scripts, no requests), beside
 * its title page and sections (those kept with the run to start with), then saved as PDF or HTML.
 */
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
  const { draft, shown, setDraft } = useReportSettings(open, runId);

  const preview = useCall(
    (signal) => {
      if (!open || !shown) return null;
      const jobId = newJobId();
      // A preview no longer wanted (another language or paper, the dialog closed) is cancelled in the worker.
      signal.addEventListener('abort', () => void call('job:cancel', { jobId }).catch(() => undefined));
      return call('report:preview', { runId, options: { lang, paper, settings: shown }, jobId });
    },
    [open, runId, lang, paper, shown],
  );
  const html = preview.data?.html ?? null;
  const save = (format: 'html' | 'pdf') => draft && onSave(format, { lang, paper, settings: draft });

  return (
    <Modal
      open={open}
      title={t('export.reportTitle')}
      onCancel={onCancel}
      width={1140}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button
            icon={<Html5Outlined />}
            disabled={!html || !draft}
            onClick={() => save('html')}
            data-testid="report-save-html"
          >
            {t('export.saveHtml')}
          </Button>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            disabled={!html || !draft}
            onClick={() => save('pdf')}
            data-testid="report-save-pdf"
          >
            {t('export.savePdf')}
          </Button>
        </Flex>
      }
    >
      <ReportOptionsBar lang={lang} paper={paper} onLang={setLang} onPaper={setPaper} />
      <Flex gap={16} align="start">
        {draft && <ReportSettingsForm settings={draft} onChange={setDraft} />}
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
      </Flex>
    </Modal>
  );
}
