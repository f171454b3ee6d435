import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryByteStream } from '../../../../../src/main/engine/io/open-byte-stream';
import { readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { inferColumn } from '../../../../../src/main/engine/io/types/infer-column';
import { parseNumber } from '../../../../../src/main/engine/io/types/parse-number';
import { csvText, neutralizeFormula } from '../../../../../src/main/engine/report/csv-text';
import { floats } from '../../../../helpers/arrow';
import { texts } from '../../../../helpers/raw-texts';

/** Property runs are seeded: a failure names its seed and path, and CI runs the same cases. */
const RUNS = { seed: 20261125, numRuns: 150 };

/** Cell text built from the characters CSV gets wrong: the delimiter, quotes, both line ends, spaces, tabs, CJK. */
const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    '7',
    '.',
    ',',
    ';',
    '"',
    "'",
    '\n',
    '\r',
    '\r\n',
    ' ',
    '\t',
    '中',
    '文',
    'é',
    '😀',
    '=',
  ),
  maxLength: 12,
});
const numberText = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toFixed(2)),
);
const cell = fc.oneof({ weight: 3, arbitrary: tricky }, { weight: 1, arbitrary: numberText });

/** A table: unique header names, then rows whose first cell is never empty (an empty one-cell row is a blank line). */
const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    names: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_ ,"]{0,8}[a-z0-9]$/), {
      minLength: width,
      maxLength: width,
      selector: (s) => s.trim(),
    }),
    rows: fc.array(
      fc
        .tuple(
          fc.stringMatching(/^[A-Z][A-Za-z0-9,"\n ]{0,6}$/),
          fc.array(cell, { minLength: width - 1, maxLength: width - 1 }),
        )
        .map(([first, rest]) => [first, ...rest]),
      { minLength: 1, maxLength: 25 },
    ),
  }),
);

/** What a cell reads back as: our writer defuses formulas (a leading apostrophe); an empty cell is missing. */
const readBack = (text: string): string | null => (text === '' ? null : neutralizeFormula(text));

describe('CSV round trip (fast-check)', () => {
  it('any table written by our CSV writer reads back cell for cell: quotes, delimiters and line breaks inside cells', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ names, rows }) => {
        const bytes = Buffer.from(csvText([names, ...rows], ','), 'utf8');
        const raw = await readDelimited(memoryByteStream(bytes), { delimiter: ',', header: true, skipRows: 0 });
        expect(raw.names).toEqual(names.map((n) => n.trim()));
        expect(raw.rowCount).toBe(rows.length);
        expect(raw.shortRows.count + raw.longRows.count).toBe(0);
        raw.columns.forEach((column, c) => {
          const dictionary = texts(column);
          const values = dictionary.values();
          const got = Array.from(dictionary.finishCodes(), (code) => (code < 0 ? null : values[code]));
          expect(got).toEqual(rows.map((row) => readBack(row[c])));
        });
      }),
      RUNS,
    );
  });

  it('the same with semicolons and tabs as delimiters', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(';', '\t'), async ({ names, rows }, delimiter) => {
        const raw = await readDelimited(memoryByteStream(Buffer.from(csvText([names, ...rows], delimiter), 'utf8')), {
          delimiter: delimiter as ';',
          header: true,
          skipRows: 0,
        });
        expect(raw.rowCount).toBe(rows.length);
        raw.columns.forEach((column, c) => {
          const dictionary = texts(column);
          const values = dictionary.values();
          expect(Array.from(dictionary.finishCodes(), (code) => (code < 0 ? null : values[code]))).toEqual(
            rows.map((row) => readBack(row[c])),
          );
        });
      }),
      RUNS,
    );
  });
});

describe('type inference (fast-check)', () => {
  const kindOf = (name: string, values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return inferColumn(name, [...counts.keys()], [...counts.values()]);
  };

  it('whole numbers (not zero-padded) are integers and parse to themselves; one word among them makes the column not a number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -999_999, max: 999_999 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('N/A', 'unknown', 'abc'),
        (ints, word) => {
          const values = ints.map(String);
          const spec = kindOf('amount', values);
          if (spec.kind !== 'integer') throw new Error(`${spec.kind}, not integer`);
          for (const v of values) expect(parseNumber(v, spec.number)).toBe(Number(v));
          expect(['integer', 'decimal']).not.toContain(kindOf('amount', [...values, word]).kind);
        },
      ),
      RUNS,
    );
  });

  it('numbers with two decimals, some not whole, are decimals and parse exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 60 }),
        (cents) => {
          const values = [...cents, 1].map((c) => (c / 100).toFixed(2).replace(/^-0\.00$/, '0.00'));
          values.push('0.5');
          const spec = kindOf('price', values);
          if (spec.kind !== 'decimal') throw new Error(`${spec.kind}, not decimal`);
          for (const v of values) expect(parseNumber(v, spec.number)).toBe(Number(v));
        },
      ),
      RUNS,
    );
  });

  it('ISO days are dates and ISO moments datetimes (all-midnight moments are days); read through the whole import they keep their UTC instant', async () => {
    const day = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 11, 31) })
      .map((ms) => new Date(ms - (ms % 1000)));
    await fc.assert(
      fc.asyncProperty(fc.array(day, { minLength: 2, maxLength: 40 }), fc.boolean(), async (moments, withTime) => {
        const text = (d: Date) =>
          withTime ? d.toISOString().slice(0, 19).replace('T', ' ') : d.toISOString().slice(0, 10);
        const values = moments.map(text);
        // Times that are all midnight are days written long (Excel does): a date column.
        const timed = withTime && moments.some((d) => d.getTime() % 86_400_000 !== 0);
        expect(kindOf('order_date', values).kind).toBe(timed ? 'datetime' : 'date');
        const csv = Buffer.from(`id,order_date\n${values.map((v, i) => `C${i},${v}`).join('\n')}\n`);
        const typed = toTypedTable(await readDelimited(memoryByteStream(csv)));
        const expected = moments.map((d) => Date.parse(`${text(d).replace(' ', 'T')}Z`));
        expect(Array.from(floats(typed.table, 'order_date'))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('digit strings with a leading zero stay ids (their zeros are kept), whatever else the column holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[1-9]\d{0,9}$/), { minLength: 0, maxLength: 30 }),
        fc.stringMatching(/^0\d{1,9}$/),
        (plain, padded) => {
          expect(kindOf('customer_id', [...plain, padded]).kind).toBe('id');
        },
      ),
      RUNS,
    );
  });
});
