import { AppError } from '../../../shared/errors';
import { rowLabel } from '../../../shared/compare';
import { createTranslate } from '../../../shared/i18n';
import type { Language } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { csvText, encodeText, type Cell } from '../../engine/report/csv-text';
import type { Move } from '../../../shared/compare';
import type { JobContext } from '../protocol';
import { compareRuns } from './compare-runs';
import { loadRun } from './load-run';

export interface ExportMovesInput {
  workspacePath: string;
  fromRunId: number;
  toRunId: number;
  /** A first-run segment key, or "(new)". */
  row: string;
  move: Move | null;
  lang: Language;
}

/**
 * The customers of one row of a comparison's matrix, all of them or those that moved one way, as
 * CSV bytes (UTF-8 with BOM): id, segment before and after, the move. The caller writes them.
 */
export async function exportMoves(
  input: ExportMovesInput,
  ctx: JobContext,
): Promise<{ bytes: Uint8Array; rows: number }> {
  const { fromRunId, toRunId, row, move, lang } = input;
  const { migration } = await compareRuns(input, ctx);
  const r = migration.rows.indexOf(row);
  if (r < 0)
    throw new AppError('E_NOT_FOUND', `Run ${fromRunId} has no segment "${row}".`, { row, rows: migration.rows });
  const ref = { workspacePath: input.workspacePath, now: 0 };
  const [from, to] = [loadRun({ ...ref, runId: fromRunId }, ctx), loadRun({ ...ref, runId: toRunId }, ctx)];
  const t = createTranslate(lang);
  const name = (key: string, result: RunResult) => rowLabel(key, result.segments, lang, (k) => t(k));
  const { ids, row: rows, col, move: moves } = migration.customers;
  const header = ['customerId', 'before', 'after', 'move'].map((k) => t(`exportFiles.movesHeader.${k}`));
  const lines: Cell[][] = [header];
  ids.forEach((id, i) => {
    if (rows[i] === r && (move === null || moves[i] === move))
      lines.push([id, name(migration.rows[rows[i]], from.result), name(migration.cols[col[i]], to.result), moves[i]]);
  });
  ctx.throwIfCancelled();
  return { bytes: encodeText(csvText(lines, ','), 'utf8').bytes, rows: lines.length - 1 };
}
