import type { DatasetChange } from '../../../shared/dataset-changes';
import { AppError } from '../../../shared/errors';
import {
  DATE_ROLES,
  NUMBER_ROLES,
  rolesFor,
  type DatasetKind,
  type Role,
  type RoleMapping,
} from '../../../shared/roles';
import type { ColumnKind } from '../../../shared/column-spec';

/**
 * A dataset's roles with `role` given to a new column (taken from the column that had it), and
 * the role changes to record. E_BAD_SPEC for a role this kind of dataset has not;
 * E_WRONG_COLUMN_TYPE when the column does not hold what the role needs.
 */
export function giveRole(
  roles: RoleMapping,
  kind: DatasetKind,
  role: Role,
  column: string,
  columnKind: ColumnKind,
): { roles: RoleMapping; changes: DatasetChange[] } {
  if (!rolesFor(kind).includes(role))
    throw new AppError('E_BAD_SPEC', `A ${kind} dataset has no role "${role}".`, { role, kind });
  const needs = NUMBER_ROLES.includes(role)
    ? ['integer', 'decimal']
    : DATE_ROLES.includes(role)
      ? ['date', 'datetime']
      : null;
  if (needs && !needs.includes(columnKind))
    throw new AppError(
      'E_WRONG_COLUMN_TYPE',
      `The column "${column}" holds ${columnKind} values; ${role} needs ${needs[0] === 'integer' ? 'numbers' : 'dates'}.`,
      {
        role,
        column,
        type: columnKind,
      },
    );
  const changes: DatasetChange[] = [];
  const before = roles[role];
  if (before && before !== column) changes.push({ type: 'role', column: before, from: role, to: null });
  changes.push({ type: 'role', column, from: null, to: role });
  return { roles: { ...roles, [role]: column }, changes };
}
