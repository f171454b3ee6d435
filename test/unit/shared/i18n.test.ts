import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/errors';
import { createTranslate, languageForLocale, messages } from '../../../src/shared/i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('i18n', () => {
  it('has the same keys in zh-CN and en, none empty', () => {
    expect(keys(messages['zh-CN']).sort()).toEqual(keys(messages.en).sort());
    for (const lang of ['en', 'zh-CN'] as const) {
      const t = createTranslate(lang);
      for (const key of keys(messages[lang])) expect(t(key).trim(), key).not.toBe('');
    }
  });

  it('has a message for every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(messages.en.errors).toHaveProperty(code);
      expect(messages['zh-CN'].errors).toHaveProperty(code);
    }
  });

  it('keeps the same placeholders in both languages, and fills them', () => {
    const raw = (tree: object, key: string) =>
      key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], tree) as string;
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of keys(messages.en)) {
      expect(placeholders(raw(messages['zh-CN'], key)), key).toEqual(placeholders(raw(messages.en, key)));
    }
    expect(createTranslate('en')('data.deleteTitle', { name: 'Orders' })).toBe('Delete dataset “Orders”?');
    expect(createTranslate('zh-CN')('data.deleteTitle', { name: '订单' })).toBe('删除数据集“订单”？');
  });

  it('picks the UI language from the OS locale', () => {
    expect(languageForLocale('zh-CN')).toBe('zh-CN');
    expect(languageForLocale('zh-TW')).toBe('zh-CN');
    expect(languageForLocale('en-US')).toBe('en');
    expect(languageForLocale('de')).toBe('en');
  });

  it('falls back to the key for an unknown key', () => {
    expect(createTranslate('en')('no.such.key')).toBe('no.such.key');
  });
});
