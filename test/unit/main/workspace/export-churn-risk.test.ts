import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClvResult } from '../../../../src/shared/clv';
import { clvSpecSchema } from '../../../../src/shared/clv';
import { cdnowRows } from '../../../helpers/cdnow';
import { csvCells } from '../../../helpers/csv-cells';
import { CSV_MEMBERS, RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let dir: string;
let datasetId: number;
let runId: number;
let churn: ClvResult['churn'];
/** The customers on the churn-risk list by the list's rule, recomputed here from the file and the run's chances. */
let expected: string[];
/** The segment each listed customer is in (English name). */
let segmentOf: Map<string, string>;

beforeAll(async () => {
  t = createTestService();
  dir = tempDir('segdesk-churn-');
  await t.service.createAt(join(dir, 'cdnow.segdesk'));
  const dataset = await t.service.importFile(sharedData('CDNOW_master.txt'), {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'date', amount: 'dollar_value', quantity: 'number_of_cds' },
    policies: { duplicate_row: 'keep' },
  });
  datasetId = dataset.id;
  // Fitted on the whole history (to 1998-06-30), without a holdout: Pareto/NBD, the default.
  const { run, result } = await t.service.createRun(dataset.id, clvSpecSchema.parse({ model: 'clv' }));
  runId = run.id;
  expect(result.clv!.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'default' });
  churn = result.clv!.churn;
  // Past revenue of each customer, summed from the file's lines (all of them: the calibration is the whole history).
  const revenue = new Map<string, number>();
  for (const x of cdnowRows('CDNOW_master.txt', 0, 1, 3).raw)
    revenue.set(String(Number(x.id)), (revenue.get(String(Number(x.id))) ?? 0) + x.value);
  const members = t.service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  expected = [];
  segmentOf = new Map();
  for (let i = 0; i < members.numRows; i++) {
    const id = String(Number(ids.get(i)));
    const pAlive = members.getChild('pAlive')!.get(i) as number;
    const clv = members.getChild('clv')!.get(i) as number;
    const onList = pAlive < churn.alive && (revenue.get(id)! >= churn.pastRevenueFloor - 1e-9 || clv >= churn.clvFloor);
    // The run's own flag says the same.
    expect(members.getChild('churnRisk')!.get(i), id).toBe(onList ? 1 : 0);
    if (onList) {
      expected.push(id);
      segmentOf.set(id, result.segments[members.getChild('segment')!.get(i) as number].name.en);
    }
  }
  expected.sort();
  expect(members.numRows).toBe(23570);
}, 300_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('the churn-risk list of a CDNOW master CLV run, exported', () => {
  it('holds valuable customers: the rule in the run, as many as it counts', () => {
    expect(churn.alive).toBe(0.5);
    expect(churn.top).toBe(0.2);
    expect(expected.length).toBe(churn.customers);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(23570 * 0.4);
  });

  it('CSV: exactly the customers on the list, each marked at risk', async () => {
    const path = join(dir, 'churn.csv');
    const written = await t.service.exportMembersTo(runId, { ...CSV_MEMBERS, only: 'churnRisk' }, path);
    expect(written.rows).toBe(expected.length);
    const [header, ...rows] = csvCells(path);
    expect(header.slice(0, 2)).toEqual(['Customer ID', 'Segment']);
    expect(rows.map((r) => String(Number(r[0]))).sort()).toEqual(expected);
    const risk = header.indexOf('At risk of churning');
    expect(rows.filter((r) => r[risk] !== 'yes')).toEqual([]);
    for (const r of rows) expect(r[1]).toBe(segmentOf.get(String(Number(r[0]))));
  });

  it('XLSX (in Chinese): the summary, then one sheet per segment that holds listed customers, together exactly the list', async () => {
    const path = join(dir, 'churn.xlsx');
    await t.service.exportMembersTo(runId, { ...CSV_MEMBERS, format: 'xlsx', lang: 'zh-CN', only: 'churnRisk' }, path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ids: string[] = [];
    const risk: string[] = [];
    const sheets = book.worksheets.slice(1);
    for (const sheet of sheets) {
      const header = sheet.getRow(1).values as unknown[];
      const at = header.indexOf('流失风险');
      expect(at, sheet.name).toBeGreaterThan(0);
      sheet.eachRow((row, r) => {
        if (r === 1) return;
        ids.push(String(Number(row.getCell(1).text)));
        risk.push(row.getCell(at).text);
      });
    }
    expect(book.worksheets[0].name).toBe('分群汇总');
    expect(ids.sort()).toEqual(expected);
    expect(new Set(risk)).toEqual(new Set(['是']));
    // The segments with listed customers, and no others.
    const { result } = t.service.runDetails(runId);
    const listed = new Set(segmentOf.values());
    expect(sheets.map((s) => s.name)).toEqual(
      result.segments.filter((s) => listed.has(s.name.en)).map((s) => s.name['zh-CN']),
    );
  });

  it('a run without a churn-risk list (RFM) is refused with E_BAD_SPEC, in the export’s language, and nothing is written', async () => {
    const rfm = (await t.service.createRun(datasetId, RFM_ELEVEN)).run.id;
    for (const lang of ['en', 'zh-CN'] as const) {
      const path = join(dir, `rfm-${lang}.csv`);
      const refused = t.service.exportMembersTo(rfm, { ...CSV_MEMBERS, lang, only: 'churnRisk' }, path);
      await expect(refused).rejects.toMatchObject({
        code: 'E_BAD_SPEC',
        message: expect.stringMatching(
          lang === 'en' ? /^This run has no churn-risk list: only a lifetime-value/ : /^该分群没有流失风险名单/,
        ),
      });
      expect(existsSync(path)).toBe(false);
    }
  });
});
