import { describe, expect, it } from 'vitest';
import { printRun } from '../../../../src/main/cli/print-run';
import type { RunResult } from '../../../../src/shared/segments';

/** A run result with one segment per revenue (only what the text prints). */
function resultOf(revenues: (number | null)[]): RunResult {
  return {
    customers: revenues.length,
    analysisDate: '2024-12-31',
    segments: revenues.map((revenue, i) => ({
      key: `s${i}`,
      name: { en: `Segment ${i}`, 'zh-CN': `分群 ${i}` },
      customers: 1,
      orders: 1,
      revenue,
    })),
  } as unknown as RunResult;
}

function printed(revenues: (number | null)[], currency: string, json = false): string {
  let out = '';
  printRun(
    { out: (text: string) => (out += text), err: () => {} } as never,
    { id: 2, name: 'RFM', model: 'rfm' },
    resultOf(revenues),
    {
      currency,
      json,
    },
  );
  return out;
}

describe('printRun', () => {
  it('prints each segment’s revenue rounded to its currency’s decimals, without float noise', () => {
    // Sums of many prices carry binary noise: 0.1 + 0.2 = 0.30000000000000004.
    const lines = printed([1819819.7500000028, 0.1 + 0.2, 12692223.009999938, null], 'GBP').split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '  Segment 0\t1\t1819819.75',
      '  Segment 1\t1\t0.3',
      '  Segment 2\t1\t12692223.01',
      '  Segment 3\t1\t—',
    ]);
    expect(printed([1234.4], 'JPY').split('\n')[1]).toBe('  Segment 0\t1\t1234');
    expect(printed([1.2345], 'KWD').split('\n')[1]).toBe('  Segment 0\t1\t1.235');
  });

  it('keeps the exact figures in --json', () => {
    expect(JSON.parse(printed([0.1 + 0.2], 'GBP', true)).segments[0].revenue).toBe(0.30000000000000004);
  });
});
