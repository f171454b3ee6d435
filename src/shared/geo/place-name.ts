import type { Places } from '../overview';
import { provinceOf } from './china-provinces';
import { countryName } from './continents';

/**
 * A place of the Overview as the UI language writes it: a country by its Chinese or English
 * name, a province by its short Chinese name or its English name, a city as written.
 */
export function placeName(kind: Places['kind'], name: string, language: string): string {
  if (kind === 'country') return countryName(name, language);
  if (kind === 'province') {
    const province = provinceOf(name);
    if (!province) return name;
    return language.startsWith('zh') ? province.short : province.en;
  }
  return name;
}
