import { describe, expect, it } from 'vitest';
import { addMonths, dayOfIso, isoOfDay, mondayOf, weekdayOfDay } from '../../../../../src/main/engine/overview/days';
import { calendarDay, grainOf, resolvePeriod, type Days } from '../../../../../src/main/engine/overview/period';

const days = (from: string, until: string): Days => ({ from: dayOfIso(from), until: dayOfIso(until) });
const isos = (d: Days | null) => d && [isoOfDay(d.from), isoOfDay(d.until)];

describe('resolvePeriod', () => {
  const retail = days('2010-12-01', '2011-12-09');
  const long = days('2009-01-15', '2011-12-09');

  it('all: the data’s own days, never a period before', () => {
    const r = resolvePeriod({ kind: 'all' }, long);
    expect(isos(r.period)).toEqual(['2009-01-15', '2011-12-09']);
    expect(r.previous).toBeNull();
    expect(r.grain).toBe('month');
  });

  it('last12: the 12 months to the last day; the 12 before only when the data reach back to them', () => {
    const short = resolvePeriod({ kind: 'last12' }, retail);
    expect(isos(short.period)).toEqual(['2010-12-10', '2011-12-09']);
    expect(short.previous).toBeNull(); // 2009-12-10 … 2010-12-09 starts before 2010-12-01
    const covered = resolvePeriod({ kind: 'last12' }, long);
    expect(isos(covered.previous)).toEqual(['2009-12-10', '2010-12-09']);
  });

  it('auto: the last 12 months when the 12 before are there too, else all', () => {
    expect(isos(resolvePeriod({ kind: 'auto' }, retail).period)).toEqual(['2010-12-01', '2011-12-09']);
    expect(resolvePeriod({ kind: 'auto' }, retail).previous).toBeNull();
    const r = resolvePeriod({ kind: 'auto' }, long);
    expect(isos(r.period)).toEqual(['2010-12-10', '2011-12-09']);
    expect(isos(r.previous)).toEqual(['2009-12-10', '2010-12-09']);
  });

  it('a range: missing ends are the data’s; the period before has as many days', () => {
    const r = resolvePeriod({ kind: 'range', from: '2011-06-01', until: null }, retail);
    // 2011-06-01 … 2011-12-09 is 30 + 31 + 31 + 30 + 31 + 30 + 9 = 192 days; the 192 before start on 2010-11-21.
    expect(isos(r.period)).toEqual(['2011-06-01', '2011-12-09']);
    expect(r.previous).toBeNull();
    expect(isos(resolvePeriod({ kind: 'range', from: '2011-06-01', until: null }, long).previous)).toEqual([
      '2010-11-21',
      '2011-05-31',
    ]);
    expect(isos(resolvePeriod({ kind: 'range', from: null, until: '2011-01-31' }, retail).period)).toEqual([
      '2010-12-01',
      '2011-01-31',
    ]);
  });

  it('cuts the trend by day up to 62 days, by week up to 26 weeks, else by month', () => {
    expect(grainOf(days('2024-01-01', '2024-03-02'))).toBe('day'); // 31 + 29 + 2 = 62 days
    expect(grainOf(days('2024-01-01', '2024-03-03'))).toBe('week'); // 63
    expect(grainOf(days('2024-01-01', '2024-06-30'))).toBe('week'); // 182 = 26 weeks
    expect(grainOf(days('2024-01-01', '2024-07-01'))).toBe('month'); // 183
  });
});

describe('UTC days', () => {
  it('moves by months to the same day, or the month’s last', () => {
    expect(isoOfDay(addMonths(dayOfIso('2024-02-29'), -12))).toBe('2023-02-28');
    expect(isoOfDay(addMonths(dayOfIso('2011-03-31'), -1))).toBe('2011-02-28');
    expect(isoOfDay(addMonths(dayOfIso('2011-12-09'), -12))).toBe('2010-12-09');
  });

  it('counts weekdays from Monday = 0 (1970-01-01 was a Thursday) and finds the week’s Monday', () => {
    expect(weekdayOfDay(0)).toBe(3);
    expect(weekdayOfDay(dayOfIso('2024-01-01'))).toBe(0);
    expect(weekdayOfDay(dayOfIso('1969-12-28'))).toBe(6); // a Sunday before day 0
    expect(isoOfDay(mondayOf(dayOfIso('2024-08-01')))).toBe('2024-07-29');
  });
});

describe('days of the calendar', () => {
  it('refuses a range with a day that does not exist', () => {
    expect(() =>
      resolvePeriod({ kind: 'range', from: '2011-02-30', until: null }, days('2011-01-01', '2011-12-31')),
    ).toThrow(expect.objectContaining({ code: 'E_BAD_SPEC' }));
    expect(calendarDay('2012-02-29')).toBe(dayOfIso('2012-02-29'));
  });
});
