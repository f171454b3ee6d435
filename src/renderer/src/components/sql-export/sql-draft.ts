import { SQL_ROLES, type SqlDialect, type SqlExport } from '../../../../shared/sql-export';
import type { Role } from '../../../../shared/roles';
import type { DatasetInfo, Language } from '../../../../shared/schemas';

/** A column the SQL reads: its role, and its name in the dataset (the default for the client's table). */
export interface SqlColumn {
  role: Role;
  column: string;
}

/** What the SQL dialog holds: the engine, the client's table and its column for each role. */
export interface SqlDraft {
  datasetId: number;
  dialect: SqlDialect;
  table: string;
  columns: Partial<Record<Role, string>>;
}

/** The roles the SQL reads that the dataset has, with its column for each (a summary's: the order file's). */
export function sqlColumns(dataset: DatasetInfo): SqlColumn[] {
  const roles = dataset.source.summarised?.roles ?? dataset.roles;
  return SQL_ROLES.flatMap((role) => (roles[role] ? [{ role, column: roles[role] }] : []));
}

/** A table name to start from: the dataset's, as a plain identifier (letters, digits, `_`). */
export const defaultTable = (dataset: DatasetInfo): string =>
  dataset.name
    .trim()
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/^_+|_+$/g, '') || 'orders';

/** The dialog's first state for a dataset: its name as the table, its own column names. */
export function sqlDraftFor(dataset: DatasetInfo, dialect: SqlDialect): SqlDraft {
  const columns = Object.fromEntries(sqlColumns(dataset).map((c) => [c.role, c.column]));
  return { datasetId: dataset.id, dialect, table: defaultTable(dataset), columns };
}

/** The table's name or a column's, as sent: trimmed; null when nothing is left. */
const named = (text: string | undefined) => text?.trim() || null;

/**
 * The export's options from the draft, or null while a name is missing: the columns named
 * otherwise than in the dataset (the others the export takes from the dataset), the segment
 * names in `lang`.
 */
export function sqlOptions(draft: SqlDraft, dataset: DatasetInfo, lang: Language): SqlExport | null {
  const table = named(draft.table);
  const columns: SqlExport['columns'] = {};
  for (const { role, column } of sqlColumns(dataset)) {
    const typed = draft.columns[role] ?? column;
    if (typed === column) continue;
    const name = named(typed);
    if (!name) return null;
    if (name !== column) columns[role] = name;
  }
  return table ? { dialect: draft.dialect, table, columns, lang } : null;
}
