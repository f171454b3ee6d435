import type { Table } from 'apache-arrow';
import { ParsedColumn } from '../io/parsed-column';
import type { RawTable } from '../io/raw-table';
import { integerIds } from '../table/column-arrays';
import { allDistinct } from '../table/float-codes';
import { columnData } from '../table/table-data';

/** Some dictionary column, or id column of numbers, has no empty cell and a different value on every row. */
function hasUniqueColumn(table: Table): boolean {
  const full = (i: number) => columnData(table, i).nullCount === 0 && table.numRows > 0;
  const fields = table.schema.fields.map((_, i) => i);
  return (
    fields.some((i) => {
      const data = columnData(table, i);
      return data.dictionary !== undefined && full(i) && data.dictionary.length === data.length;
    }) ||
    fields.some((i) => {
      const numbers = full(i) ? integerIds(table, i) : null;
      return numbers !== null && allDistinct(numbers);
    })
  );
}

/**
 * Calls back for every row that repeats an earlier row cell for cell: compared on the raw
 * cells (dictionary codes of the texts; for parsed columns the value and how it was written,
 * which together are the text). Row hashes are folded column by column, then rows go into one
 * open-addressing table (row numbers + 1; 0 = empty) with no allocation per row.
 */
function findDuplicates(raw: RawTable, onDuplicate: (row: number) => void): void {
  const n = raw.rowCount;
  const hashes = new Int32Array(n).fill(0x811c9dc5 | 0);
  const same: ((a: number, b: number) => boolean)[] = [];
  for (const column of raw.columns) {
    if (column instanceof ParsedColumn) {
      const values = column.finishValues();
      const words = new Int32Array(values.buffer, values.byteOffset, n * 2);
      const forms = column.finishForms();
      for (let r = 0; r < n; r++) {
        let h = Math.imul(hashes[r] ^ words[2 * r], 0x01000193);
        h = Math.imul(h ^ words[2 * r + 1], 0x01000193);
        hashes[r] = Math.imul(h ^ forms[r], 0x01000193);
      }
      same.push(
        (a, b) => words[2 * a] === words[2 * b] && words[2 * a + 1] === words[2 * b + 1] && forms[a] === forms[b],
      );
    } else {
      const codes = column.finishCodes();
      for (let r = 0; r < n; r++) hashes[r] = Math.imul(hashes[r] ^ codes[r], 0x01000193);
      same.push((a, b) => codes[a] === codes[b]);
    }
  }
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let r = 0; r < n; r++) {
    let h = hashes[r];
    h ^= h >>> 15;
    let slot = h & mask;
    for (;;) {
      const other = slots[slot] - 1;
      if (other < 0) {
        slots[slot] = r + 1;
        break;
      }
      if (hashes[other] === hashes[r] && same.every((eq) => eq(other, r))) {
        onDuplicate(r);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * Calls back for every row that repeats an earlier row cell for cell, unless some column holds a
 * different value on every row (an order line number, say), so that no two rows can be the same.
 */
export function findDuplicateRows(table: Table, raw: RawTable, onDuplicate: (row: number) => void): void {
  if (!hasUniqueColumn(table)) findDuplicates(raw, onDuplicate);
}
