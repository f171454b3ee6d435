import { describe, expect, it } from 'vitest';
import { ParsedColumn } from '../../../../../src/main/engine/io/parsed-column';
import { parseDate } from '../../../../../src/main/engine/io/types/parse-date';
import { parseNumber } from '../../../../../src/main/engine/io/types/parse-number';

function fill(mode: 'number' | 'ymd', cells: string[]): { column: ParsedColumn; refused: string[] } {
  const column = new ParsedColumn(mode, 4);
  const refused: string[] = [];
  for (const cell of cells) {
    const bytes = Buffer.from(cell);
    if (!column.add(bytes, 0, bytes.length)) refused.push(cell);
  }
  return { column, refused };
}

const PLAIN = { decimal: '.', percent: false, currency: null } as const;

describe('ParsedColumn', () => {
  it('reads plain numbers exactly as parseNumber does, and rebuilds each cell’s text', () => {
    const cells = [
      '0',
      '17850',
      '-3',
      '+5',
      '827.04',
      '0.1',
      '.5',
      '5.',
      '2.50',
      '-0.0',
      '123456789012345',
      '99999.99999',
      '007.5',
      '-05',
      '',
    ];
    const { column, refused } = fill('number', cells);
    expect(refused).toEqual([]);
    const values = column.finishValues();
    cells.forEach((cell, i) => {
      expect(Object.is(values[i], cell === '' ? Number.NaN : parseNumber(cell, PLAIN)), cell).toBe(true);
      expect(column.text(i)).toBe(cell === '' ? null : cell);
    });
    expect(column.integer).toBe(false);
    expect(column.plainIntegers).toBe(false);
  });

  it('refuses what the general inference could read otherwise: zero-padded or long digit strings, spaces, separators, exponents', () => {
    const cells = ['0001', '1234567890123456', ' 5', '5 ', '1,234', '1e5', '¥5', '5%', '--5', '.', '-', '1.2.3', 'N/A'];
    expect(fill('number', cells).refused).toEqual(cells);
  });

  it('knows whole numbers and plain integer spellings (for ids)', () => {
    const ints = fill('number', ['17850', '-3', '0', '12']).column;
    expect([ints.integer, ints.plainIntegers, ints.spec()]).toEqual([true, true, { kind: 'integer', number: PLAIN }]);
    const written = fill('number', ['17850.0', '12']).column;
    expect([written.integer, written.plainIntegers]).toEqual([true, false]);
  });

  it('reads ISO dates and datetimes exactly as parseDate does (UTC), and rebuilds each cell’s text', () => {
    const cells = [
      '2024-03-05',
      '2024/3/5',
      '2024.03.5',
      '2024-02-29',
      '2010-12-01 08:26:00',
      '2010-12-01T8:26',
      '2020-02-01 00:14:15.5',
      '2020-02-01 23:59:59.123Z',
      '',
    ];
    const { column, refused } = fill('ymd', cells);
    expect(refused).toEqual([]);
    const values = column.finishValues();
    const format = { pattern: 'ymd', hasTime: true, ambiguous: false } as const;
    cells.forEach((cell, i) => {
      expect(values[i], cell).toBe(cell === '' ? Number.NaN : parseDate(cell, format));
      expect(column.text(i)).toBe(cell === '' ? null : cell);
    });
    expect(new Date(values[4]).toISOString()).toBe('2010-12-01T08:26:00.000Z');
    expect(column.spec()).toEqual({ kind: 'datetime', date: { pattern: 'ymd', hasTime: true, ambiguous: false } });
    expect(fill('ymd', ['2024-03-05', '2024-03-06']).column.spec().kind).toBe('date');
  });

  it('refuses dates that do not exist and other shapes', () => {
    const cells = [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-03-05 24:00',
      '2024-03-05 10:61',
      '05-03-2024',
      '20240305',
      '2024-03-05 10:00:00.1234',
      '0099-01-01',
      ' 2024-03-05',
    ];
    expect(fill('ymd', cells).refused).toEqual(cells);
  });

  it('turns back into the exact cell texts when a later cell does not fit', () => {
    const { column } = fill('number', ['1.50', '', '+7', '2']);
    const texts = column.toDictionary();
    expect(texts.values()).toEqual(['1.50', '+7', '2']);
    expect([...texts.finishCodes()]).toEqual([0, -1, 1, 2]);
  });

  it('counts its empty cells, also across a part read on another thread', () => {
    const { column } = fill('number', ['1', '', '2', '']);
    const { column: later } = fill('number', ['', '3']);
    column.append(ParsedColumn.fromState(structuredClone(later.state())));
    expect([column.length, column.nulls]).toEqual([6, 3]);
    expect(Array.from(column.finishValues(), (v) => Number.isNaN(v)).filter(Boolean)).toHaveLength(3);
  });
});
