import type { Table } from 'apache-arrow';
import { prepareDataset } from '../io/prepare-dataset';
import { readTable } from '../io/read-table';

/** A file of customers (CSV, XLSX … as the importer reads them), every row typed, none dropped. */
export async function readMatchTable(file: string): Promise<Table> {
  const raw = await readTable(file);
  return prepareDataset(raw, { now: Date.now(), fallbackCurrency: 'USD', allowMissingRoles: true }).parsed;
}
