import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  buildPlacesBarOption,
  groupedPlaces,
  topPlaces,
} from '../../../../../../src/renderer/src/components/overview/where/build-places-bar-option';
import {
  buildWorldMapOption,
  decadePieces,
} from '../../../../../../src/renderer/src/components/overview/where/build-world-map-option';
import { placeMetrics, placeRows } from '../../../../../../src/renderer/src/components/overview/where/place-rows';
import {
  placeTooltip,
  type PlaceWords,
} from '../../../../../../src/renderer/src/components/overview/where/place-tooltip';
import { placesTable } from '../../../../../../src/renderer/src/components/overview/where/places-table';
import { unwrapAntimeridian } from '../../../../../../src/renderer/src/components/overview/where/unwrap-antimeridian';
import { splitByMap } from '../../../../../../src/renderer/src/components/overview/where/split-by-map';
import { CHINA_REGIONS, type ChinaRegion, PROVINCES } from '../../../../../../src/shared/geo/china-provinces';
import { repoRoot } from '../../../../../helpers/paths';
import { onlineRetailPlaces, tmallPlaces } from '../../../../../helpers/where-places';

const atlas = JSON.parse(readFileSync(join(repoRoot, 'node_modules/world-atlas/countries-110m.json'), 'utf8')) as {
  objects: { countries: { geometries: { properties: { name: string } }[] } };
};
const features = new Set(atlas.objects.countries.geometries.map((g) => g.properties.name));

const words: PlaceWords = {
  customers: 'Customers',
  orders: 'Orders',
  revenue: 'Revenue',
  share: 'Share of revenue',
  int: (n) => String(n),
  money: (n) => `£${n.toFixed(2)}`,
  pct: (n) => `${(n * 100).toFixed(1)}%`,
};

describe('the world map of Online Retail', () => {
  const places = onlineRetailPlaces();
  const row = (name: string) => places.rows.find((r) => r.name === name)!;

  it('colours 31 countries and lists the 5 the 110m map cannot draw beside it', () => {
    // 36 countries with customer ids (Hong Kong's rows have none), Unspecified not placed
    expect(places.rows).toHaveLength(36);
    const split = splitByMap(placeRows(places, 'en', 'customers'), features);
    expect(split.onMap).toHaveLength(31);
    expect(Object.fromEntries(split.offMap.map((p) => [p.row.name, p.reason]))).toEqual({
      'Channel Islands': 'tooSmall',
      Singapore: 'tooSmall',
      Malta: 'tooSmall',
      Bahrain: 'tooSmall',
      'European Community': 'notACountry',
    });
    const option = buildWorldMapOption(split.onMap, features, 'customers', {
      metric: 'Customers',
      format: String,
      tooltip: (r) => placeTooltip(r, words),
    });
    const series = (option.series as { data: { name: string; value?: number; silent?: boolean }[] }[])[0];
    // every shape has its item: 31 with customers, the other 146 grey and silent (no tooltip, no highlight)
    expect(series.data).toHaveLength(177);
    expect(series.data.find((d) => d.name === 'Mongolia')).toEqual({ name: 'Mongolia', silent: true });
    const value = (shape: string) => series.data.find((d) => d.name === shape)?.value;
    // EIRE: 3 customers, USA 4, RSA 1 (counted with awk from the cleaned rows as well)
    expect(value('Ireland')).toBe(3);
    expect(value('United States of America')).toBe(4);
    expect(value('South Africa')).toBe(1);
    expect(value('Czechia')).toBe(row('Czech Republic').customers);
    // the colour scale runs to the United Kingdom, the largest
    const uk = row('United Kingdom').customers!;
    expect(uk).toBe(3920);
    expect(Math.max(...places.rows.map((r) => r.customers!))).toBe(uk);
    const visualMap = option.visualMap as { pieces: { gte: number; lt?: number; lte?: number; label: string }[] };
    expect(visualMap.pieces).toEqual([
      { gte: 0, lt: 10, label: '0 – 10' },
      { gte: 10, lt: 100, label: '10 – 100' },
      { gte: 100, lt: 1000, label: '100 – 1000' },
      { gte: 1000, lte: 3920, label: '1000 – 3920' },
    ]);
    const tip = (option.tooltip as { formatter(p: unknown): string }).formatter({ name: 'Ireland' });
    expect(tip).toContain(`Customers: ${row('Ireland').customers}`);
    expect(tip).toContain(`Orders: ${row('Ireland').orders}`);
    expect((option.tooltip as { formatter(p: unknown): string }).formatter({ name: 'Mongolia' })).toBe('');
  });

  it('gives shares of all revenue, the unknown place included, and names places in Chinese', () => {
    const total = places.rows.reduce((s, r) => s + r.revenue, 0) + places.unplaced.revenue;
    const rows = placeRows(places, 'zh-CN', 'revenue');
    expect(rows[0].label).toBe('英国');
    expect(rows[0].share).toBeCloseTo(row('United Kingdom').revenue / total, 12);
    expect(rows.find((r) => r.name === 'Ireland')!.label).toBe('爱尔兰');
    expect(rows.find((r) => r.name === 'Channel Islands')!.label).toBe('海峡群岛');
    // largest revenue first
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].revenue).toBeGreaterThanOrEqual(rows[i].revenue);
  });

  it('draws the top 20 as bars and sums the other 16; the table lists all 36 and the unknown place', () => {
    const rows = placeRows(places, 'en', 'customers');
    const shown = topPlaces(rows, (n) => `Other places (${n})`);
    expect(shown).toHaveLength(21);
    const sorted = [...places.rows].sort((a, b) => b.customers! - a.customers! || b.revenue - a.revenue);
    const rest = sorted.slice(20);
    expect(shown[20]).toMatchObject({
      label: 'Other places (16)',
      customers: rest.reduce((s, r) => s + r.customers!, 0),
      orders: rest.reduce((s, r) => s + r.orders, 0),
    });
    expect(shown[20].revenue).toBeCloseTo(
      rest.reduce((s, r) => s + r.revenue, 0),
      6,
    );
    const option = buildPlacesBarOption(shown, 'customers', { metric: 'Customers', format: String, tooltip: () => '' });
    const axis = (option.yAxis as { data: string[] }).data;
    expect(axis[axis.length - 1]).toBe('United Kingdom');
    expect(axis[0]).toBe('Other places (16)');
    expect((option.series as { data: (number | null)[] }[])[0].data.at(-1)).toBe(row('United Kingdom').customers);
    const unplaced = {
      name: '',
      label: 'Place not known',
      customers: null,
      orders: places.unplaced.orders,
      revenue: places.unplaced.revenue,
      share: 0,
    };
    const table = placesTable(rows, unplaced, 'customers', { ...words, place: 'Country', kind: 'map' });
    expect(table.columns).toEqual(['Country', 'Customers', 'Orders', 'Revenue', 'Share of revenue']);
    expect(table.rows).toHaveLength(37);
    expect(table.rows[0]).toEqual({
      label: 'United Kingdom',
      cells: [
        String(row('United Kingdom').customers),
        String(row('United Kingdom').orders),
        words.money(row('United Kingdom').revenue),
        rows[0] && words.pct(rows[0].share),
      ],
    });
    expect(table.rows[36].cells[0]).toBe('—');
    expect(table.highlights).toEqual([
      { series: '', label: 'United Kingdom', value: String(row('United Kingdom').customers) },
    ]);
  });
});

describe('the provinces of the Tmall orders', () => {
  const places = tmallPlaces();
  const region = (row: { name: string }) => PROVINCES.find((p) => p.short === row.name)!.region;

  it('measures orders and revenue (no customer ids), Shanghai first with 3,353 orders', () => {
    expect(placeMetrics(places)).toEqual(['orders', 'revenue']);
    const rows = placeRows(places, 'en', 'orders');
    expect(rows).toHaveLength(31);
    expect(rows.slice(0, 3).map((r) => [r.label, r.orders])).toEqual([
      ['Shanghai', 3353],
      ['Guangdong', 2463],
      ['Jiangsu', 2126],
    ]);
    const option = buildPlacesBarOption(rows, 'orders', { metric: 'Orders', format: String, tooltip: () => '' });
    expect((option.yAxis as { data: string[] }).data).toHaveLength(31);
    expect((option.yAxis as { data: string[] }).data.at(-1)).toBe('Shanghai');
  });

  it('groups the provinces by region, the region with most orders first (East China: 10,853)', () => {
    const rows = placeRows(places, 'zh-CN', 'orders');
    const grouped = groupedPlaces(rows, 'orders', region);
    const totals: Record<string, number> = {};
    for (const r of places.rows) totals[region(r)] = (totals[region(r)] ?? 0) + r.orders;
    expect(totals['华东']).toBe(3353 + 2126 + 2061 + 609 + 489 + 411 + 1804);
    expect(grouped.groups).toEqual(Object.keys(totals).sort((a, b) => totals[b] - totals[a]));
    expect(grouped.groups[0]).toBe('华东');
    expect(grouped.rows.slice(0, 3).map((r) => r.label)).toEqual(['上海', '江苏', '浙江']);
    const option = buildPlacesBarOption(
      grouped.rows,
      'orders',
      { metric: '订单数', format: String, tooltip: () => '' },
      { names: grouped.groups, of: region, colour: (name) => CHINA_REGIONS.indexOf(name as ChinaRegion) },
    );
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => s.name)).toEqual(grouped.groups);
    // each region keeps its colour whatever the order: 华北 the palette's first, 华东 (drawn first) its third
    const colour = (name: string) =>
      (series.find((s) => s.name === name) as unknown as { itemStyle: { color: string } }).itemStyle.color;
    expect([colour('华北'), colour('华东')]).toEqual(['#1677ff', '#52c41a']);
    // each province has its one bar, in its region's series
    const drawn = [...grouped.rows].reverse();
    drawn.forEach((r, i) => {
      const filled = series.filter((s) => s.data[i] !== null);
      expect(
        filled.map((s) => s.name),
        r.label,
      ).toEqual([region(r)]);
      expect(filled[0].data[i]).toBe(r.orders);
    });
  });
});

describe('the map’s colour classes', () => {
  it('go by powers of ten, at most five, the lowest from 0', () => {
    expect(decadePieces(7)).toEqual([{ gte: 0, lte: 7 }]);
    expect(decadePieces(0)).toEqual([{ gte: 0, lte: 1 }]);
    expect(decadePieces(10)).toEqual([
      { gte: 0, lt: 10 },
      { gte: 10, lte: 10 },
    ]);
    expect(decadePieces(7_300_000)).toEqual([
      { gte: 0, lt: 1000 },
      { gte: 1000, lt: 10_000 },
      { gte: 10_000, lt: 100_000 },
      { gte: 100_000, lt: 1_000_000 },
      { gte: 1_000_000, lte: 7_300_000 },
    ]);
  });
});

describe('a place’s tooltip', () => {
  it('writes the figures, leaves out customers without ids, and escapes a name from the file', () => {
    const row = {
      name: '<b>x</b>',
      label: '<img src=x onerror=alert(1)>',
      customers: null,
      orders: 12,
      revenue: 34.5,
      share: 0.25,
    };
    expect(placeTooltip(row, words)).toBe(
      '<b>&lt;img src=x onerror=alert(1)&gt;</b><br/>Orders: 12<br/>Revenue: £34.50<br/>Share of revenue: 25.0%',
    );
    expect(placeTooltip({ ...row, label: 'Jersey & Guernsey', customers: 3 }, words)).toBe(
      '<b>Jersey &amp; Guernsey</b><br/>Customers: 3<br/>Orders: 12<br/>Revenue: £34.50<br/>Share of revenue: 25.0%',
    );
  });
});

describe('the 180° meridian', () => {
  it('leaves no ring of the atlas jumping across the map (Russia and Fiji drawn in one piece)', () => {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const shapes = feature(topology, topology.objects.countries).features;
    const jumps = (geometry: Geometry) => {
      const polygons =
        geometry.type === 'Polygon'
          ? [geometry.coordinates]
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates
            : [];
      return polygons.flat().filter((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180))
        .length;
    };
    const before = shapes.filter((f) => jumps(f.geometry) > 0).map((f) => f.properties.name);
    expect(before.sort()).toEqual(['Antarctica', 'Fiji', 'Russia']);
    // Antarctica circles the pole (no flat drawing can close it): the map leaves it off
    for (const f of shapes.filter((s) => s.properties.name !== 'Antarctica'))
      expect(jumps(unwrapAntimeridian(f.geometry)), f.properties.name).toBe(0);
    // Chukotka's tip, west of −180° in the atlas, ends up just east of 180°
    const russia = unwrapAntimeridian(shapes.find((f) => f.properties.name === 'Russia')!.geometry);
    const lons = (russia as MultiPolygon).coordinates.flat(2).map((p) => p[0]);
    expect(Math.max(...lons)).toBeGreaterThan(180);
    expect(Math.min(...lons)).toBeGreaterThan(0);
  });
});
