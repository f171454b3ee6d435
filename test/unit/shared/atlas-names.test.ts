import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasNameOf, NOT_ON_MAP, offMapReason } from '../../../src/shared/geo/atlas-names';
import { provinceOf } from '../../../src/shared/geo/china-provinces';
import { COUNTRY_LIST, countryName, countryOf } from '../../../src/shared/geo/continents';
import { placeName } from '../../../src/shared/geo/place-name';
import { repoRoot } from '../../helpers/paths';

/** The names of the shapes in world-atlas 2.0.2's countries-110m.json, read from the installed file. */
const atlas = JSON.parse(readFileSync(join(repoRoot, 'node_modules/world-atlas/countries-110m.json'), 'utf8')) as {
  objects: { countries: { geometries: { properties: { name: string } }[] } };
};
const features = new Set(atlas.objects.countries.geometries.map((g) => g.properties.name));

describe('country names on the world map', () => {
  it('reads the 177 shapes of the 110m atlas', () => {
    expect(features.size).toBe(177);
    expect(features.has('United States of America')).toBe(true);
    expect(features.has('Czechia')).toBe(true);
  });

  it('puts every country the app knows on the map, or lists it as not on the map', () => {
    expect(COUNTRY_LIST).toHaveLength(73);
    const missing = COUNTRY_LIST.filter((c) => {
      const name = atlasNameOf(c.en);
      return name === null || !features.has(name);
    }).map((c) => c.en);
    expect(missing.sort()).toEqual(Object.keys(NOT_ON_MAP).sort());
    expect(missing.sort()).toEqual(
      ['Bahrain', 'Channel Islands', 'European Community', 'Hong Kong', 'Macau', 'Malta', 'Singapore'].sort(),
    );
    // and nothing listed as not on the map has a shape after all
    for (const name of Object.keys(NOT_ON_MAP)) expect(features.has(name), name).toBe(false);
  });

  it('reads the Online Retail export’s own names onto the map', () => {
    const shape = (cell: string) => atlasNameOf(countryOf(cell)!.country);
    expect(shape('EIRE')).toBe('Ireland');
    expect(shape('RSA')).toBe('South Africa');
    expect(shape('USA')).toBe('United States of America');
    expect(shape('Czech Republic')).toBe('Czechia');
    expect(shape('United Kingdom')).toBe('United Kingdom');
    for (const cell of ['EIRE', 'RSA', 'USA', 'Czech Republic']) expect(features.has(shape(cell)!), cell).toBe(true);
    for (const cell of ['Channel Islands', 'Jersey', 'Guernsey']) {
      expect(countryOf(cell)!.country).toBe('Channel Islands');
      expect(shape(cell), cell).toBeNull();
    }
    expect(offMapReason('Channel Islands')).toBe('tooSmall');
    expect(shape('European Community')).toBeNull();
    expect(offMapReason('European Community')).toBe('notACountry');
    expect(offMapReason('Atlantis')).toBe('unknown');
  });

  it('names countries in the UI language', () => {
    expect(countryName('Ireland', 'zh-CN')).toBe('爱尔兰');
    expect(countryName('Channel Islands', 'zh-CN')).toBe('海峡群岛');
    expect(countryName('Ireland', 'en')).toBe('Ireland');
    expect(countryName('Atlantis', 'zh-CN')).toBe('Atlantis');
    expect(placeName('country', 'United States', 'zh-CN')).toBe('美国');
  });
});

describe('province names', () => {
  it('reads 上海 / 上海市 and an address as one province, named in the UI language', () => {
    for (const cell of ['上海', '上海市']) expect(provinceOf(cell)?.short, cell).toBe('上海');
    expect(provinceOf('广东省深圳市')?.short).toBe('广东');
    expect(placeName('province', '上海', 'zh-CN')).toBe('上海');
    expect(placeName('province', '上海', 'en')).toBe('Shanghai');
    expect(placeName('province', '内蒙古', 'en')).toBe('Inner Mongolia');
    expect(placeName('province', '海外', 'en')).toBe('海外');
    expect(placeName('city', '深圳', 'en')).toBe('深圳');
  });
});
