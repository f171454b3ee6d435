import { describe, expect, it } from 'vitest';
import { sheetParts, XLSX_MAX_ROWS } from '../../../../../src/main/engine/report/sheet-parts';
import type { Sheet } from '../../../../../src/main/engine/report/xlsx-book';

/** A sheet whose rows must not be read while it is being split. */
const unread = (name: string): Sheet => ({
  name,
  header: ['id'],
  kinds: ['text'],
  rows: {
    [Symbol.iterator]: () => {
      throw new Error('rows read while splitting');
    },
  },
});

describe('sheetParts', () => {
  it('holds Excel’s 1,048,576 rows a sheet, header included: 1,048,575 members fit one sheet, one more takes two', () => {
    expect(XLSX_MAX_ROWS).toBe(2 ** 20);
    const whole = unread('Champions');
    expect(sheetParts(whole, 1_048_575, 'en')).toEqual([whole]);
    expect(() => sheetParts(unread('Champions'), 1_048_576, 'en')).toThrow('rows read while splitting');
  });

  it('splits at the limit into parts named in the export’s language, within 31 characters, each with the header, every row once', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`C${i}`]);
    const sheet: Sheet = { name: 'Champions', header: ['id'], kinds: ['text'], rows };
    const parts = sheetParts(sheet, 7, 'en', 4);
    expect(parts.map((p) => [p.name, p.header, [...p.rows]])).toEqual([
      ['Champions (part 1)', ['id'], rows.slice(0, 3)],
      ['Champions (part 2)', ['id'], rows.slice(3, 6)],
      ['Champions (part 3)', ['id'], rows.slice(6)],
    ]);
    const long = sheetParts(
      { ...sheet, name: '需要挽留的重要价值客户与其他很长很长很长很长的名字们在这里' },
      7,
      'zh-CN',
      4,
    );
    expect(long.map((p) => p.name)).toEqual([
      '需要挽留的重要价值客户与其他很长很长很长很长的名字（第1部分）',
      '需要挽留的重要价值客户与其他很长很长很长很长的名字（第2部分）',
      '需要挽留的重要价值客户与其他很长很长很长很长的名字（第3部分）',
    ]);
    expect(long.every((p) => Array.from(p.name).length === 31)).toBe(true);
  });
});
