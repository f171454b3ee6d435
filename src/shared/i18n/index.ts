import type { Language } from '../schemas';
import { en, type Messages } from './en';
import { zhCN } from './zh-CN';

export const messages: Record<Language, Messages> = { en, 'zh-CN': zhCN };

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The UI language for an OS locale when the user has not chosen one. */
export function languageForLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A small translator for the main process (menu, dialogs); the renderer uses i18next on the same messages. */
export function createTranslate(language: Language): Translate {
  return (key, params) => {
    const text = lookup(messages[language], key) ?? lookup(messages.en, key) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
}
