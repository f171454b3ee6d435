import { FilePdfOutlined, Html5Outlined } from '@ant-design/icons';
import { Button, Flex, Modal, Select, Spin, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOptions } from '../../../shared/exports';
import type { Language } from '../../../shared/schemas';
import { call, newJobId } from '../api';

interface Props {
  open: boolean;
  runId: number;
  onCancel(): void;
  onSave(format: 'html' | 'pdf', options: ReportOptions): void;
  onError(err: unknown): void;
}

/** The report previewed as it will print (in a sandboxed frame: no scripts, no requests), then saved as PDF or HTML. */
export function ReportDialog({ open, runId, onCancel, onSave, onError }: Props) {
  const { t, i18n } = useTranslation();
  const uiLang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const id = useId();
  const [lang, setLang] = useState<Language>(uiLang);
  // Each time it opens, the report starts in the UI's language.
  useEffect(() => {
    if (open) setLang(uiLang);
  }, [open]);
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const jobId = newJobId();
    setHtml(null);
    call('report:preview', { runId, options: { lang, paper }, jobId })
      .then((r) => live && setHtml(r.html))
      .catch((err: unknown) => live && (err as { code?: string }).code !== 'E_CANCELLED' && onError(err));
    // A preview no longer wanted (another language or paper, the dialog closed) is cancelled in the worker.
    return () => {
      live = false;
      void call('job:cancel', { jobId }).catch(() => undefined);
    };
  }, [open, runId, lang, paper]);

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
