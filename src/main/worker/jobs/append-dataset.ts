import { basename } from 'node:path';
import type { ColumnKind } from '../../../shared/column-spec';
import { AppError } from '../../../shared/errors';
import type { ImportSettings } from '../../../shared/import-settings';
import type { Policies } from '../../../shared/quality';
import type { DatasetInfo } from '../../../shared/schemas';
import { tableBytes } from '../../engine/io/import-limits';
import { prepareDataset } from '../../engine/io/prepare-dataset';
import { readSource } from './read-source';
import { newRows } from '../../engine/join/overlap-rows';
import { FLAGS_COLUMN } from '../../engine/quality/with-flags';
import { concatTables } from '../../engine/table/concat-tables';
import { recomputeColumns, withoutCalculated } from '../../engine/calc/compute-column';
import { selectRows } from '../../engine/table/select-rows';
import { columnData, tableOf } from '../../engine/table/table-data';
import { replaceDatasetData } from '../../store/replace-dataset-data';
import { readDatasetInfo, readDatasetTable } from '../../store/read-dataset';
import { openWorkspaceConnection } from '../../store/open-workspace-connection';
import type { JobContext } from '../protocol';

export interface AppendDatasetInput {
  workspacePath: string;
  filePath: string;
  datasetId: number;
  /** Read overrides (encoding, delimiter, header, sheet); types, roles and policies are the dataset's. */
  settings: ImportSettings;
  now: number;
  fallbackCurrency: string;
}

/**
 * Appends a newer export (next month's file) to a transactions dataset with the same
 * mapping: rows already present are counted as overlap, not doubled, so a history builds up
 * period by period. All in one transaction.
 */
export async function appendDataset(input: AppendDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const info = readDatasetInfo(db, input.datasetId);
    if (info.kind !== 'transactions')
      throw new AppError('E_NOT_APPENDABLE', 'Only a transactions dataset can take a newer export.');
    const sourceName = basename(input.filePath);
    // The dataset appended to is loaded beside the new rows: the two are held to one import's budget.
    const held = tableBytes(info.rowCount, info.columns.length, 0);
    const raw = await readSource(input.filePath, input.settings, ctx, 0.5, undefined, held);
    // Calculated columns are not in the file: they are computed again over the combined rows.
    const names = info.columns.filter((c) => !c.calculated).map((c) => c.name);
    const missing = names.filter((n) => !raw.names.includes(n));
    const extra = raw.names.filter((n) => !names.includes(n));
    if (missing.length || extra.length)
      throw new AppError(
        'E_COLUMNS_DIFFER',
        `Columns differ: missing ${missing.join(', ') || '—'}; extra ${extra.join(', ') || '—'}.`,
        { missing, extra },
      );
    ctx.progress(0.5, { key: 'importTyping', params: { rows: raw.rowCount } });
    const types = Object.fromEntries(info.columns.map((c) => [c.name, c.spec.kind])) as Record<string, ColumnKind>;
    const policies = Object.fromEntries(info.quality.issues.map((i) => [i.code, i.policy])) as Policies;
    const prepared = prepareDataset(raw, {
      types,
      kind: info.kind,
      // Roles of calculated columns are not the file's to check.
      roles: Object.fromEntries(Object.entries(info.roles).filter(([, c]) => names.includes(c))),
      policies,
      now: input.now,
      fallbackCurrency: input.fallbackCurrency,
      checkpoint: () => ctx.throwIfCancelled(),
    });
    const existing = withoutCalculated(readDatasetTable(db, input.datasetId), info.columns);
    // The new rows in the dataset's column order (the file may order them differently).
    const order = existing.schema.fields.map((f) => prepared.table.schema.fields.findIndex((g) => g.name === f.name));
    const incoming = tableOf(
      order.map((i) => prepared.table.schema.fields[i]),
      order.map((i) => columnData(prepared.table, i)),
      prepared.table.numRows,
    );
    const { add, overlap } = newRows(
      existing,
      incoming,
      info.roles.orderId,
      names.filter((n) => n !== FLAGS_COLUMN),
    );
    ctx.throwIfCancelled();
    const joined = concatTables(existing, selectRows(incoming, add));
    const rowsAdded = joined.numRows - existing.numRows;
    const read = info.columns
      .filter((c) => !c.calculated)
      .map((c, i) => ({ ...c, missing: joined.getChildAt(i)!.nullCount }));
    const { table: combined, columns } = recomputeColumns({
      table: joined,
      columns: [...read, ...info.columns.filter((c) => c.calculated)],
    });
    const quality = {
      ...info.quality,
      appended: [
        ...(info.quality.appended ?? []),
        {
          sourceName,
          rowsRead: raw.rowCount,
          rowsKept: prepared.quality.rowsKept,
          overlap,
          rowsAdded,
          issues: prepared.quality.issues,
          at: new Date(input.now).toISOString(),
        },
      ],
    };
    ctx.progress(0.8, { key: 'importWriting', params: { rows: combined.numRows } });
    return await replaceDatasetData(db, input.datasetId, { table: combined, columns, quality }, () =>
      ctx.throwIfCancelled(),
    );
  } finally {
    db.close();
  }
}
