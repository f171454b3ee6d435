import { AppError } from '../../shared/errors';
import { SUMMARY_AGGREGATES_KEY, type SummaryAggregates } from '../engine/summary/summary-aggregates';
import { readDatasetSetting } from '../store/dataset-settings';
import { openDatabase } from '../store/open-database';
import type { WorkerConfig } from './protocol';

const isRows = (v: unknown): v is number[][] =>
  Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every((x) => typeof x === 'number'));

/**
 * The aggregates kept with a dataset summarised per customer (read-only connection); E_SUMMARY_NOT_SUPPORTED
 * for a summary made before they were kept (import the file again to get them).
 */
export function readSummaryAggregates(
  workspacePath: string,
  datasetId: number,
  config: WorkerConfig,
): SummaryAggregates {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: config.nativeBinding });
  try {
    const value = readDatasetSetting(db, datasetId, SUMMARY_AGGREGATES_KEY) as Partial<SummaryAggregates> | undefined;
    if (value && isRows(value.months) && isRows(value.hours) && isRows(value.days))
      return { months: value.months, hours: value.hours, days: value.days };
    throw new AppError(
      'E_SUMMARY_NOT_SUPPORTED',
      'This dataset was summarised per customer before SegmentDesk kept its months and days: import the file again (summarised) to see its Overview and CLV.',
      { datasetId },
    );
  } finally {
    db.close();
  }
}
