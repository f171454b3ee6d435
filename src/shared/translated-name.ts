import { createTranslate } from './i18n';
import type { Language } from './schemas';
import type { SegmentName } from './segment-name';

/** A message's parameter: the same in both languages, or a name of its own in each. */
type Param = string | number | SegmentName;

/** A message of the dictionaries in both UI languages, as segment and run names are kept. */
export function translatedName(key: string, params: Record<string, Param> = {}): SegmentName {
  const inLanguage = (lang: Language) =>
    createTranslate(lang)(
      key,
      Object.fromEntries(Object.entries(params).map(([name, v]) => [name, typeof v === 'object' ? v[lang] : v])),
    );
  return { en: inLanguage('en'), 'zh-CN': inLanguage('zh-CN') };
}
