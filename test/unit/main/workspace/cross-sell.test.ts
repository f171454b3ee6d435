import { tableFromIPC } from 'apache-arrow';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrossSellSpec } from '../../../../src/shared/products';
import { csvCells } from '../../../helpers/csv-cells';
import { CSV_MEMBERS, RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import { isDefaultNonProduct, RETAIL_PRODUCT_ROLES, retailLines } from '../../../helpers/retail-lines';
import { createTestService, type TestService } from '../../../helpers/service';

/**
 * A rule of Online Retail's orders (counted from the raw lines: 374 of 18,532 orders, 2.0 %;
 * confidence 54 %, lift 5.9): orders with GREEN REGENCY TEACUP AND SAUCER also hold REGENCY CAKESTAND 3 TIER.
 */
const TEACUP = { key: '22697', name: 'GREEN REGENCY TEACUP AND SAUCER' };
const CAKESTAND = { key: '22423', name: 'REGENCY CAKESTAND 3 TIER' };

let t: TestService;
let dir: string;
let file: string;
let runId: number;
let champions: number;
/** Each member's customer id and segment, by the run's members. */
let ids: string[];
let segmentOfRow: number[];
/** Each customer's product codes, from the raw file (default non-product codes left out). */
let bought: Map<string, Set<string>>;

beforeAll(async () => {
  t = createTestService();
  dir = tempDir('segdesk-cross-sell-');
  file = join(dir, 'retail.segdesk');
  await t.service.createAt(file);
  const dataset = await t.service.importFile(sharedData('online_retail_uci.csv.gz'), {
    kind: 'transactions',
    roles: RETAIL_PRODUCT_ROLES,
  });
  const { run, result } = await t.service.createRun(dataset.id, RFM_ELEVEN);
  runId = run.id;
  champions = result.segments.findIndex((s) => s.key === 'champions');
  const members = t.service.runMembers(run.id);
  ids = Array.from({ length: members.numRows }, (_, r) => String(members.getChild('customerId')!.get(r)));
  segmentOfRow = Array.from({ length: members.numRows }, (_, r) => members.getChild('segment')!.get(r) as number);
  bought = new Map();
  for (const l of retailLines()) {
    if (isDefaultNonProduct(l.code)) continue;
    if (!bought.has(l.customer)) bought.set(l.customer, new Set());
    bought.get(l.customer)!.add(l.code);
  }
}, 180_000);

afterAll(async () => {
  await t?.service.dispose();
});

/** The Champions who bought the teacup and never the cakestand, counted here from the raw lines. */
const expectedIds = () =>
  ids
    .filter((id, r) => segmentOfRow[r] === champions && bought.get(id)?.has('22697') && !bought.get(id)?.has('22423'))
    .sort();

const spec = (): CrossSellSpec => ({
  segment: champions,
  by: 'product',
  bought: [{ key: TEACUP.key, name: '' }],
  notBought: [{ key: CAKESTAND.key, name: '' }],
  source: 'rule',
});

describe('cross-sell lists of an RFM run of Online Retail', () => {
  it('hold the Champions who bought the teacup but never the cakestand, as counted from the raw rows', async () => {
    const expected = expectedIds();
    expect(expected.length).toBe(25);
    expect(await t.service.shop.lists.preview(runId, spec())).toEqual({ customers: expected.length });
    const list = await t.service.shop.lists.create(runId, spec());
    expect(list.customers).toBe(expected.length);
    // The items as the data names them; the default name in the app's language.
    expect(list.spec.bought).toEqual([TEACUP]);
    expect(list.spec.notBought).toEqual([CAKESTAND]);
    expect(list.name).toBe('Champions: bought GREEN REGENCY TEACUP AND SAUCER, not REGENCY CAKESTAND 3 TIER');
    // The run's members page with the list: exactly these customers.
    const page = await t.service.runMembersPage(runId, { offset: 0, limit: 1000 }, undefined, undefined, list.id);
    const rows = tableFromIPC(page.arrow);
    expect(page.total).toBe(expected.length);
    expect(Array.from({ length: rows.numRows }, (_, r) => String(rows.getChild('customerId')!.get(r))).sort()).toEqual(
      expected,
    );
  });

  it('export row by row: the list’s customers with their segment, and nobody else', async () => {
    const list = t.service.shop.lists.lists(runId)[0];
    const path = join(dir, 'list.csv');
    const written = await t.service.exportMembersTo(
      runId,
      { ...CSV_MEMBERS, listId: list.id, columns: ['customerId', 'segment'] },
      path,
    );
    const [header, ...rows] = csvCells(path);
    expect(header).toEqual(['Customer ID', 'Segment']);
    expect(written.rows).toBe(list.customers);
    expect(rows.map((r) => r[0]).sort()).toEqual(expectedIds());
    for (const [id, segment] of rows) {
      expect(segment).toBe('Champions');
      expect(segmentOfRow[ids.indexOf(id)]).toBe(champions);
    }
  });
});

describe('cross-sell lists kept with a run', () => {
  it('the save dialog names the file after the run and the list', async () => {
    const list = t.service.shop.lists.lists(runId)[0];
    const path = join(dir, 'dialog.xlsx');
    t.dialogs.saveFile.push(path);
    const written = await t.service.exportMembers(runId, { ...CSV_MEMBERS, format: 'xlsx', listId: list.id });
    expect(written?.rows).toBe(25);
    const run = t.service.runDetails(runId).run;
    expect(t.dialogs.savedAs.at(-1)).toEqual({
      defaultName: `${run.name} Champions_ bought GREEN REGENCY TEACUP AND SAUCER, not REGENCY CAKESTAND 3 TIER.xlsx`,
      kind: 'xlsx',
    });
  });

  it('round trip through the store: kept with their spec, count and members, oldest first; deleted with the run’s other lists untouched', async () => {
    const zh = await t.service.shop.lists.create(
      runId,
      { ...spec(), bought: [{ key: '', name: 'green regency teacup and saucer' }] },
      undefined,
      undefined,
      'zh-CN',
    );
    // Found by name (any case), kept as the data names it; named in Chinese.
    expect(zh.spec.bought).toEqual([TEACUP]);
    expect(zh.name).toBe('冠军客户：买过GREEN REGENCY TEACUP AND SAUCER，未买REGENCY CAKESTAND 3 TIER');
    const named = await t.service.shop.lists.create(runId, spec(), '  Teacup fans  ');
    expect(named.name).toBe('Teacup fans');
    const kept = t.service.shop.lists.lists(runId);
    expect(kept.map((l) => l.id)).toEqual([kept[0].id, zh.id, named.id]);
    expect(kept.slice(1)).toEqual([zh, named]);
    expect(kept.every((l) => l.customers === 25 && l.runId === runId)).toBe(true);
    // The members blob: 25 row numbers, 4 bytes each, little-endian, of the expected customers.
    const db = new Database(file, { readonly: true });
    const blob = db.prepare('SELECT members FROM run_lists WHERE id = ?').pluck().get(named.id) as Buffer;
    db.close();
    expect(blob.length).toBe(25 * 4);
    const rows = Array.from({ length: 25 }, (_, i) => blob.readUInt32LE(i * 4));
    expect(rows.map((r) => ids[r]).sort()).toEqual(expectedIds());
    t.service.shop.lists.delete(zh.id);
    expect(t.service.shop.lists.lists(runId).map((l) => l.id)).toEqual([kept[0].id, named.id]);
    expect(() => t.service.shop.lists.delete(zh.id)).toThrow(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });

  it('the top-products list: a segment’s customers who bought none of its top 5 products by buyers', async () => {
    const loyal = t.service.runDetails(runId).result.segments.findIndex((s) => s.key === 'loyal');
    const top = await t.service.shop.lists.topProductsSpec(runId, loyal, 5);
    expect(top.notBought).toHaveLength(5);
    const codes = top.notBought.map((i) => i.key);
    const expected = ids.filter((id, r) => segmentOfRow[r] === loyal && !codes.some((c) => bought.get(id)?.has(c)));
    expect(await t.service.shop.lists.preview(runId, top)).toEqual({ customers: expected.length });
    expect(expected.length).toBe(208);
  });

  it('refuse items the data does not have (naming them), an item both bought and not, another run’s list', async () => {
    const lists = t.service.shop.lists;
    await expect(
      lists.preview(runId, {
        ...spec(),
        notBought: [CAKESTAND, { key: 'NO-SUCH', name: '' }, { key: 'POST', name: '' }],
      }),
    ).rejects.toMatchObject({ code: 'E_INVALID_INPUT', details: { unknownItems: ['NO-SUCH', 'POST'] } });
    await expect(lists.preview(runId, { ...spec(), notBought: [TEACUP] })).rejects.toMatchObject({
      code: 'E_INVALID_INPUT',
      details: { bothItems: ['22697'] },
    });
    const other = await t.service.createRun(t.service.runDetails(runId).run.datasetId, { ...RFM_ELEVEN, bins: 4 });
    const listId = lists.lists(runId)[0].id;
    await expect(
      t.service.runMembersPage(other.run.id, { offset: 0, limit: 10 }, undefined, undefined, listId),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(
      t.service.exportMembersTo(other.run.id, { ...CSV_MEMBERS, listId }, join(dir, 'other.csv')),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect(lists.lists(other.run.id)).toEqual([]);
    // A run's lists go with it.
    await lists.create(other.run.id, spec());
    t.service.deleteRun(other.run.id);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM run_lists WHERE run_id = ?').pluck().get(other.run.id)).toBe(0);
    db.close();
  });

  it('of a run edited after the list was made: found again from the list’s spec on the run’s new members', async () => {
    const datasetId = t.service.runDetails(runId).run.datasetId;
    const made = await t.service.createRun(datasetId, RFM_ELEVEN);
    const champs = made.result.segments.findIndex((s) => s.key === 'champions');
    const list = await t.service.shop.lists.create(made.run.id, { ...spec(), segment: champs });
    expect(list.customers).toBe(25);
    // Edited: 3 score bins instead of 5, so other customers are Champions.
    const edited = await t.service.createRun(datasetId, { ...RFM_ELEVEN, bins: 3 }, { replaceRunId: made.run.id });
    const members = t.service.runMembers(edited.run.id);
    const now = edited.result.segments.findIndex((s) => s.key === 'champions');
    const expected = Array.from({ length: members.numRows }, (_, r) => r)
      .filter((r) => members.getChild('segment')!.get(r) === now)
      .map((r) => String(members.getChild('customerId')!.get(r)))
      .filter((id) => bought.get(id)?.has('22697') && !bought.get(id)?.has('22423'))
      .sort();
    expect(expected.length).not.toBe(25);
    const path = join(dir, 'edited.csv');
    await t.service.exportMembersTo(made.run.id, { ...CSV_MEMBERS, listId: list.id, columns: ['customerId'] }, path);
    expect(
      csvCells(path)
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(expected);
    t.service.deleteRun(made.run.id);
  });

  it('in a workspace open read-only: preview, lists and export work; create and delete are refused', async () => {
    const before = t.service.shop.lists.lists(runId);
    await t.service.close();
    await t.service.openAt(file, { readOnly: true });
    const lists = t.service.shop.lists;
    expect(await lists.preview(runId, spec())).toEqual({ customers: 25 });
    await expect(lists.create(runId, spec())).rejects.toMatchObject({ code: 'E_WORKSPACE_READ_ONLY' });
    expect(() => lists.delete(before[0].id)).toThrow(expect.objectContaining({ code: 'E_WORKSPACE_READ_ONLY' }));
    expect(lists.lists(runId)).toEqual(before);
    const path = join(dir, 'read-only.xlsx');
    const written = await t.service.exportMembersTo(
      runId,
      { ...CSV_MEMBERS, format: 'xlsx', listId: before[0].id },
      path,
    );
    expect(written.rows).toBe(25);
  });
});
