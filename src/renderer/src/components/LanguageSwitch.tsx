import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas';

export function LanguageSwitch({ value, onChange }: { value: Language; onChange(lang: Language): void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('common.language')}
      data-testid="language-switch"
      value={value}
      onChange={onChange}
      prefix={<GlobalOutlined />}
      style={{ width: 140 }}
      options={[
        { value: 'en', label: 'English' },
        { value: 'zh-CN', label: '简体中文' },
      ]}
    />
  );
}
