import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion, type Migration } from '../../../../src/main/store/migrations';
import { tempDir } from '../../../helpers/paths';

describe('migrate', () => {
  it('brings a new database to the current schema', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['dataset_batches', 'datasets', 'meta', 'runs']);
  });

  it('applies only the migrations newer than the file, in order', () => {
    const file = join(tempDir(), 'old.segdesk');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    const applied: number[] = [];
    const later: Migration[] = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, description: 'segment notes', up: (d) => (applied.push(2), d.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)')) },
      { version: 3, description: 'colours', up: (d) => (applied.push(3), d.exec('ALTER TABLE notes ADD COLUMN colour TEXT')) },
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
});
