import type { Table } from 'apache-arrow';
import { provinceOf } from '../../../shared/geo/china-provinces';
import { countryOf } from '../../../shared/geo/continents';
import type { Places } from '../../../shared/overview';
import { orderRoleColumns, type RoleMapping } from '../../../shared/roles';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';

/** The column the Overview places orders by, and each row's place (an index into names; −1: unplaced). */
export interface PlaceColumn {
  kind: Places['kind'];
  column: string;
  names: string[];
  place: Int32Array;
}

type Kind = Places['kind'];
const READ: Record<Kind, (cell: string) => string | null> = {
  country: (cell) => countryOf(cell)?.country ?? null,
  province: (cell) => provinceOf(cell)?.short ?? null,
  city: (cell) => cell.trim() || null,
};
const HEADER: Record<Kind | 'address', RegExp> = {
  country: /country|nation|国家|国别/i,
  province: /province|state|省/i,
  city: /city|城市|^市$/i,
  address: /address|地址/i,
};

/** A text column's entries read as places, and the share of rows that read as one. */
function readColumn(table: Table, index: number, kind: Kind) {
  const arrays = columnArrays(table, index);
  if (arrays.type !== 'dictionary') return null;
  const read = READ[kind];
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const entry = dictionaryTexts(arrays.dictionary).map((text) => {
    const name = read(text);
    if (name === null) return -1;
    let at = nameIndex.get(name);
    if (at === undefined) nameIndex.set(name, (at = names.push(name) - 1));
    return at;
  });
  const place = new Int32Array(arrays.codes.length);
  let placed = 0;
  for (let r = 0; r < place.length; r++) {
    const code = arrays.codes[r];
    place[r] = code >= 0 ? entry[code] : -1;
    if (place[r] >= 0) placed++;
  }
  return { names, place, share: place.length > 0 ? placed / place.length : 0 };
}

/**
 * Where the Overview places orders: the country, province or city role when the dataset has
 * one; else a column named as a country (or where 80 % of rows name one), a province (or where
 * 80 % of rows name a Chinese province, an address column included), or a city. Null: none.
 */
export function placeColumn(table: Table, roles: RoleMapping): PlaceColumn | null {
  // The id, date and money columns are never places (a country column mapped as such is).
  const others = orderRoleColumns(roles);
  const fields = table.schema.fields.map((f, index) => ({ name: f.name, index })).filter((f) => !others.has(f.name));
  const tries: { kind: Kind; test: (name: string) => boolean; least: number }[] = [
    { kind: 'country', test: (n) => n === roles.country, least: 0 },
    { kind: 'province', test: (n) => n === roles.province, least: 0 },
    { kind: 'city', test: (n) => n === roles.city, least: 0 },
    { kind: 'country', test: (n) => HEADER.country.test(n), least: 0.5 },
    { kind: 'country', test: () => true, least: 0.8 },
    { kind: 'province', test: (n) => HEADER.province.test(n) || HEADER.address.test(n), least: 0.5 },
    { kind: 'province', test: () => true, least: 0.8 },
    { kind: 'city', test: (n) => HEADER.city.test(n), least: 0.5 },
  ];
  for (const { kind, test, least } of tries)
    for (const f of fields) {
      if (!test(f.name)) continue;
      const read = readColumn(table, f.index, kind);
      if (read && read.share >= least && read.names.length > 0)
        return { kind, column: f.name, names: read.names, place: read.place };
    }
  return null;
}
