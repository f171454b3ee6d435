import type { Table } from 'apache-arrow';
import type { TypedTable } from '../../src/main/engine/io/to-typed-table';

/** Column kinds by name. */
export const kinds = (t: TypedTable) => Object.fromEntries(t.columns.map((c) => [c.name, c.spec.kind]));
/** A number or date column's values (NaN for nulls). */
export const floats = (t: Table, name: string) => t.getChild(name)!.toArray() as Float64Array;
/** Sum of the non-null values. */
export const sum = (a: Float64Array) => a.reduce((s, v) => (Number.isNaN(v) ? s : s + v), 0);
