import { AppError } from '../../../../shared/errors';
import type { SegmentSummaryRow } from '../segment-summary';
import type { MemberField } from './member-fields';

const tooLarge = (what: string, value: number, details: Record<string, unknown>) =>
  new AppError(
    'E_OUT_OF_RANGE',
    `${what} is ${value}: beyond the largest number a computer can hold (about 1.8 × 10^308). Import the data again with total_out_of_range dropped (the default), or check the amounts.`,
    { ...details, value: String(value) },
  );

/**
 * A run never stores a non-finite figure: a customer's value or a segment's total past the
 * largest double (infinite) is refused with E_OUT_OF_RANGE, naming it. NaN stays: no value.
 */
export function assertFinite(ids: readonly string[], fields: readonly MemberField[], rows: SegmentSummaryRow[]): void {
  for (const { name, values } of fields) {
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === Infinity || v === -Infinity)
        throw tooLarge(`The ${name} of customer ${ids[c]}`, v, { field: name, customer: ids[c] });
    }
  }
  for (const row of rows) {
    for (const field of ['orders', 'revenue'] as const) {
      const v = row[field];
      if (v === Infinity || v === -Infinity)
        throw tooLarge(`The ${field} of ${row.segment < 0 ? 'all customers' : `segment ${row.segment + 1}`}`, v, {
          field,
          segment: row.segment,
        });
    }
  }
}
