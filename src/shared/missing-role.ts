import { AppError } from './errors';
import { messages } from './i18n';
import type { Role } from './roles';
import type { Language } from './schemas';

/** The roles' names for people in a UI language ("Customer ID", "客户 ID"), as the import wizard shows them. */
export function roleNames(roles: readonly string[], lang: Language): string[] {
  const names = messages[lang].roles as Record<string, string>;
  return roles.map((r) => names[r] ?? r);
}

/** What an E_MISSING_ROLE error carries: the roles, and their names in both UI languages. */
export interface MissingRoleDetails {
  roles: Role[];
  names: Record<Language, string[]>;
  /** The dataset that lacks them, when the service knows it (the place to map them). */
  datasetId?: number;
  /** Set when the columns are missing from a campaign results file (not a dataset's meanings), or no column of a file says who the customer is (matchFile). */
  source?: 'campaignFile' | 'matchFile';
  /** matchFile: the file's columns. */
  columns?: string[];
}

export function missingRoleDetails(roles: readonly Role[]): MissingRoleDetails {
  return { roles: [...roles], names: { en: roleNames(roles, 'en'), 'zh-CN': roleNames(roles, 'zh-CN') } };
}

/**
 * E_MISSING_ROLE for a dataset without columns meaning `roles`: the message (after `lead`, when
 * a sentence says what needed them) names them in words — "Map a column to: Customer ID." —
 * and the details carry the roles with their names in both languages.
 */
export function missingRoleError(roles: readonly Role[], lead = ''): AppError {
  const words = `Map a column to: ${roleNames(roles, 'en').join(', ')}.`;
  return new AppError('E_MISSING_ROLE', lead ? `${lead} ${words}` : words, missingRoleDetails(roles));
}

/** The columns a campaign results file must have, named in both languages (customer id, group, responded, revenue). */
export function campaignColumnDetails(role: string): MissingRoleDetails {
  const name = (lang: Language) => (messages[lang].meanings.campaignColumns as Record<string, string>)[role] ?? role;
  return { roles: [role as Role], names: { en: [name('en')], 'zh-CN': [name('zh-CN')] }, source: 'campaignFile' };
}

/** A file (suppression list, campaign results) with no column that says who the customer is: a customer id, e-mail or phone, and the columns it has. */
export function matchColumnDetails(columns: readonly string[]): MissingRoleDetails {
  return { ...missingRoleDetails(['customerId', 'email', 'phone']), source: 'matchFile', columns: [...columns] };
}

/** The roles an error says are missing, when it is an E_MISSING_ROLE of a dataset's roles. */
export function missingRolesOf(err: unknown): MissingRoleDetails | null {
  const e = err as { code?: unknown; details?: Partial<MissingRoleDetails> } | null;
  if (e?.code !== 'E_MISSING_ROLE' || !Array.isArray(e.details?.roles) || !e.details.names) return null;
  return e.details as MissingRoleDetails;
}
