import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas';

/** The UI language as the data's bilingual names are keyed (segment names, feature names, playbooks). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
