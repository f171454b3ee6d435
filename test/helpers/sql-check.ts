import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import type { WorkspaceService } from '../../src/main/workspace/workspace-service';
import type { SqlDialect } from '../../src/shared/sql-export';
import { tempDir } from './paths';
import { startPostgres, type ThrowawayPostgres } from './postgres';
import { createTestService, type TestService } from './service';
import { duckdbSegments, loadPostgres, postgresSegments, type CsvTable } from './sql-engines';

/** Customer id → segment key of a run, as the app stored it. */
export function appSegments(service: WorkspaceService, runId: number): Map<string, string> {
  const { result } = service.runDetails(runId);
  const members = service.runMembers(runId);
  const ids = members.getChild('customerId')!;
  const segments = members.getChild('segment')!;
  const out = new Map<string, string>();
  for (let i = 0; i < members.numRows; i++) out.set(String(ids.get(i)), result.segments[Number(segments.get(i))].key);
  return out;
}

/** The customers whose segment differs (or who are missing on one side), at most `limit` of them. */
export function differences(app: Map<string, string>, sql: Map<string, string>, limit = 10) {
  const out: { id: string; app: string | undefined; sql: string | undefined }[] = [];
  for (const id of new Set([...app.keys(), ...sql.keys()])) {
    if (app.get(id) !== sql.get(id)) out.push({ id, app: app.get(id), sql: sql.get(id) });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Exports a run as SQL in a dialect and runs it on the engine over the table: each customer's
 * segment by the SQL beside the app's, and the differences.
 */
export async function sqlAgainstApp(
  service: WorkspaceService,
  runId: number,
  dialect: Extract<SqlDialect, 'duckdb' | 'postgres'>,
  table: CsvTable,
  dir: string,
  client: pg.Client | null,
  columns: Record<string, string> = {},
) {
  const file = join(dir, `run-${runId}-${dialect}.sql`);
  await service.exportSqlTo(runId, { dialect, table: table.name, columns, lang: 'en' }, file);
  const sql = readFileSync(file, 'utf8');
  const bySql = dialect === 'duckdb' ? await duckdbSegments(table, sql) : await postgresSegments(client!, sql);
  const byApp = appSegments(service, runId);
  return { app: byApp, sql: bySql, differences: differences(byApp, bySql), text: sql };
}

/** A workspace with the table's file imported, and a PostgreSQL server with the table loaded: what the SQL tests run on. */
export interface SqlBench {
  t: TestService;
  server: ThrowawayPostgres;
  dir: string;
  datasetId: number;
  /** The run as SQL on DuckDB and on PostgreSQL over `table` (by default the one imported), each against the app. */
  onBothEngines(
    runId: number,
    table?: CsvTable,
    columns?: Record<string, string>,
  ): Promise<(Awaited<ReturnType<typeof sqlAgainstApp>> & { dialect: string })[]>;
  stop(): Promise<void>;
}

export async function sqlBench(
  table: CsvTable,
  importOptions?: Parameters<WorkspaceService['importFile']>[1],
  prepare?: (dir: string) => void,
): Promise<SqlBench> {
  const [t, server] = [createTestService(), await startPostgres()];
  const dir = tempDir('segdesk-sql-');
  prepare?.(dir);
  await t.service.createAt(join(dir, 'sql.segdesk'));
  const [dataset] = await Promise.all([
    t.service.importFile(table.file, importOptions),
    loadPostgres(server.client, table),
  ]);
  return {
    t,
    server,
    dir,
    datasetId: dataset.id,
    async onBothEngines(runId, on = table, columns = {}) {
      const checks = [];
      for (const dialect of ['duckdb', 'postgres'] as const)
        checks.push({ dialect, ...(await sqlAgainstApp(t.service, runId, dialect, on, dir, server.client, columns)) });
      return checks;
    },
    async stop() {
      await t.service.dispose();
      await server.stop();
    },
  };
}
