import { GlobalOutlined } from '@ant-design/icons';
import { App, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas';

/**
 * The UI language. Switching closes the toasts on screen: they were written in the language they
 * were shown in, and an English "Undo" would otherwise linger over the Chinese page.
 */
export function LanguageSwitch({ value, onChange }: { value: Language; onChange(lang: Language): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Select
      aria-label={t('common.language')}
      data-testid="language-switch"
      value={value}
      onChange={(lang: Language) => {
        message.destroy();
        onChange(lang);
      }}
      prefix={<GlobalOutlined />}
      style={{ width: 140 }}
      options={[
        { value: 'en', label: 'English' },
        { value: 'zh-CN', label: '简体中文' },
      ]}
    />
  );
}
