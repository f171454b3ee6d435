import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Dictionary, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { fromChunks } from '../../../../src/main/store/dataset-ipc';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion, type Migration } from '../../../../src/main/store/migrations';
import { tempDir } from '../../../helpers/paths';

describe('migrate', () => {
  it('brings a new database to the current schema', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'dataset_changes',
      'dataset_chunks',
      'dataset_settings',
      'datasets',
      'meta',
      'run_campaigns',
      'run_chunks',
      'run_lists',
      'run_reports',
      'runs',
      'segment_notes',
    ]);
  });

  it('applies only the migrations newer than the file, in order', () => {
    const file = join(tempDir(), 'old.segdesk');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    const applied: number[] = [];
    const later: Migration[] = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        description: 'segment notes',
        up: (d) => (applied.push(2), d.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)')),
      },
      {
        version: 3,
        description: 'colours',
        up: (d) => (applied.push(3), d.exec('ALTER TABLE notes ADD COLUMN colour TEXT')),
      },
    ];
    expect(migrate(db, later)).toBe(3);
    expect(applied).toEqual([2, 3]);
    expect(migrate(db, later)).toBe(3);
    expect(applied).toEqual([2, 3]);
  });

  it('rolls a failing migration back and keeps the previous version', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const broken: Migration[] = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        description: 'half done',
        up: (d) => {
          d.exec('CREATE TABLE half (x INTEGER)');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('disk full');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('rewrites schema-1 datasets (one stream per batch, number/text columns) into schema 2', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const batch = (ids: (string | null)[], amounts: (number | null)[]) =>
      tableToIPC(
        new Table({
          customer: vectorFromArray(ids, new Dictionary(new Utf8(), new Int32())),
          amount: vectorFromArray(amounts, new Float64()),
        }),
        'stream',
      );
    db.prepare(
      "INSERT INTO datasets (id, name, source_name, row_count, columns_json, created_at) VALUES (1, 'orders', 'o.csv', 5, ?, '2026-01-01T00:00:00Z')",
    ).run(
      JSON.stringify([
        { name: 'customer', type: 'text', nullCount: 1 },
        { name: 'amount', type: 'number', nullCount: 1 },
      ]),
    );
    const insert = db.prepare('INSERT INTO dataset_batches (dataset_id, seq, row_count, ipc) VALUES (1, ?, ?, ?)');
    insert.run(0, 3, batch(['A', 'B', 'A'], [1.5, 2, null]));
    insert.run(1, 2, batch([null, 'C'], [4, 5]));

    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    const chunks = db
      .prepare('SELECT bytes FROM dataset_chunks WHERE dataset_id = 1 ORDER BY seq')
      .pluck()
      .all() as Buffer[];
    const table = fromChunks(chunks);
    expect(table.numRows).toBe(5);
    expect([...table.getChild('customer')!].map(String)).toEqual(['A', 'B', 'A', 'null', 'C']);
    expect([...table.getChild('amount')!]).toEqual([1.5, 2, null, 4, 5]);
    expect(table.schema.fields.map((f) => f.metadata.get('segdesk.kind'))).toEqual(['text', 'decimal']);
    const row = db.prepare('SELECT columns_json, source_json FROM datasets WHERE id = 1').get() as {
      columns_json: string;
      source_json: string;
    };
    expect(JSON.parse(row.columns_json)).toEqual([
      { name: 'customer', spec: { kind: 'text' }, missing: 1, unparsable: 0 },
      {
        name: 'amount',
        spec: { kind: 'decimal', number: { decimal: '.', percent: false, currency: null } },
        missing: 1,
        unparsable: 0,
      },
    ]);
    expect(JSON.parse(row.source_json)).toEqual({
      format: 'csv',
      compression: null,
      encoding: 'utf-8',
      delimiter: ',',
      header: true,
      sheet: null,
    });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'dataset_batches'").pluck().get()).toBe(0);
  });
});
