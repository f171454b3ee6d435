import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnFacts } from '../../../../../src/main/engine/io/column-facts';
import { decimalText } from '../../../../../src/main/engine/io/decimal-text';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { suggestRoles } from '../../../../../src/main/engine/io/suggest-roles';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { floats, kinds } from '../../../../helpers/arrow';
import { repoRoot } from '../../../../helpers/paths';
import { rawColumn } from '../../../../helpers/raw-texts';

/** The corpus's decimal files: 10.00, 29.99, -0.70 and 1234567.89 as DECIMAL(12, 2). */
const bad = (name: string) => join(repoRoot, 'test', 'fixtures', 'bad', name);

describe('fixed-point decimals (Arrow Decimal64/128, Parquet DECIMAL)', () => {
  it.for(['arrow-decimal64.arrow', 'arrow-decimal128.arrow', 'parquet-decimal.parquet'])(
    '%s: the amounts are the decimals the file holds, typed as numbers, and suggested as the amount',
    async (name) => {
      const raw = await readTable(bad(name));
      expect(rawColumn(raw, 'amount').values()).toEqual(['10.00', '29.99', '-0.70', '1234567.89']);
      const typed = toTypedTable(raw);
      expect(kinds(typed)).toEqual({ customer_id: 'text', order_date: 'date', amount: 'decimal' });
      expect([...floats(typed.table, 'amount')]).toEqual([10, 29.99, -0.7, 1234567.89]);
      expect(suggestRoles(columnFacts(typed.raw, (i) => typed.columns[i].spec.kind))).toEqual({
        kind: 'transactions',
        why: { reason: 'idsRepeat', columns: ['customer_id'] },
        roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount' },
      });
    },
  );

  it('decimalText: any width and scale, negative numbers in two’s complement, past 2^53', () => {
    const words = (value: bigint, bits: number) => {
      const out = new Uint32Array(bits / 32);
      let x = BigInt.asUintN(bits, value);
      for (let w = 0; w < out.length; w++, x >>= 32n) out[w] = Number(x & 0xffffffffn);
      return out;
    };
    expect(decimalText(words(1000n, 128), 2)).toBe('10.00');
    expect(decimalText(words(5n, 64), 3)).toBe('0.005');
    expect(decimalText(words(-5n, 64), 3)).toBe('-0.005');
    expect(decimalText(words(-1234567n, 256), 2)).toBe('-12345.67');
    expect(decimalText(words(12n, 32), -3)).toBe('12000');
    expect(decimalText(words(123456789012345678901234567890n, 128), 10)).toBe('12345678901234567890.1234567890');
    expect(decimalText(words(-(2n ** 127n), 128), 0)).toBe('-170141183460469231731687303715884105728');
  });
});
