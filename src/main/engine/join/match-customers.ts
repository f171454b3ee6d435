import type { Table } from 'apache-arrow';
import type { JoinStats } from '../../../shared/explore';
import { columnArrays, type Utf8Buffers } from '../table/column-arrays';

const decoder = new TextDecoder();
const text = (d: Utf8Buffers, e: number) => decoder.decode(d.bytes.subarray(d.offsets[e], d.offsets[e + 1]));

export interface CustomerMatch {
  stats: JoinStats;
  /** For every transaction, the row of its customer in the customers table, or -1. */
  customerRow: Int32Array;
}

/**
 * Joins transactions to customers on their (normalised) customer id columns: each distinct
 * id is looked up once, then every transaction gets its customer's row.
 */
export function matchCustomers(
  transactions: Table,
  txIdColumn: string,
  customers: Table,
  customerIdColumn: string,
): CustomerMatch {
  const tx = columnArrays(
    transactions,
    transactions.schema.fields.findIndex((f) => f.name === txIdColumn),
  );
  const cu = columnArrays(
    customers,
    customers.schema.fields.findIndex((f) => f.name === customerIdColumn),
  );
  if (tx.type !== 'dictionary' || cu.type !== 'dictionary') throw new Error('customer id columns must be id columns');
  const rowById = new Map<string, number>();
  for (let r = 0; r < cu.codes.length; r++) {
    const code = cu.codes[r];
    if (code < 0) continue;
    const id = text(cu.dictionary, code);
    if (!rowById.has(id)) rowById.set(id, r);
  }
  const rowOfEntry = new Int32Array(tx.dictionary.size);
  for (let e = 0; e < tx.dictionary.size; e++) rowOfEntry[e] = rowById.get(text(tx.dictionary, e)) ?? -1;
  const customerRow = new Int32Array(tx.codes.length);
  const seen = new Uint8Array(customers.numRows);
  let matched = 0;
  const unmatched = new Set<string>();
  for (let i = 0; i < tx.codes.length; i++) {
    const code = tx.codes[i];
    const row = code < 0 ? -1 : rowOfEntry[code];
    customerRow[i] = row;
    if (row >= 0) {
      matched++;
      seen[row] = 1;
    } else if (code >= 0 && unmatched.size < 3) unmatched.add(text(tx.dictionary, code));
  }
  let customersWithTransactions = 0;
  for (let r = 0; r < seen.length; r++) customersWithTransactions += seen[r];
  return {
    customerRow,
    stats: {
      transactions: tx.codes.length,
      matchedTransactions: matched,
      customers: rowById.size,
      customersWithTransactions,
      unmatchedExamples: [...unmatched],
    },
  };
}
