import type { Geometry, Position } from 'geojson';

/** A ring that jumps across the 180° meridian (Russia's Chukotka, Fiji) drawn in one piece: its western points moved 360° east. */
function unwrapRing(ring: Position[]): Position[] {
  const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return jumps ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

/**
 * A geometry whose rings cross the 180° meridian, made drawable on a flat map. The atlas's
 * rings go from 180° to −180° in one step, which a flat map draws as a line across the world.
 */
export function unwrapAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
  return geometry;
}
