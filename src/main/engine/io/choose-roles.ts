import { AppError } from '../../../shared/errors';
import { DATE_ROLES, NUMBER_ROLES, type Role, type RoleMapping } from '../../../shared/roles';
import type { TypedTable } from './to-typed-table';

/**
 * The roles of an import: the user's (all of them, as the wizard sends them; or some, as the
 * CLI's --map gives them, the others suggested on the columns the user left free), without
 * those the user said are not in the file (mapped to "").
 */
export function chooseRoles(
  suggested: RoleMapping,
  chosen: RoleMapping | undefined,
  suggestOthers: boolean,
): RoleMapping {
  if (!chosen) return suggested;
  const roles: RoleMapping = { ...chosen };
  if (suggestOthers) {
    const taken = new Set(Object.values(chosen));
    for (const [role, column] of Object.entries(suggested) as [Role, string][])
      if (roles[role] === undefined && !taken.has(column)) roles[role] = column;
  }
  for (const [role, column] of Object.entries(roles) as [Role, string][]) if (column === '') delete roles[role];
  return roles;
}

/**
 * A role the user mapped to a column of the wrong type (an amount to text, an order date to
 * numbers) is refused at import, naming the column and its type, rather than failing each run;
 * a suggested one (judged on a sample of values) is left unmapped. Wholly empty columns pass.
 */
export function checkRoleTypes(typed: TypedTable, roles: RoleMapping, chosen: RoleMapping): void {
  const wants = (role: Role) =>
    NUMBER_ROLES.includes(role) ? ['integer', 'decimal'] : DATE_ROLES.includes(role) ? ['date', 'datetime'] : null;
  for (const [role, name] of Object.entries(roles) as [Role, string][]) {
    const kinds = wants(role);
    const i = typed.columns.findIndex((c) => c.name === name);
    const column = typed.columns[i];
    if (
      !kinds ||
      !column ||
      kinds.includes(column.spec.kind) ||
      typed.table.getChildAt(i)!.nullCount === typed.table.numRows
    )
      continue;
    if (chosen[role] !== name) {
      delete roles[role];
      continue;
    }
    const needs = kinds[0] === 'integer' ? 'numbers' : 'dates';
    throw new AppError(
      'E_WRONG_COLUMN_TYPE',
      `The column "${name}" mapped to ${role} holds ${column.spec.kind} values, not ${needs}.`,
      { role, column: name, type: column.spec.kind, needs },
    );
  }
}
