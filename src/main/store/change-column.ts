import type { Table } from 'apache-arrow';
import type { ColumnChange } from '../../shared/column-change';
import type { ColumnKind } from '../../shared/column-spec';
import type { DatasetChange } from '../../shared/dataset-changes';
import { AppError } from '../../shared/errors';
import { DATE_ROLES, NUMBER_ROLES, rolesFor, type Role, type RoleMapping } from '../../shared/roles';
import type { ColumnInfo, DatasetInfo } from '../../shared/schemas';
import { renameColumn, retypeColumn } from '../engine/table/retype-column';
import { recordDatasetChange } from './dataset-changes';
import { toChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { readDatasetInfo, readDatasetTable } from './read-dataset';
import { writeTransaction } from './storage-error';

/** What a change writes: the new columns and roles, the re-encoded rows when they changed, and the changes to record. */
interface Rewrite {
  columns: ColumnInfo[];
  roles: RoleMapping;
  table: Table | null;
  changes: DatasetChange[];
}

const NUMBER_KINDS: readonly ColumnKind[] = ['integer', 'decimal'];
const DATE_KINDS: readonly ColumnKind[] = ['date', 'datetime'];

/** E_WRONG_COLUMN_TYPE when a role cannot be held by a column of this type (an amount needs numbers, a date dates). */
function checkFits(role: Role, column: string, kind: ColumnKind): void {
  const needs = NUMBER_ROLES.includes(role) ? NUMBER_KINDS : DATE_ROLES.includes(role) ? DATE_KINDS : null;
  if (needs && !needs.includes(kind))
    throw new AppError(
      'E_WRONG_COLUMN_TYPE',
      `"${column}" holds ${kind} values; ${role} needs ${needs === NUMBER_KINDS ? 'numbers' : 'dates'}. Change the column's type first, or choose another column.`,
      { column, role, kind },
    );
}

const rolesOf = (roles: RoleMapping, column: string): Role[] =>
  (Object.keys(roles) as Role[]).filter((r) => roles[r] === column);

function roleChange(info: DatasetInfo, column: string, role: Role | null): Rewrite {
  if (role !== null && !rolesFor(info.kind).includes(role))
    throw new AppError(
      'E_ROLE_NOT_FOR_KIND',
      `A ${info.kind} dataset has no role "${role}". Its roles: ${rolesFor(info.kind).join(', ')}.`,
      { role, kind: info.kind, roles: [...rolesFor(info.kind)] },
    );
  const spec = info.columns.find((c) => c.name === column)!.spec;
  if (role) checkFits(role, column, spec.kind);
  const held = rolesOf(info.roles, column);
  const roles: RoleMapping = { ...info.roles };
  for (const r of held) delete roles[r];
  const changes: DatasetChange[] = [];
  const before = role ? info.roles[role] : undefined;
  if (role) roles[role] = column;
  if (before && before !== column) changes.push({ type: 'role', column: before, from: role, to: null });
  if ((held.length === 1 && held[0] === role) || (role === null && held.length === 0))
    return { columns: info.columns, roles: info.roles, table: null, changes: [] };
  changes.unshift({ type: 'role', column, from: held[0] ?? null, to: role });
  return { columns: info.columns, roles, table: null, changes };
}

function typeChange(db: Db, info: DatasetInfo, index: number, kind: ColumnKind): Rewrite {
  const column = info.columns[index];
  if (column.spec.kind === kind) return { columns: info.columns, roles: info.roles, table: null, changes: [] };
  for (const role of rolesOf(info.roles, column.name)) checkFits(role, column.name, kind);
  const retyped = retypeColumn(readDatasetTable(db, info.id), index, kind);
  if (retyped.unreadable.count > 0)
    throw new AppError(
      'E_TYPE_UNREADABLE',
      `${retyped.unreadable.count} values of "${column.name}" cannot be read as ${kind}, for example "${retyped.unreadable.example}". Nothing was changed.`,
      { column: column.name, kind, count: retyped.unreadable.count, example: retyped.unreadable.example },
    );
  const columns = info.columns.map((c, i) =>
    i === index ? { name: c.name, spec: retyped.spec, missing: retyped.missing, unparsable: 0 } : c,
  );
  const changes: DatasetChange[] = [{ type: 'columnType', column: column.name, from: column.spec.kind, to: kind }];
  return { columns, roles: info.roles, table: retyped.table, changes };
}

function nameChange(db: Db, info: DatasetInfo, index: number, name: string): Rewrite {
  const from = info.columns[index].name;
  if (name === from) return { columns: info.columns, roles: info.roles, table: null, changes: [] };
  if (info.columns.some((c) => c.name === name))
    throw new AppError('E_COLUMN_EXISTS', `"${info.name}" already has a column named "${name}".`, { column: name });
  const roles = Object.fromEntries(
    Object.entries(info.roles).map(([role, column]) => [role, column === from ? name : column]),
  ) as RoleMapping;
  const columns = info.columns.map((c, i) => (i === index ? { ...c, name } : c));
  const table = renameColumn(readDatasetTable(db, info.id), index, name);
  return { columns, roles, table, changes: [{ type: 'rename', from, to: name }] };
}

/**
 * Changes one column of a dataset after its import — what it means, its type (the stored values
 * typed anew) or its name — and records the change, all in one transaction. Refuses (changing
 * nothing) an unknown column, a role the dataset's kind has not, a role the column's type cannot
 * hold, a type some values cannot be read as, a name already taken.
 */
export async function changeColumn(db: Db, datasetId: number, change: ColumnChange): Promise<DatasetInfo> {
  const info = readDatasetInfo(db, datasetId);
  const index = info.columns.findIndex((c) => c.name === change.column);
  if (index < 0)
    throw new AppError(
      'E_UNKNOWN_COLUMN',
      `"${info.name}" has no column "${change.column}". Its columns: ${info.columns.map((c) => c.name).join(', ')}.`,
      { column: change.column, columns: info.columns.map((c) => c.name) },
    );
  const rewrite =
    change.type === 'role'
      ? roleChange(info, change.column, change.role)
      : change.type === 'columnType'
        ? typeChange(db, info, index, change.kind)
        : nameChange(db, info, index, change.name.trim());
  if (rewrite.changes.length === 0) return info;
  const chunks = rewrite.table ? await toChunks(rewrite.table) : null;
  return writeTransaction(db, () => {
    if (chunks) {
      db.prepare('DELETE FROM dataset_chunks WHERE dataset_id = ?').run(datasetId);
      const insert = db.prepare('INSERT INTO dataset_chunks (dataset_id, seq, bytes) VALUES (?, ?, ?)');
      chunks.forEach((bytes, seq) => insert.run(datasetId, seq, bytes));
    }
    db.prepare('UPDATE datasets SET columns_json = ?, roles_json = ? WHERE id = ?').run(
      JSON.stringify(rewrite.columns),
      JSON.stringify(rewrite.roles),
      datasetId,
    );
    for (const c of rewrite.changes) recordDatasetChange(db, datasetId, c);
    return readDatasetInfo(db, datasetId);
  });
}
