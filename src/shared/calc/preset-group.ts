import { CHINA_REGION_EN, provinceOf } from '../geo/china-provinces';
import { CONTINENT_ZH, countryOf } from '../geo/continents';
import type { MapPreset } from './calculated-column';

/** The group a ready-made map gives a value, in the language asked, or null when it does not know it. */
export function presetGroup(preset: MapPreset, value: string, language: 'en' | 'zh-CN'): string | null {
  if (preset === 'china-regions') {
    const province = provinceOf(value);
    return province ? (language === 'en' ? CHINA_REGION_EN[province.region] : province.region) : null;
  }
  const country = countryOf(value);
  return country ? (language === 'en' ? country.continent : CONTINENT_ZH[country.continent]) : null;
}
