import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddColumnRequest } from '../../../../src/shared/calc/calculated-column';
import { rulesSpecSchema } from '../../../../src/shared/segments';
import { datasetChanges } from '../../../../src/main/store/dataset-changes';
import { openDatabase } from '../../../../src/main/store/open-database';
import { readDatasetTable } from '../../../../src/main/store/read-dataset';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
afterEach(async () => {
  await t?.service.dispose();
});

/** A stored dataset's table and recorded changes, read from the workspace file itself. */
function stored(file: string, id: number) {
  const db = openDatabase(file, { readonly: true });
  try {
    return { table: readDatasetTable(db, id), changes: datasetChanges(db, id).map((r) => r.change) };
  } finally {
    db.close();
  }
}

describe('calculated columns in a workspace', () => {
  it('re-applies the definitions to appended rows (rfm_data_orders in two halves)', async () => {
    t = createTestService();
    const dir = tempDir();
    const file = join(dir, 'w.segdesk');
    const [header, ...lines] = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trimEnd().split('\n');
    const write = (name: string, keep: (l: string) => boolean) => {
      writeFileSync(join(dir, name), [header, ...lines.filter(keep)].join('\n') + '\n');
      return join(dir, name);
    };
    const date = (l: string) => l.split(',')[1];
    await t.service.createAt(file);
    const base = await t.service.importFile(write('a.csv', (l) => date(l) < '2005-01-01'));
    await t.service.addColumn(base.id, {
      name: 'with_tax',
      definition: { shape: 'times', column: 'revenue', factor: 1.13 },
    });
    await t.service.addColumn(base.id, { name: 'year', definition: { shape: 'year', column: 'order_date' } });
    await t.service.addColumn(base.id, {
      name: 'band',
      definition: { shape: 'bands', column: 'with_tax', edges: [0, 50, 100] },
    });
    await t.service.addColumn(base.id, {
      name: 'mailbox',
      definition: { shape: 'before', column: 'email', separator: '@' },
    });
    const after = await t.service.appendImport(
      t.service.registerFile(write('b.csv', (l) => date(l) >= '2005-01-01')).token,
      base.id,
      {},
    );
    expect(after.rowCount).toBe(4906);
    expect(after.columns.slice(-4).map((c) => [c.name, c.spec.kind, c.missing, c.calculated?.shape])).toEqual([
      ['with_tax', 'decimal', 0, 'times'],
      ['year', 'integer', 0, 'year'],
      ['band', 'category', 0, 'bands'],
      ['mailbox', 'category', 0, 'before'],
    ]);
    const { table, changes } = stored(file, base.id);
    // Every row, the appended ones too, as computed here from the file's own cells.
    const byKey = new Map(
      [...table].map((r) => [`${r.customer_id}|${r.email}|${r.revenue}|${r.year}`, [r.with_tax, r.band, r.mailbox]]),
    );
    for (const line of lines) {
      const [id, day, revenue, , , email] = line.split(',');
      const taxed = Number(revenue) * 1.13;
      expect(byKey.get(`${id}|${email}|${revenue}|${day.slice(0, 4)}`)).toEqual([
        taxed,
        taxed < 50 ? '0–50' : taxed < 100 ? '50–100' : '≥ 100',
        email.split('@')[0],
      ]);
    }
    expect(changes.map((c) => [c.type, 'column' in c ? c.column : null])).toEqual([
      ['addColumn', 'with_tax'],
      ['addColumn', 'year'],
      ['addColumn', 'band'],
      ['addColumn', 'mailbox'],
    ]);
  });

  it('one transaction: a bad definition, a taken name or a wrong meaning writes nothing', async () => {
    t = createTestService({ systemLocale: 'zh-CN' });
    const file = join(tempDir(), 'w.segdesk');
    await t.service.createAt(file);
    const d = await t.service.importFile(sharedData('marketing_campaign.csv'), { kind: 'customers' });
    const before = stored(file, d.id);
    const tries: AddColumnRequest[] = [
      { name: 'x', definition: { shape: 'ratio', a: 'Income', b: 'Nope' } },
      { name: 'Income', definition: { shape: 'sum', columns: ['MntWines'] } },
      { name: 'x', definition: { shape: 'year', column: 'Dt_Customer' }, role: 'signupDate' },
      { name: 'x', definition: { shape: 'sum', columns: ['MntWines'] }, role: 'amount' },
    ];
    const codes = [];
    for (const request of tries)
      codes.push(
        await t.service.addColumn(d.id, request).then(
          () => 'added',
          (e: { code: string }) => e.code,
        ),
      );
    expect(codes).toEqual(['E_UNKNOWN_COLUMN', 'E_COLUMN_EXISTS', 'E_WRONG_COLUMN_TYPE', 'E_BAD_SPEC']);
    const after = stored(file, d.id);
    expect(after.changes).toEqual([]);
    expect(after.table.numCols).toBe(before.table.numCols);
    expect(t.service.current()!.datasets[0].columns).toEqual(d.columns);
  });

  it('gives the meaning at once, taking it from the column that had it, both recorded', async () => {
    t = createTestService();
    const file = join(tempDir(), 'w.segdesk');
    await t.service.createAt(file);
    const d = await t.service.importFile(sharedData('marketing_campaign.csv'), {
      kind: 'customers',
      roles: { customerId: 'ID', revenue: 'MntWines' },
    });
    const after = await t.service.addColumn(d.id, {
      name: 'spend',
      definition: { shape: 'sum', columns: ['MntWines', 'MntGoldProds'] },
      role: 'revenue',
    });
    expect(after.roles.revenue).toBe('spend');
    expect(stored(file, d.id).changes).toEqual([
      {
        type: 'addColumn',
        column: 'spend',
        definition: { shape: 'sum', columns: ['MntWines', 'MntGoldProds'] },
      },
      { type: 'role', column: 'MntWines', from: 'revenue', to: null },
      { type: 'role', column: 'spend', from: null, to: 'revenue' },
    ]);
    // A column like any other: the rule builder offers it with its range.
    const rows = readFileSync(sharedData('marketing_campaign.csv'), 'utf8').trim().split('\n').slice(1);
    const spends = rows.map((l) => Number(l.split('\t')[9]) + Number(l.split('\t')[14]));
    const { fields } = await t.service.ruleFields(d.id);
    const spend = fields.find((f) => f.name === 'spend')!;
    expect([spend.kind, spend.min, spend.max]).toEqual(['number', Math.min(...spends), Math.max(...spends)]);
    // … a rule on it counts as the file does, and the members export offers it (as the field the rule tests).
    const spec = rulesSpecSchema.parse({
      model: 'rules',
      rules: [
        { key: 'big', name: { en: 'Big', 'zh-CN': '大' }, when: { all: [{ field: 'spend', op: 'range', min: 1000 }] } },
      ],
    });
    const made = await t.service.createRun(d.id, spec);
    expect(made.result.segments[0].customers).toBe(spends.filter((v) => v >= 1000).length);
    const offered = await t.service.exportColumns(made.run.id);
    expect(offered.find((c) => c.key === 'spend')?.group).toBe('model');
    const preview = await t.service.previewColumn(d.id, { shape: 'ratio', a: 'MntGoldProds', b: 'MntFruits' }, 3);
    // The first rows of the file: 88/88, 6/1, 42/49.
    expect(preview).toMatchObject({
      values: ['1', '6', String(42 / 49)],
      inputs: [
        ['88', '6', '42'],
        ['88', '1', '49'],
      ],
    });
    const lines = readFileSync(sharedData('marketing_campaign.csv'), 'utf8').trim().split('\n').slice(1);
    const zero = lines.filter((l) => l.split('\t')[10] === '0').length;
    expect([preview.zeroDivisor, preview.empty, preview.rows]).toEqual([zero, zero, 2240]);
  });
});
