import { atlasNameOf, type OffMapReason, offMapReason } from '../../../../../shared/geo/atlas-names';
import type { PlaceRow } from './place-rows';

export interface MapSplit {
  /** Places with a shape on the map, by the map's name for them. */
  onMap: { feature: string; row: PlaceRow }[];
  /** Places the map cannot draw, listed beside it, with why. */
  offMap: { row: PlaceRow; reason: OffMapReason }[];
}

/** Which countries the world map can colour (`features`: the names of its shapes) and which are listed beside it. */
export function splitByMap(rows: readonly PlaceRow[], features: ReadonlySet<string>): MapSplit {
  const split: MapSplit = { onMap: [], offMap: [] };
  for (const row of rows) {
    const feature = atlasNameOf(row.name);
    if (feature !== null && features.has(feature)) split.onMap.push({ feature, row });
    else split.offMap.push({ row, reason: offMapReason(row.name) });
  }
  return split;
}
