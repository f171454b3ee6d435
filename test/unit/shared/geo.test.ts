import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryOf } from '../../../src/shared/geo/continents';
import { PROVINCES, provinceOf } from '../../../src/shared/geo/china-provinces';
import { sharedData } from '../../helpers/paths';

describe('Chinese provinces', () => {
  it('reads short, full, English and address forms as one province', () => {
    for (const cell of ['上海', '上海市', ' 上海市 ', 'Shanghai', '上海市浦东新区张江路1号'])
      expect(provinceOf(cell)?.short, cell).toBe('上海');
    for (const cell of ['内蒙古', '内蒙古自治区', '内蒙', 'Inner Mongolia', '内蒙古呼和浩特市'])
      expect(provinceOf(cell)?.short, cell).toBe('内蒙古');
    expect(provinceOf('广西壮族自治区南宁市')?.short).toBe('广西');
    expect(provinceOf('Shaanxi')?.short).toBe('陕西');
    expect(provinceOf('Shanxi')?.short).toBe('山西');
    for (const cell of ['', '  ', null, '海外', '深圳市']) expect(provinceOf(cell), String(cell)).toBeNull();
  });

  it('has 34 divisions, each with a distinct short, full and English name, in seven regions', () => {
    expect(PROVINCES).toHaveLength(34);
    for (const key of ['short', 'full', 'en'] as const) expect(new Set(PROVINCES.map((p) => p[key])).size).toBe(34);
    const byRegion: Record<string, number> = {};
    for (const p of PROVINCES) byRegion[p.region] = (byRegion[p.region] ?? 0) + 1;
    expect(byRegion).toEqual({ 华北: 5, 东北: 3, 华东: 8, 华中: 3, 华南: 5, 西南: 5, 西北: 5 });
  });

  it('names every one of the 31 shipping provinces of the Tmall export (28,010 orders), short and full forms mixed', () => {
    const lines = readFileSync(sharedData('tmall_order_report.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const column = lines[0].split(',').findIndex((h) => h.trim() === '收货地址');
    const cells = lines.slice(1).map((l) => l.split(',')[column]);
    expect(cells).toHaveLength(28_010);
    const provinces = new Set(cells.map((c) => provinceOf(c)?.short ?? `unread: ${c}`));
    expect(provinces.size).toBe(31);
    expect([...provinces].filter((p) => p.startsWith('unread'))).toEqual([]);
    expect(cells.filter((c) => provinceOf(c)?.region === '华东')).toHaveLength(
      3353 + 2126 + 2061 + 609 + 489 + 411 + 1804,
    );
  });
});

describe('countries', () => {
  it('reads the Online Retail names, ISO codes and Chinese names', () => {
    expect(countryOf('EIRE')).toEqual({ country: 'Ireland', continent: 'Europe' });
    expect(countryOf('RSA')).toEqual({ country: 'South Africa', continent: 'Africa' });
    expect(countryOf('USA')).toEqual({ country: 'United States', continent: 'North America' });
    expect(countryOf('channel islands')?.continent).toBe('Europe');
    expect(countryOf('中国')).toEqual({ country: 'China', continent: 'Asia' });
    expect(countryOf('AU')?.continent).toBe('Oceania');
    expect(countryOf('Unspecified')).toBeNull();
  });

  it('places every country of the Online Retail export but Unspecified', () => {
    const named = [
      'Australia',
      'Austria',
      'Bahrain',
      'Belgium',
      'Brazil',
      'Canada',
      'Channel Islands',
      'Cyprus',
      'Czech Republic',
      'Denmark',
      'EIRE',
      'European Community',
      'Finland',
      'France',
      'Germany',
      'Greece',
      'Hong Kong',
      'Iceland',
      'Israel',
      'Italy',
      'Japan',
      'Lebanon',
      'Lithuania',
      'Malta',
      'Netherlands',
      'Norway',
      'Poland',
      'Portugal',
      'RSA',
      'Saudi Arabia',
      'Singapore',
      'Spain',
      'Sweden',
      'Switzerland',
      'USA',
      'United Arab Emirates',
      'United Kingdom',
    ];
    expect(named.filter((c) => countryOf(c) === null)).toEqual([]);
  });
});
