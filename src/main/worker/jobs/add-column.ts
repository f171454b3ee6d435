import {
  assertUnused,
  columnsUsedBy,
  type AddColumnRequest,
  type CalcDefinition,
  type CalcPreview,
} from '../../../shared/calc/calculated-column';
import type { DatasetChange } from '../../../shared/dataset-changes';
import { AppError } from '../../../shared/errors';
import type { DatasetInfo } from '../../../shared/schemas';
import { textsOf } from '../../engine/calc/calc-inputs';
import {
  calcColumnInfo,
  computeColumn,
  storedDefinition,
  withColumn,
  withoutColumn,
} from '../../engine/calc/compute-column';
import { giveRole } from '../../engine/calc/give-role';
import { replaceDatasetData } from '../../store/replace-dataset-data';
import { readDatasetInfo, readDatasetTable } from '../../store/read-dataset';
import { openWorkspaceConnection } from '../../store/open-workspace-connection';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';

export interface AddColumnInput {
  workspacePath: string;
  datasetId: number;
  request: AddColumnRequest;
}

export interface PreviewColumnInput {
  workspacePath: string;
  datasetId: number;
  definition: CalcDefinition;
  rows: number;
}

export interface DropColumnInput {
  workspacePath: string;
  datasetId: number;
  column: string;
}

/** The dialog's live preview: the first rows' inputs and values, and how many cells of all come out empty. Nothing is written. */
export async function previewColumn(input: PreviewColumnInput, ctx: JobContext): Promise<CalcPreview> {
  const { table, info } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
  const source = { table, columns: info.columns };
  const computed = computeColumn(source, input.definition);
  const rows = Math.min(input.rows, table.numRows);
  const values: (string | null)[] = [];
  for (let i = 0; i < rows; i++) {
    values.push(computed.data.getValid(i) ? String(valueAt(computed, i)) : null);
  }
  const inputs = columnsUsedBy(input.definition).map((name) => {
    const { codes, texts } = textsOf(source, name);
    return Array.from(codes.subarray(0, rows), (c) => (c < 0 ? null : texts[c]));
  });
  return {
    kind: computed.spec.kind,
    values,
    inputs,
    empty: computed.missing,
    rows: table.numRows,
    zeroDivisor: computed.zeroDivisor,
    day: computed.day,
  };
}

function valueAt(computed: ReturnType<typeof computeColumn>, i: number): unknown {
  const { data } = computed;
  if (data.dictionary) return data.dictionary.get((data.values as Int32Array)[i]);
  return (data.values as Float64Array)[i];
}

/**
 * Adds a calculated column to a dataset: computed over its rows, stored with the others, its
 * definition in the column's info, its meaning (role) given at once if asked — all in one
 * transaction with the changes recorded. Nothing is written when the definition is bad.
 */
export async function addColumn(input: AddColumnInput, ctx: JobContext): Promise<DatasetInfo> {
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const info = readDatasetInfo(db, input.datasetId);
    const { name, definition, role } = input.request;
    if (info.columns.some((c) => c.name === name))
      throw new AppError('E_COLUMN_EXISTS', `The dataset already has a column "${name}".`, { column: name });
    const table = readDatasetTable(db, input.datasetId);
    const computed = computeColumn({ table, columns: info.columns }, definition);
    const stored = storedDefinition(definition, computed);
    const changes: DatasetChange[] = [{ type: 'addColumn', column: name, definition: stored }];
    let roles = info.roles;
    if (role) {
      const given = giveRole(roles, info.kind, role, name, computed.spec.kind);
      roles = given.roles;
      changes.push(...given.changes);
    }
    ctx.throwIfCancelled();
    return await replaceDatasetData(db, input.datasetId, {
      table: withColumn(table, name, computed),
      columns: [...info.columns, calcColumnInfo(name, stored, computed)],
      quality: info.quality,
      roles,
      changes,
    });
  } finally {
    db.close();
  }
}

/** Removes a calculated column (not one another calculated column reads), with its meaning, in one transaction. */
export async function dropColumn(input: DropColumnInput, ctx: JobContext): Promise<DatasetInfo> {
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const info = readDatasetInfo(db, input.datasetId);
    const column = info.columns.find((c) => c.name === input.column);
    if (!column)
      throw new AppError('E_UNKNOWN_COLUMN', `The dataset has no column "${input.column}".`, { column: input.column });
    if (!column.calculated)
      throw new AppError(
        'E_NOT_CALCULATED',
        `"${input.column}" came from the file; only a calculated column can be removed.`,
        {
          column: input.column,
        },
      );
    assertUnused(info.columns, input.column);
    const changes: DatasetChange[] = [];
    const roles = { ...info.roles };
    for (const [role, name] of Object.entries(info.roles))
      if (name === input.column) {
        delete roles[role as keyof typeof roles];
        changes.push({ type: 'role', column: name, from: role as never, to: null });
      }
    changes.push({ type: 'dropColumn', column: input.column });
    const table = readDatasetTable(db, input.datasetId);
    return await replaceDatasetData(db, input.datasetId, {
      table: withoutColumn(table, input.column),
      columns: info.columns.filter((c) => c.name !== input.column),
      quality: info.quality,
      roles,
      changes,
    });
  } finally {
    db.close();
  }
}
