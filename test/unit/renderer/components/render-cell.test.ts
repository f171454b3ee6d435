import { describe, expect, it } from 'vitest';
import { isPercent } from '../../../../src/shared/column-spec';
import { renderCell } from '../../../../src/renderer/src/components/renderCell';
import { createFormatters } from '../../../../src/renderer/src/hooks/create-formatters';

const t = (key: string) => key;

describe('a cell as the user reads it', () => {
  it('a column written as percentages (stored as fractions) is shown as percentages again; other numbers as numbers', () => {
    const fmt = createFormatters('en');
    const percent = { kind: 'decimal' as const, number: { decimal: '.' as const, percent: true, currency: null } };
    const plain = { ...percent, number: { ...percent.number, percent: false } };
    expect([isPercent(percent), isPercent(plain), isPercent({ kind: 'category' })]).toEqual([true, false, false]);
    expect(renderCell(0.125, 'decimal', fmt, t, isPercent(percent))).toBe('12.5%');
    expect(renderCell(0.28, 'decimal', fmt, t, true)).toBe('28.0%');
    expect(renderCell(0.125, 'decimal', fmt, t, isPercent(plain))).toBe('0.13');
    expect(renderCell(1234.5, 'decimal', fmt, t)).toBe('1,234.5');
    expect(renderCell(0.5, 'decimal', createFormatters('zh-CN'), t, true)).toBe('50.0%');
  });
});
