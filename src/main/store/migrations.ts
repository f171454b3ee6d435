import type { Db } from './open-database';
import { migrateToV2 } from './migrate-to-v2';

/** 'SEGD' — written to SQLite's application_id header field so a workspace is recognisable from its first 100 bytes. */
export const APPLICATION_ID = 0x53454744;

export interface Migration {
  version: number;
  description: string;
  up(db: Db): void;
}

const SCHEMA_V1 = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE datasets (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  source_name  TEXT NOT NULL,
  row_count    INTEGER NOT NULL,
  columns_json TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;

-- Typed columns: each row is one Arrow IPC stream holding one record batch of the dataset.
CREATE TABLE dataset_batches (
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  row_count  INTEGER NOT NULL,
  ipc        BLOB NOT NULL,
  PRIMARY KEY (dataset_id, seq)
) STRICT;

CREATE TABLE runs (
  id             INTEGER PRIMARY KEY,
  dataset_id     INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  model          TEXT NOT NULL,
  spec_json      TEXT NOT NULL,
  status         TEXT NOT NULL,
  customer_count INTEGER NOT NULL DEFAULT 0,
  metrics_json   TEXT NOT NULL DEFAULT '{}',
  created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX runs_dataset ON runs(dataset_id);
`;

/**
 * A run keeps its spec (spec_json), what it found (result_json: segments, their summary, the
 * score bins and warnings) and its per-customer columns as one Arrow IPC stream in pieces,
 * like a dataset.
 */
const SCHEMA_V3 = `
ALTER TABLE runs ADD COLUMN result_json TEXT NOT NULL DEFAULT '{}';

CREATE TABLE run_chunks (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  bytes  BLOB NOT NULL,
  PRIMARY KEY (run_id, seq)
) STRICT;
`;

/** The user's own notes (what to do) per segment of a run, carried into exports. */
const SCHEMA_V4 = `
CREATE TABLE segment_notes (
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  segment_key TEXT NOT NULL,
  notes       TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (run_id, segment_key)
) STRICT;
`;

/** A run edited in place (a segment renamed, a rule changed) counts its revisions. */
const SCHEMA_V5 = `
ALTER TABLE runs ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
`;

/** A campaign's results (test against control per segment) kept with the run they were read against. */
const SCHEMA_V6 = `
CREATE TABLE run_campaigns (
  id         INTEGER PRIMARY KEY,
  run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  results    TEXT NOT NULL
) STRICT;
CREATE INDEX run_campaigns_run ON run_campaigns(run_id);
`;

/** What the user chose for a run's report (title, client, author, logo, sections), kept with the run. */
const SCHEMA_V7 = `
CREATE TABLE run_reports (
  run_id     INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  settings   TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;

/**
 * What was changed in a dataset after its import (a column's meaning, type or name; a calculated
 * column added), when: the dataset's import report lists it.
 */
const SCHEMA_V8 = `
CREATE TABLE dataset_changes (
  id         INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  at         TEXT NOT NULL,
  change     TEXT NOT NULL
) STRICT;

CREATE INDEX dataset_changes_dataset ON dataset_changes(dataset_id);
`;

/**
 * Cross-sell lists kept with their run (spec JSON, the customers' row numbers in the run's
 * members as little-endian Uint32), and per-dataset settings (the codes that are not products).
 */
const SCHEMA_V9 = `
CREATE TABLE run_lists (
  id         INTEGER PRIMARY KEY,
  run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  spec       TEXT NOT NULL,
  customers  INTEGER NOT NULL,
  members    BLOB NOT NULL
) STRICT;
CREATE INDEX run_lists_run ON run_lists(run_id);

CREATE TABLE dataset_settings (
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  PRIMARY KEY (dataset_id, key)
) STRICT;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'datasets, typed column batches, runs', up: (db) => db.exec(SCHEMA_V1) },
  {
    version: 2,
    description: 'one Arrow IPC stream per dataset in chunks; column specs; source settings',
    up: migrateToV2,
  },
  {
    version: 3,
    description: 'segmentation runs: spec, result and per-customer columns',
    up: (db) => db.exec(SCHEMA_V3),
  },
  { version: 4, description: "the user's notes per segment of a run (the playbook)", up: (db) => db.exec(SCHEMA_V4) },
  { version: 5, description: 'runs edited in place keep a revision number', up: (db) => db.exec(SCHEMA_V5) },
  {
    version: 6,
    description: 'campaign results kept with the run they were read against',
    up: (db) => db.exec(SCHEMA_V6),
  },
  {
    version: 7,
    description: "the report's title page and sections, kept with the run",
    up: (db) => db.exec(SCHEMA_V7),
  },
  {
    version: 8,
    description: 'changes to a dataset after its import (meanings, types, names, calculated columns)',
    up: (db) => db.exec(SCHEMA_V8),
  },
  {
    version: 9,
    description: 'cross-sell lists kept with their run; per-dataset settings (codes that are not products)',
    up: (db) => db.exec(SCHEMA_V9),
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the file's schema version, each in its own
 * transaction together with the version bump, so a failure leaves the previous version.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    version = migration.version;
  }
  return version;
}
