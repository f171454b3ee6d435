import Database from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS, migrate } from '../../src/main/store/migrations';

/** A workspace file as a build of schema `version` wrote it (its meta rows made 2026-01-02), to be migrated on open. */
export function writeOldWorkspace(file: string, version: number): void {
  const db = new Database(file);
  db.pragma('page_size = 65536');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, MIGRATIONS.slice(0, version));
  db.prepare(
    "INSERT INTO meta (key, value) VALUES ('app', 'segmentdesk'), ('created_at', '2026-01-02T03:04:05.000Z')",
  ).run();
  db.close();
}
