import * as echarts from 'echarts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { WORLD_MAP } from './build-world-map-option';
import { unwrapAntimeridian } from './unwrap-antimeridian';

/** Shapes left off the map: no shop ships there, and it takes a fifth of the height. */
const LEFT_OFF = new Set(['Antarctica']);

/**
 * Registers the world map's shapes with ECharts (once) and gives the names of its shapes. The
 * shapes are world-atlas 2.0.2's countries-110m.json (Natural Earth 1:110m, public domain;
 * the package ISC), bundled with the app: no tiles and no network. Loaded with a dynamic
 * import, so the Overview's first paint does not wait for it.
 */
export function registerWorldMap(): ReadonlySet<string> {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  countries.features = countries.features
    .filter((f) => !LEFT_OFF.has(f.properties.name))
    .map((f) => ({ ...f, geometry: unwrapAntimeridian(f.geometry) }));
  if (!echarts.getMap(WORLD_MAP))
    echarts.registerMap(WORLD_MAP, countries as unknown as Parameters<typeof echarts.registerMap>[1]);
  return new Set(countries.features.map((f) => f.properties.name));
}
