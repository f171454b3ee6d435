import { Dictionary, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { ColumnInfo } from '../../../shared/schemas';
import type { TextTable } from './from-csv';
import { inferColumnType, parseNumber } from './infer-column-type';

export interface ArrowBatch {
  rowCount: number;
  /** One self-contained Arrow IPC stream (schema, dictionaries, one record batch). */
  ipc: Uint8Array;
}

export const DEFAULT_BATCH_ROWS = 65536;

function typedVector(values: readonly string[], info: ColumnInfo): Vector {
  if (info.type === 'number') {
    return vectorFromArray(values.map((v) => (v.trim() === '' ? null : parseNumber(v))), new Float64());
  }
  return vectorFromArray(values.map((v) => (v === '' ? null : v)), new Dictionary(new Utf8(), new Int32()));
}

/** Types each column (number or text with nulls) and cuts the table into IPC batches. */
export function toArrowBatches(table: TextTable, batchRows = DEFAULT_BATCH_ROWS): { columns: ColumnInfo[]; batches: ArrowBatch[] } {
  const columns: ColumnInfo[] = table.names.map((name, c) => {
    const values = table.columns[c];
    let nullCount = 0;
    for (const v of values) if (v.trim() === '') nullCount++;
    return { name, type: inferColumnType(values), nullCount };
  });
  const batches: ArrowBatch[] = [];
  for (let start = 0; ; start += batchRows) {
    const end = Math.min(start + batchRows, table.rowCount);
    const vectors: Record<string, Vector> = {};
    columns.forEach((info, c) => {
      vectors[info.name] = typedVector(table.columns[c].slice(start, end), info);
    });
    batches.push({ rowCount: end - start, ipc: tableToIPC(new Table(vectors), 'stream') });
    if (end >= table.rowCount) break;
  }
  return { columns, batches };
}
