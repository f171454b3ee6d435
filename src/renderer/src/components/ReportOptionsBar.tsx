import { Flex, Select, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas';

/** The report's language and paper size, above its preview. */
export function ReportOptionsBar({
  lang,
  paper,
  onLang,
  onPaper,
}: {
  lang: Language;
  paper: 'a4' | 'letter';
  onLang(lang: Language): void;
  onPaper(paper: 'a4' | 'letter'): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
      <span>
        <label htmlFor={`${id}-lang`}>{t('export.language')}</label>{' '}
        <Select
          id={`${id}-lang`}
          style={{ width: 120 }}
          value={lang}
          onChange={onLang}
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
          onChange={onPaper}
          options={[
            { value: 'a4', label: 'A4' },
            { value: 'letter', label: 'Letter' },
          ]}
          data-testid="report-paper"
        />
      </span>
      <Typography.Text type="secondary">{t('export.previewHint')}</Typography.Text>
    </Flex>
  );
}
