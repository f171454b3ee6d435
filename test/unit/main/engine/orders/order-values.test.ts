import { describe, expect, it } from 'vitest';
import {
  hourOf,
  paymentDelayMinutes,
  paymentStatus,
  weekdayOf,
} from '../../../../../src/main/engine/orders/order-values';

// Times as the importer stores a naive "2020-02-20 23:59:54": UTC ms of the time as written.
const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => Date.UTC(y, m - 1, d, h, min, s);

describe('derived order values', () => {
  it('payment delay in minutes: 8 s, 90 min, a day; unpaid or undated = no value', () => {
    expect(paymentDelayMinutes(at(2020, 2, 20, 23, 59, 54), at(2020, 2, 21, 0, 0, 2))).toBeCloseTo(8 / 60, 12);
    expect(paymentDelayMinutes(at(2020, 2, 21, 10), at(2020, 2, 21, 11, 30))).toBe(90);
    expect(paymentDelayMinutes(at(2020, 2, 21), at(2020, 2, 22))).toBe(1440);
    expect(paymentDelayMinutes(at(2020, 2, 21), Number.NaN)).toBeNaN();
    expect(paymentDelayMinutes(Number.NaN, at(2020, 2, 21))).toBeNaN();
  });

  it('status: a refund makes it refunded, else a payment time makes it paid, else unpaid', () => {
    expect(paymentStatus(at(2020, 2, 21), 0)).toBe('paid');
    expect(paymentStatus(Number.NaN, 0)).toBe('unpaid');
    expect(paymentStatus(at(2020, 2, 21), 37.5)).toBe('refunded');
    expect(paymentStatus(Number.NaN, Number.NaN)).toBe('unpaid');
  });

  it('weekday (1 = Monday … 7 = Sunday) and hour as written, whatever the machine’s time zone', () => {
    // 2020-02-20 was a Thursday, 2020-02-23 a Sunday, 2020-02-24 a Monday.
    expect(weekdayOf(at(2020, 2, 20, 23, 59, 54))).toBe(4);
    expect(weekdayOf(at(2020, 2, 23, 0, 0, 1))).toBe(7);
    expect(weekdayOf(at(2020, 2, 24, 0, 0, 0))).toBe(1);
    expect(hourOf(at(2020, 2, 20, 23, 59, 54))).toBe(23);
    expect(hourOf(at(2020, 2, 21, 0, 0, 2))).toBe(0);
    expect(weekdayOf(Number.NaN)).toBeNaN();
    expect(hourOf(Number.NaN)).toBeNaN();
  });

  it('the same under the machine zones of Shanghai and Los Angeles', () => {
    const before = process.env.TZ;
    const written = at(2020, 2, 20, 23, 59, 54);
    try {
      for (const zone of ['Asia/Shanghai', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect([zone, weekdayOf(written), hourOf(written)]).toEqual([zone, 4, 23]);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
