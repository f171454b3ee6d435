import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from '../../../../../../src/main/engine/io/types/parse-date';
import { sharedData } from '../../../../../helpers/paths';

const iso = (ms: number) => new Date(ms).toISOString();

describe('detectDateFormat + parseDate', () => {
  it('reads ISO dates and datetimes as calendar times in UTC', () => {
    const f = detectDateFormat(['2010-12-01 08:26:00', '2011-12-09 12:50:00'])!;
    expect(f).toEqual({ pattern: 'ymd', hasTime: true, ambiguous: false });
    expect(iso(parseDate('2010-12-01 08:26:00', f))).toBe('2010-12-01T08:26:00.000Z');
    const d = detectDateFormat(['2024/3/5', '2024/12/31'])!;
    expect(d).toEqual({ pattern: 'ymd', hasTime: false, ambiguous: false });
    expect(iso(parseDate('2024/3/5', d))).toBe('2024-03-05T00:00:00.000Z');
  });

  it('decides day-first from the data: marketing_campaign Dt_Customer is DD-MM-YYYY', () => {
    const lines = readFileSync(sharedData('marketing_campaign.csv'), 'utf8').trim().split('\n');
    const col = lines[0].split('\t').indexOf('Dt_Customer');
    const values = lines.slice(1).map((l) => l.split('\t')[col]);
    const f = detectDateFormat(values)!;
    expect(f).toEqual({ pattern: 'dmy', hasTime: false, ambiguous: false });
    expect(iso(parseDate('04-09-2012', f))).toBe('2012-09-04T00:00:00.000Z');
    const ms = values.map((v) => parseDate(v, f));
    expect(iso(Math.min(...ms)).slice(0, 10)).toBe('2012-07-30');
    expect(iso(Math.max(...ms)).slice(0, 10)).toBe('2014-06-29');
  });

  it('decides month-first when a second part is above 12, and flags the undecidable case', () => {
    expect(detectDateFormat(['12/1/2010 8:26', '12/13/2010 9:01'])).toEqual({
      pattern: 'mdy',
      hasTime: true,
      ambiguous: false,
    });
    expect(detectDateFormat(['01/02/2024', '03/04/2024'])).toEqual({ pattern: 'mdy', hasTime: false, ambiguous: true });
    expect(detectDateFormat(['01.02.2024', '03.04.2024'])).toEqual({ pattern: 'dmy', hasTime: false, ambiguous: true });
    expect(detectDateFormat(['13/01/2024', '01/13/2024'])).toBeNull();
  });

  it('reads YYYYMMDD only when every value is a real date between 1900 and 2100 (CDNOW)', () => {
    expect(detectDateFormat(['19970101', '19980630'])).toEqual({
      pattern: 'compact',
      hasTime: false,
      ambiguous: false,
    });
    expect(iso(parseDate('19970101', { pattern: 'compact', hasTime: false, ambiguous: false }))).toBe(
      '1997-01-01T00:00:00.000Z',
    );
    expect(detectDateFormat(['19970101', '19971332'])).toBeNull();
    expect(detectDateFormat(['18991231'])).toBeNull();
    expect(detectDateFormat(['12345678'])).toBeNull();
  });

  it('reads Chinese dates', () => {
    const f = detectDateFormat(['2024年3月5日', '2024年12月31日 14:05'])!;
    expect(f.pattern).toBe('zh');
    expect(f.hasTime).toBe(true);
    expect(iso(parseDate('2024年12月31日 14:05', f))).toBe('2024-12-31T14:05:00.000Z');
  });

  it('refuses impossible dates and non-dates', () => {
    expect(detectDateFormat(['2023-02-29'])).toBeNull();
    expect(detectDateFormat(['2024-02-29'])).not.toBeNull();
    expect(detectDateFormat(['hello'])).toBeNull();
    expect(detectDateFormat(['2024-01-01 25:00'])).toBeNull();
    expect(detectDateFormat([])).toBeNull();
  });
});

describe('dates before 1900', () => {
  it('reads years 0–99 as written, never as 1900–1999 (Date.UTC’s rule)', () => {
    const f = detectDateFormat(['0001-03-05', '0099-12-31 23:59:59', '1899-12-31'])!;
    expect(f).toEqual({ pattern: 'ymd', hasTime: true, ambiguous: false });
    expect(iso(parseDate('0001-03-05', f))).toBe('0001-03-05T00:00:00.000Z');
    expect(iso(parseDate('0099-12-31 23:59:59', f))).toBe('0099-12-31T23:59:59.000Z');
    expect(iso(parseDate('0000-02-29', f))).toBe('0000-02-29T00:00:00.000Z');
    expect(Number.isNaN(parseDate('0001-02-29', f))).toBe(true);
    expect(iso(parseDate('1899-12-31', f))).toBe('1899-12-31T00:00:00.000Z');
    expect(iso(parseDate('05/03/0050', { pattern: 'dmy', hasTime: false, ambiguous: false }))).toBe(
      '0050-03-05T00:00:00.000Z',
    );
    expect(iso(parseDate('0012年1月2日', { pattern: 'zh', hasTime: false, ambiguous: false }))).toBe(
      '0012-01-02T00:00:00.000Z',
    );
  });
});
