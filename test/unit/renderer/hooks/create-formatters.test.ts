import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../../src/renderer/src/hooks/create-formatters';

describe('createFormatters', () => {
  const en = createFormatters('en');
  const zh = createFormatters('zh-CN');

  it('writes whole numbers, numbers with up to two decimals and shares with one', () => {
    expect(en.int(1234567.5)).toBe('1,234,568');
    expect(en.num(1234.5678)).toBe('1,234.57');
    expect(en.num(2)).toBe('2');
    expect(en.pct(0.1589)).toBe('15.9%');
    expect(en.pct(1)).toBe('100.0%');
    expect(zh.int(1234567.5)).toBe('1,234,568');
    expect(zh.pct(0.1589)).toBe('15.9%');
  });

  it('writes money with the symbol the UI language uses for the currency', () => {
    expect(en.money(1234.5, 'USD')).toBe('$1,234.50');
    expect(en.money(1234.5, 'CNY')).toBe('CN¥1,234.50');
    expect(en.money(-12, 'USD')).toBe('-$12.00');
    expect(zh.money(1234.5, 'CNY')).toBe('¥1,234.50');
    // A Chinese reader sees the currency's own sign, not Intl's "US$" (issue 21, item 15).
    expect(zh.money(-12, 'USD')).toBe('-$12.00');
    expect(zh.money(1234.5, 'GBP')).toBe('£1,234.50');
    // …but a sign shared by two currencies keeps what tells them apart: HK$ is not $, JP¥ is not ¥.
    expect(zh.money(128, 'HKD')).toBe('HK$128.00');
    expect(zh.money(128, 'JPY')).toBe('JP¥128');
  });

  it('writes calendar dates in UTC, so no time zone moves them to another day', () => {
    const ms = Date.UTC(2024, 2, 9, 0, 5, 7);
    expect(en.calendarDate(ms)).toBe('03/09/2024');
    expect(en.calendarDateTime(ms)).toBe('03/09/2024, 00:05:07');
    expect(zh.calendarDate(ms)).toBe('2024/03/09');
    expect(zh.calendarDateTime(ms)).toBe('2024/03/09 00:05:07');
  });

  it('writes a making time and names runs after it', () => {
    expect(en.dateTime('2024-03-09T14:05:00Z')).toBe('Mar 9, 2024, 2:05 PM');
    expect(zh.dateTime('2024-03-09T14:05:00Z')).toBe('2024年3月9日 14:05');
    expect(en.runOptions([{ id: 7, name: 'RFM · 11 segments', createdAt: '2024-03-09T14:05:00Z' }])).toEqual([
      { value: 7, label: 'RFM · 11 segments · Mar 9, 2024, 2:05 PM' },
    ]);
  });
});
