import { AppError } from '../../shared/errors';
import type { MembersExport } from '../../shared/exports';

/** The lists `--only` names on the command line, and the members export's name for each. */
const ONLY_LISTS: Readonly<Record<string, NonNullable<MembersExport['only']>>> = { 'churn-risk': 'churnRisk' };

/** `--only churn-risk` → the members export's `only` list (E_USAGE for a list there is not). */
export function onlyList(text: string | undefined): MembersExport['only'] {
  if (text === undefined) return undefined;
  const only = Object.hasOwn(ONLY_LISTS, text) ? ONLY_LISTS[text] : undefined;
  if (!only) throw new AppError('E_USAGE', `--only takes ${Object.keys(ONLY_LISTS).join(', ')}, got "${text}"`);
  return only;
}
