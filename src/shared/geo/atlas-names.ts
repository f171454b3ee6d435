/**
 * From the app's countries (their English names, as `countryOf(cell).country` gives them) to
 * the shapes of the world map: world-atlas 2.0.2's countries-110m.json (Natural Earth 1:110m,
 * public domain; `properties.name` holds Natural Earth's short name, e.g. "Czechia",
 * "United States of America", "Dem. Rep. Congo"). Names that are the same on both sides need
 * no entry. Export names (EIRE, RSA, USA, Czechia…) reach these through `countryOf` first.
 */

/** The app's name → the map's name, where they differ. */
const ATLAS_ALIASES: Readonly<Record<string, string>> = {
  'United States': 'United States of America',
  'Czech Republic': 'Czechia',
};

/**
 * Why a place has no shape on the map (the panel lists these beside it, with their figures):
 * - tooSmall: an island or city state smaller than the 1:110m atlas draws (Malta, Singapore,
 *   Bahrain, Hong Kong, Macau, and the Channel Islands: Jersey and Guernsey);
 * - notACountry: a grouping, not a place on a map (European Community, the UK Online Retail
 *   export's name for orders from EU bodies);
 * - unknown: a name the atlas does not have (a place the app learns later).
 */
export type OffMapReason = 'tooSmall' | 'notACountry' | 'unknown';

/** The countries the app knows that the 110m world map has no shape for, and why. */
export const NOT_ON_MAP: Readonly<Record<string, Exclude<OffMapReason, 'unknown'>>> = {
  Malta: 'tooSmall',
  Singapore: 'tooSmall',
  Bahrain: 'tooSmall',
  'Hong Kong': 'tooSmall',
  Macau: 'tooSmall',
  'Channel Islands': 'tooSmall',
  'European Community': 'notACountry',
};

/** The map's name for a country (its English name in the app), or null when the map has no shape for it. */
export function atlasNameOf(country: string): string | null {
  if (country in NOT_ON_MAP) return null;
  return ATLAS_ALIASES[country] ?? country;
}

/** Why a country is not on the map, given the names the map has. */
export function offMapReason(country: string): OffMapReason {
  return NOT_ON_MAP[country] ?? 'unknown';
}
