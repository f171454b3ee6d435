import type { ErrorData } from '../../shared/errors';
import { createTranslate } from '../../shared/i18n';
import { missingRolesOf } from '../../shared/missing-role';

/** The language a command line asks for with `--lang X` or `--lang=X` (null: none, or one the CLI does not speak). */
export function cliLanguage(argv: readonly string[]): 'en' | 'zh-CN' | null {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'zh-CN' || value === 'en' ? value : null;
}

/**
 * The message the CLI prints for an error: the service's, except a missing role in Chinese
 * (`--lang zh-CN`), which names the role in Chinese and says how to map it.
 */
export function cliErrorText(error: ErrorData, lang: 'en' | 'zh-CN' | null): string {
  const missing = missingRolesOf(error);
  if (!missing || missing.source || lang !== 'zh-CN') return error.message;
  return createTranslate(lang)('meanings.cli', { roles: missing.names[lang].join('、'), role: missing.roles[0] });
}
