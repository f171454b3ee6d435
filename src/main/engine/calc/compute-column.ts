import { Field, type Data, type Table } from 'apache-arrow';
import type { CalcDefinition } from '../../../shared/calc/calculated-column';
import type { ColumnSpec } from '../../../shared/column-spec';
import type { ColumnInfo } from '../../../shared/schemas';
import { columnData, KIND_KEY, tableOf } from '../table/table-data';
import { labelData, numberData } from './calc-data';
import type { CalcSource } from './calc-inputs';
import { dateShape } from './date-shapes';
import { labelShape } from './label-shapes';
import { numberShape } from './number-shapes';

/** A calculated column's values over a table, as stored. */
export interface ComputedColumn {
  data: Data;
  spec: ColumnSpec;
  /** Cells that came out empty, of which `zeroDivisor` because a divisor was 0. */
  missing: number;
  zeroDivisor: number;
  /** The analysis day counted to (days to the analysis day), resolved. */
  day: string | null;
}

/**
 * Computes a calculated column over the source's rows: typed arrays in, one Arrow column out.
 * Throws E_UNKNOWN_COLUMN, E_CALC_WRONG_TYPE, E_DIVIDE_BY_ZERO, E_NO_EDGES or E_BAD_EDGES for a
 * definition that cannot be computed over these columns.
 */
export function computeColumn(source: CalcSource, definition: CalcDefinition): ComputedColumn {
  const d = definition;
  let result: Omit<ComputedColumn, 'missing'>;
  switch (d.shape) {
    case 'sum':
    case 'difference':
    case 'ratio':
    case 'times':
    case 'divide': {
      const { values, spec, zeroDivisor } = numberShape(source, d);
      result = { data: numberData(values), spec, zeroDivisor, day: null };
      break;
    }
    case 'daysBetween':
    case 'daysToAnalysis':
    case 'year': {
      const { values, spec, day } = dateShape(source, d);
      result = { data: numberData(values), spec, zeroDivisor: 0, day };
      break;
    }
    default: {
      const { codes, labels } = labelShape(source, d);
      result = { data: labelData(codes, labels, source.table), spec: { kind: 'category' }, zeroDivisor: 0, day: null };
    }
  }
  return { ...result, missing: result.data.nullCount };
}

/** The definition as stored: the analysis day resolved, so appended rows count to the same day. */
export function storedDefinition(definition: CalcDefinition, computed: ComputedColumn): CalcDefinition {
  return definition.shape === 'daysToAnalysis' ? { ...definition, day: computed.day } : definition;
}

/** The table with a column added at the end (or put in place of the one of that name). */
export function withColumn(table: Table, name: string, computed: ComputedColumn): Table {
  const field = new Field(name, computed.data.type, true, new Map([[KIND_KEY, computed.spec.kind]]));
  const fields = [...table.schema.fields];
  const children = fields.map((_, i) => columnData(table, i));
  const at = fields.findIndex((f) => f.name === name);
  if (at < 0) {
    fields.push(field);
    children.push(computed.data);
  } else {
    fields[at] = field;
    children[at] = computed.data;
  }
  return tableOf(fields, children, table.numRows);
}

/** The table without the named column. */
export function withoutColumn(table: Table, name: string): Table {
  const keep = table.schema.fields.map((f, i) => ({ f, i })).filter(({ f }) => f.name !== name);
  return tableOf(
    keep.map(({ f }) => f),
    keep.map(({ i }) => columnData(table, i)),
    table.numRows,
  );
}

/** The table without its calculated columns (as a file appended to it has them not). */
export function withoutCalculated(table: Table, columns: ColumnInfo[]): Table {
  return columns.filter((c) => c.calculated).reduce((t, c) => withoutColumn(t, c.name), table);
}

/** The column's info as the dataset keeps it. */
export function calcColumnInfo(name: string, definition: CalcDefinition, computed: ComputedColumn): ColumnInfo {
  return { name, spec: computed.spec, missing: computed.missing, unparsable: 0, calculated: definition };
}

/**
 * Every calculated column of a dataset computed again over its rows (after an append), in the
 * order they were added (a later one may read an earlier one).
 */
export function recomputeColumns(source: CalcSource): CalcSource {
  let { table, columns } = source;
  for (const c of source.columns) {
    if (!c.calculated) continue;
    const computed = computeColumn({ table, columns }, c.calculated);
    table = withColumn(table, c.name, computed);
    columns = columns.map((x) => (x.name === c.name ? calcColumnInfo(c.name, c.calculated!, computed) : x));
  }
  return { table, columns };
}
