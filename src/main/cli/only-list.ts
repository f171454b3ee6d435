import { AppError } from '../../shared/errors';
import type { MembersExport } from '../../shared/exports';

/** The lists `--only` names on the command line, and the members export's name for each. */
const ONLY_LISTS: Readonly<Record<string, NonNullable<MembersExport['only']>>> = { 'churn-risk': 'churnRisk' };

/**
 * `--only churn-risk` → the members export's `only` list; E_USAGE for a list there is not, or for
 * an export that is not of members (`forMembers` false: a summary, a report).
 */
export function onlyList(text: string | undefined, forMembers: boolean): MembersExport['only'] {
  if (text === undefined) return undefined;
  if (!forMembers)
    throw new AppError('E_USAGE', '--only picks members: use it with --format csv or xlsx, without --summary');
  const only = Object.hasOwn(ONLY_LISTS, text) ? ONLY_LISTS[text] : undefined;
  if (!only) throw new AppError('E_USAGE', `--only takes ${Object.keys(ONLY_LISTS).join(', ')}, got "${text}"`);
  return only;
}
