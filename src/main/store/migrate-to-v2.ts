import {
  Dictionary,
  Field,
  Float64,
  Int32,
  Schema,
  Table,
  Utf8,
  makeData,
  RecordBatch,
  Struct,
  tableFromIPC,
  vectorFromArray,
  type Data,
} from 'apache-arrow';
import type { Db } from './open-database';
import { toChunksSync } from './dataset-ipc';

const DEFAULT_SOURCE = {
  format: 'csv',
  compression: null,
  encoding: 'utf-8',
  delimiter: ',',
  header: true,
  sheet: null,
};

/**
 * Schema 2: a dataset is one Arrow IPC stream (dictionaries written once) stored in chunks,
 * and each column carries its full type spec. Datasets of schema 1 (one self-contained
 * stream per 65,536-row batch, columns typed number/text) are rewritten in place.
 */
export function migrateToV2(db: Db): void {
  db.exec(`
    ALTER TABLE datasets ADD COLUMN source_json TEXT NOT NULL DEFAULT '${JSON.stringify(DEFAULT_SOURCE)}';
    ALTER TABLE datasets ADD COLUMN kind TEXT NOT NULL DEFAULT 'transactions';
    ALTER TABLE datasets ADD COLUMN roles_json TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE datasets ADD COLUMN quality_json TEXT NOT NULL DEFAULT '{"rowsRead":0,"rowsKept":0,"issues":[]}';
    ALTER TABLE datasets ADD COLUMN currency TEXT NOT NULL DEFAULT 'USD';
    ALTER TABLE datasets ADD COLUMN customers_dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL;
    CREATE TABLE dataset_chunks (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      seq        INTEGER NOT NULL,
      bytes      BLOB NOT NULL,
      PRIMARY KEY (dataset_id, seq)
    ) STRICT;
  `);
  const datasets = db.prepare('SELECT id, columns_json FROM datasets ORDER BY id').all() as {
    id: number;
    columns_json: string;
  }[];
  const batches = db.prepare('SELECT ipc FROM dataset_batches WHERE dataset_id = ? ORDER BY seq').pluck();
  const insert = db.prepare('INSERT INTO dataset_chunks (dataset_id, seq, bytes) VALUES (?, ?, ?)');
  const update = db.prepare('UPDATE datasets SET columns_json = ?, quality_json = ? WHERE id = ?');
  for (const { id, columns_json } of datasets) {
    const old = JSON.parse(columns_json) as { name: string; type: 'number' | 'text'; nullCount: number }[];
    const values: unknown[][] = old.map(() => []);
    for (const ipc of batches.all(id) as Buffer[]) {
      const t = tableFromIPC(ipc);
      old.forEach((c, i) => {
        const v = t.getChild(c.name);
        for (let r = 0; r < t.numRows; r++) values[i].push(v?.get(r) ?? null);
      });
    }
    const fields: Field[] = [];
    const children: Data[] = [];
    const columns = old.map((c, i) => {
      const numeric = c.type === 'number';
      const integer = numeric && values[i].every((v) => v === null || Number.isInteger(v));
      const kind = numeric ? (integer ? 'integer' : 'decimal') : 'text';
      const vector = numeric
        ? vectorFromArray(values[i] as (number | null)[], new Float64())
        : vectorFromArray(values[i] as (string | null)[], new Dictionary(new Utf8(), new Int32()));
      const data = vector.data[0] ?? makeData({ type: vector.type, length: 0 } as never);
      fields.push(new Field(c.name, data.type, true, new Map([['segdesk.kind', kind]])));
      children.push(data);
      const spec = numeric ? { kind, number: { decimal: '.', percent: false, currency: null } } : { kind };
      return { name: c.name, spec, missing: c.nullCount, unparsable: 0 };
    });
    const length = values[0]?.length ?? 0;
    const table = new Table([
      new RecordBatch(new Schema(fields), makeData({ type: new Struct(fields), length, nullCount: 0, children })),
    ]);
    toChunksSync(table).forEach((bytes, seq) => insert.run(id, seq, bytes));
    update.run(JSON.stringify(columns), JSON.stringify({ rowsRead: length, rowsKept: length, issues: [] }), id);
  }
  db.exec('DROP TABLE dataset_batches');
}
