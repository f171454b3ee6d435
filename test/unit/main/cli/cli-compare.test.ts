import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliOn, cliRetailWorkspace, cliWorkspaceWith } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

const json = (r: { stdout: string; stderr: string }) => {
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};
const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Online Retail's clean purchases, read here without the app: a customer id, quantity > 0, unit price > 0 (the importer's default policy keeps these 397,884 rows). */
function retailPurchases() {
  const lines = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz')))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1);
  const out: { customer: string; invoice: string; day: number; spend: number }[] = [];
  for (const line of lines) {
    // Only Description (the third field) holds commas: the rest is read from both ends.
    const f = line.split(',');
    const [customer, price, date, quantity] = [f.at(-2)!, Number(f.at(-3)), f.at(-4)!, Number(f.at(-5))];
    if (!customer || !(quantity > 0) || !(price > 0)) continue;
    out.push({
      customer: String(Math.round(Number(customer))),
      invoice: f[0],
      day: day(date),
      spend: quantity * price,
    });
  }
  return out;
}

describe('segmentdesk reapply and compare on Online Retail', () => {
  const dir = tempDir('segdesk-cli-compare-');
  const ws = join(dir, 'retail.segdesk');
  beforeAll(() => {
    expect(cliRetailWorkspace(ws).rowsKept).toBe(397_884);
  });

  it('RFM at 2011-06-30 re-applied at 2011-12-10 (cut points kept); with a 365-day window; the migration adds up, KPIs as counted here', () => {
    const spec = join(dir, 'june.json');
    writeFileSync(spec, JSON.stringify({ analysisDate: '2011-06-30' }));
    const june = json(cli('run', '--workspace', ws, '--dataset', '1', '--spec', spec, '--json'));
    const december = json(
      cli('reapply', '--workspace', ws, '--run', String(june.runId), '--analysis-date', '2011-12-10', '--json'),
    );
    expect(december).toMatchObject({ basedOn: june.runId, analysisDate: '2011-12-10' });
    // The same cut points: a segment means the same thing in both runs.
    expect(december.thresholds).toEqual(june.thresholds);
    const windowed = json(
      cli(
        'reapply',
        '--workspace',
        ws,
        '--run',
        String(june.runId),
        '--analysis-date',
        '2011-12-10',
        '--window-days',
        '365',
        '--json',
      ),
    );

    const members = (runId: number) =>
      new Map(
        (
          json(cli('members', '--workspace', ws, '--run', String(runId), '--json')) as {
            customerId: string;
            segment: string;
          }[]
        ).map((m) => [m.customerId, m.segment]),
      );
    const first = members(june.runId);
    for (const [second, run] of [
      [members(december.runId), december],
      [members(windowed.runId), windowed],
    ] as const) {
      const out = json(
        cli('compare', '--workspace', ws, '--from', String(june.runId), '--to', String(run.runId), '--json'),
      );
      const union = new Set([...first.keys(), ...second.keys()]);
      const cells = out.matrix as { from: string; to: string; customers: number }[];
      expect(cells.reduce((n, c) => n + c.customers, 0)).toBe(union.size);
      const fresh = [...second.keys()].filter((id) => !first.has(id)).length;
      const gone = [...first.keys()].filter((id) => !second.has(id)).length;
      expect(cells.filter((c) => c.from === '(new)').reduce((n, c) => n + c.customers, 0)).toBe(fresh);
      expect(cells.filter((c) => c.to === '(gone)').reduce((n, c) => n + c.customers, 0)).toBe(gone);
      expect(out.moves.new).toBe(fresh);
      expect(out.moves.gone).toBe(gone);
      // With a window some disappear; without one, nobody who bought before June disappears by December.
      expect(run === windowed ? Math.sign(gone) : gone).toBe(run === windowed ? 1 : 0);
      expect(fresh).toBeGreaterThan(0);
      // Champions → Champions, counted from the two member lists.
      const keyOf = Object.fromEntries(june.segments.map((s: { key: string; name: string }) => [s.name, s.key]));
      const stayed = [...first].filter(([id, seg]) => seg === 'Champions' && second.get(id) === 'Champions').length;
      expect(cells.find((c) => c.from === keyOf.Champions && c.to === keyOf.Champions)?.customers ?? 0).toBe(stayed);
    }

    const out0 = json(
      cli('compare', '--workspace', ws, '--from', String(june.runId), '--to', String(december.runId), '--json'),
    );
    // One row's movers as CSV: June's Champions who moved down by December, as counted from the member lists.
    const file = join(dir, 'champions-down.csv');
    const written = json(
      cli(
        'compare',
        '--workspace',
        ws,
        '--from',
        String(june.runId),
        '--to',
        String(december.runId),
        '--export',
        file,
        '--row',
        'champions',
        '--move',
        'down',
        '--json',
      ),
    );
    const order = (june.segments as { name: string }[]).map((x) => x.name);
    const decemberOf = members(december.runId);
    const down = [...first]
      .filter(([id, seg]) => seg === 'Champions' && order.indexOf(decemberOf.get(id)!) > order.indexOf('Champions'))
      .map(([id]) => id);
    expect(written.rows).toBe(down.length);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Customer ID,Segment before,Segment after,Move');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(down.sort());
    expect(lines.slice(1).every((l) => l.includes(',Champions,') && l.endsWith(',down'))).toBe(true);

    // December's report compares it with June, the run it re-applies.
    const html = join(dir, 'december.html');
    expect(
      cliOn(ws)('export', '--run', String(december.runId), '--format', 'html', '--lang', 'en', '--out', html).stderr,
    ).toBe('');
    const report = readFileSync(html, 'utf8');
    expect(report).toMatch(/<h2>Since RFM · 11 · online_retail_uci: who moved, and how the segments did<\/h2>/);
    expect(report).toContain(
      `Moved up ${out0.moves.up.toLocaleString('en-US')} · moved down ${out0.moves.down.toLocaleString('en-US')}`,
    );
    expect(report).toContain('Before: 2011-01-18 up to 2011-06-30; after: 2011-06-30 up to 2011-12-10');

    // KPIs per June segment, counted here from the raw file: periods [June − L, June) and [June, December), L = 163 days.
    const out = json(
      cli('compare', '--workspace', ws, '--from', String(june.runId), '--to', String(december.runId), '--json'),
    );
    expect(out.periods).toEqual({
      before: { from: '2011-01-18', until: '2011-06-30' },
      after: { from: '2011-06-30', until: '2011-12-10' },
    });
    const d1 = day('2011-06-30');
    const d2 = day('2011-12-10');
    const d0 = d1 - (d2 - d1);
    const bySegment = new Map<
      string,
      { before: Set<string>; after: Set<string>; revenue: [number, number]; orders: [Set<string>, Set<string>] }
    >();
    const group = (name: string) => {
      if (!bySegment.has(name))
        bySegment.set(name, { before: new Set(), after: new Set(), revenue: [0, 0], orders: [new Set(), new Set()] });
      return bySegment.get(name)!;
    };
    for (const p of retailPurchases()) {
      if (p.day < d0 || p.day >= d2) continue;
      const g = group(first.get(p.customer) ?? 'new');
      const period = p.day < d1 ? 0 : 1;
      (period === 0 ? g.before : g.after).add(p.customer);
      g.revenue[period] += p.spend;
      g.orders[period].add(p.invoice);
    }
    for (const segment of june.segments as { key: string; name: string }[]) {
      const k = (out.kpis as Record<string, number | null | string>[]).find((x) => x.segment === segment.key) as Record<
        string,
        number | null
      >;
      const g = group(segment.name);
      const retained = [...g.before].filter((id) => g.after.has(id)).length;
      expect([k.activeBefore, k.activeAfter, k.retained, k.ordersBefore, k.ordersAfter], segment.name).toEqual([
        g.before.size,
        g.after.size,
        retained,
        g.orders[0].size,
        g.orders[1].size,
      ]);
      expect(k.revenueBefore as number).toBeCloseTo(g.revenue[0], 4);
      expect(k.revenueAfter as number).toBeCloseTo(g.revenue[1], 4);
      // Retention is retained / active before; none (null) when nobody in the segment was active before.
      expect(k.retention ?? 0).toBeCloseTo(g.before.size > 0 ? retained / g.before.size : 0, 12);
      const inSegment = [...first].filter(([, s]) => s === segment.name).map(([id]) => id);
      expect(k.reactivated).toBe(inSegment.filter((id) => !g.before.has(id) && g.after.has(id)).length);
    }
  });

  it("re-applies a run after next month's file was appended to its dataset: the new customers show as new", () => {
    // rfm_data_orders split at 2006-07-01: the first file imported, the later one appended.
    const [header, ...rows] = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n');
    const early = rows.filter((r) => r.split(',')[1] < '2006-07-01');
    const late = rows.filter((r) => r.split(',')[1] >= '2006-07-01');
    const [a, b] = [join(dir, 'orders-a.csv'), join(dir, 'orders-b.csv')];
    writeFileSync(a, `${header}\n${early.join('\n')}\n`);
    writeFileSync(b, `${header}\n${late.join('\n')}\n`);
    const w = join(dir, 'append.segdesk');
    expect(
      cliWorkspaceWith(w, a, 'transactions', 'customerId=customer_id,orderDate=order_date,amount=revenue').rowsKept,
    ).toBe(early.length);
    const before = json(cli('run', '--workspace', w, '--dataset', '1', '--json'));
    expect(json(cli('append', b, '--workspace', w, '--dataset', '1', '--json'))).toEqual({
      datasetId: 1,
      rowCount: rows.length,
    });
    const after = json(cli('reapply', '--workspace', w, '--run', String(before.runId), '--json'));
    const last = rows
      .map((r) => r.split(',')[1])
      .sort()
      .at(-1)!;
    expect(after.analysisDate).toBe(new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    const firstIds = new Set(early.map((r) => r.split(',')[0]));
    const allIds = new Set(rows.map((r) => r.split(',')[0]));
    const out = json(
      cli('compare', '--workspace', w, '--from', String(before.runId), '--to', String(after.runId), '--json'),
    );
    expect(out.moves.new).toBe([...allIds].filter((id) => !firstIds.has(id)).length);
    expect(out.moves.gone).toBe(0);
    expect((out.matrix as { customers: number }[]).reduce((n, c) => n + c.customers, 0)).toBe(allIds.size);
  });

  it('refuses what cannot be re-applied or compared, with exact codes', () => {
    expect(cli('reapply', '--workspace', ws, '--run', '1', '--analysis-date', '10/12/2011').stderr).toMatch(
      /^error: E_USAGE: --analysis-date takes YYYY-MM-DD/,
    );
    expect(cli('compare', '--workspace', ws, '--from', '2', '--to', '1', '--json').stderr).toMatch(
      /^error: E_BAD_SPEC: The second run's analysis day \(2011-06-30\) must come after the first's \(2011-12-10\)/,
    );
    expect(cli('compare', '--workspace', ws, '--from', '1', '--to', '99', '--json').stderr).toMatch(
      /^error: E_NOT_FOUND: /,
    );
  });
});
