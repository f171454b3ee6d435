import type { Comparison, Migration, PeriodKpis } from '../../../shared/compare';
import { DAY_MS } from '../features/customer-features';

const day = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** A migration and its KPIs as the Compare page and the report show them: the matrix, the moves in all and per row, the periods as days. */
export function comparisonOf(migration: Migration, kpis: PeriodKpis | null): Comparison {
  const zero = () => ({ up: 0, down: 0, stayed: 0, new: 0, gone: 0 });
  const moves = zero();
  const movesByRow = migration.rows.map(zero);
  migration.customers.move.forEach((m, i) => {
    moves[m]++;
    movesByRow[migration.customers.row[i]][m]++;
  });
  return {
    rows: migration.rows,
    cols: migration.cols,
    counts: migration.counts,
    moves,
    movesByRow,
    periods: kpis
      ? { before: [day(kpis.before[0]), day(kpis.before[1])], after: [day(kpis.after[0]), day(kpis.after[1])] }
      : null,
    kpis: kpis?.kpis ?? [],
  };
}
