import { AppError } from '../../../shared/errors';
import type { CalcDefinition } from '../../../shared/calc/calculated-column';
import type { ColumnSpec } from '../../../shared/column-spec';
import { inputColumn, numbersOf, type CalcSource } from './calc-inputs';

type NumberShape = Extract<CalcDefinition, { shape: 'sum' | 'difference' | 'ratio' | 'times' | 'divide' }>;

export interface NumberValues {
  values: Float64Array;
  spec: ColumnSpec;
  /** Cells left empty because the divisor was 0. */
  zeroDivisor: number;
}

/** The number format of the result: the first input's (its currency), integer when every part is. */
function specOf(source: CalcSource, names: string[], integer: boolean): ColumnSpec {
  const first = inputColumn(source, names[0], 'number').info.spec;
  const number =
    'number' in first ? { ...first.number, percent: false } : { decimal: '.' as const, percent: false, currency: null };
  const all = integer && names.every((n) => inputColumn(source, n, 'number').info.spec.kind === 'integer');
  return { kind: all ? 'integer' : 'decimal', number };
}

/** Sum, difference, ratio, times or divided by a constant: an empty part gives an empty cell. */
export function numberShape(source: CalcSource, d: NumberShape): NumberValues {
  const n = source.table.numRows;
  const out = new Float64Array(n);
  let zeroDivisor = 0;
  if (d.shape === 'sum') {
    const parts = d.columns.map((c) => numbersOf(source, c, 'number'));
    for (const p of parts) for (let i = 0; i < n; i++) out[i] += p[i];
    return { values: out, spec: specOf(source, d.columns, true), zeroDivisor };
  }
  if (d.shape === 'difference' || d.shape === 'ratio') {
    const a = numbersOf(source, d.a, 'number');
    const b = numbersOf(source, d.b, 'number');
    if (d.shape === 'difference') {
      for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
      return { values: out, spec: specOf(source, [d.a, d.b], true), zeroDivisor };
    }
    for (let i = 0; i < n; i++) {
      if (b[i] === 0) {
        out[i] = Number.NaN;
        if (a[i] === a[i]) zeroDivisor++;
      } else out[i] = a[i] / b[i];
    }
    return {
      values: out,
      spec: { kind: 'decimal', number: { decimal: '.', percent: false, currency: null } },
      zeroDivisor,
    };
  }
  const a = numbersOf(source, d.column, 'number');
  if (d.shape === 'divide' && d.divisor === 0)
    throw new AppError('E_DIVIDE_BY_ZERO', `"${d.column}" cannot be divided by 0.`, { column: d.column });
  const factor = d.shape === 'times' ? d.factor : 1 / d.divisor;
  for (let i = 0; i < n; i++) out[i] = d.shape === 'times' ? a[i] * d.factor : a[i] / d.divisor;
  return { values: out, spec: specOf(source, [d.column], Number.isInteger(factor)), zeroDivisor };
}
