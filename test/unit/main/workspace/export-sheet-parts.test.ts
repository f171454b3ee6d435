import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersExportSchema } from '../../../../src/shared/exports';
import type { RunResult } from '../../../../src/shared/segments';
import { ordersRfmRun } from '../../../helpers/orders-rfm-run';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

/** Rows a sheet holds here, header included: Excel's 1,048,576 lowered so the 995 customers need several sheets. */
const SHEET_ROWS = 50;

let t: TestService;
let dir: string;
let runId: number;
let result: RunResult;

beforeAll(async () => {
  t = createTestService({ xlsxSheetRows: SHEET_ROWS });
  dir = tempDir('segdesk-parts-');
  const made = await ordersRfmRun(t.service, join(dir, 'parts.segdesk'));
  runId = made.run.id;
  result = made.result;
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

describe('an XLSX members export longer than a sheet holds', () => {
  it.for(['en', 'zh-CN'] as const)(
    'splits each segment into parts at the limit, named in the export’s language (%s), with every customer once',
    async (lang) => {
      const most = Math.max(...result.segments.map((s) => s.customers));
      const big = result.segments.findIndex((s) => s.customers === most);
      expect(most).toBeGreaterThan(2 * (SHEET_ROWS - 1));
      const path = join(dir, `members-${lang}.xlsx`);
      const options = membersExportSchema.parse({ format: 'xlsx', segments: [big], lang });
      const written = await t.service.exportMembersTo(runId, options, path);
      const customers = result.segments[big].customers;
      expect(written.rows).toBe(customers);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      const parts = Math.ceil(customers / (SHEET_ROWS - 1));
      const name = result.segments[big].name[lang];
      const partName = (p: number) => (lang === 'en' ? `${name} (part ${p})` : `${name}（第${p}部分）`);
      expect(book.worksheets.map((w) => w.name)).toEqual([
        lang === 'en' ? 'Summary' : '分群汇总',
        ...Array.from({ length: parts }, (_, p) => partName(p + 1)),
      ]);
      const ids = new Set<unknown>();
      for (const sheet of book.worksheets.slice(1)) {
        expect(sheet.getRow(1).getCell(1).value).toBe(book.worksheets[1].getRow(1).getCell(1).value);
        expect(sheet.rowCount).toBeLessThanOrEqual(SHEET_ROWS);
        for (let r = 2; r <= sheet.rowCount; r++) ids.add(sheet.getRow(r).getCell(1).value);
      }
      expect(book.worksheets.slice(1).map((w) => w.rowCount - 1)).toEqual(
        Array.from({ length: parts }, (_, p) => Math.min(SHEET_ROWS - 1, customers - p * (SHEET_ROWS - 1))),
      );
      expect(ids.size).toBe(customers);
    },
  );
});
