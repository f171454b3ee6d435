import { DEFAULT_REPORT_SETTINGS, reportSettingsSchema, type ReportSettings } from '../../shared/exports';
import { AppError } from '../../shared/errors';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';

/** What the user chose for a run's report; the defaults when nothing was kept (or what was kept no longer reads). */
export function readReportSettings(db: Db, runId: number): ReportSettings {
  const json = db.prepare('SELECT settings FROM run_reports WHERE run_id = ?').pluck().get(runId) as string | undefined;
  if (json === undefined) return DEFAULT_REPORT_SETTINGS;
  const parsed = reportSettingsSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : DEFAULT_REPORT_SETTINGS;
}

/** Keeps the report's title page and sections with the run, in one transaction. */
export function writeReportSettings(db: Db, runId: number, settings: ReportSettings): ReportSettings {
  const clean = reportSettingsSchema.parse(settings);
  return writeTransaction(db, () => {
    if (!db.prepare('SELECT 1 FROM runs WHERE id = ?').get(runId))
      throw new AppError('E_NOT_FOUND', `Run ${runId} does not exist`);
    db.prepare(
      'INSERT INTO run_reports (run_id, settings, updated_at) VALUES (?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at',
    ).run(runId, JSON.stringify(clean), new Date().toISOString());
    return clean;
  });
}
