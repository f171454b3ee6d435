import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readStoredJson } from '../../../../src/main/store/damaged';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import { CSV_MEMBERS, ordersRfmRun, RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { tempDir } from '../../../helpers/paths';
import { createTestService } from '../../../helpers/service';

const { service } = createTestService();
const dispatch = createDispatcher(createHandlers(service));
const dir = tempDir('segdesk-old-run-');
const file = join(dir, 'shop.segdesk');
const out = tempDir('segdesk-old-run-out-');
const RUN = 'RFM · 11 · rfm_data_orders';
const FIGURE = 'charts.histograms.monetary.0.from';

/** How every read of run 1's results fails: its id and name, the figure, and what to do. */
const oldRun = {
  code: 'E_RUN_CORRUPT',
  message: `Run #1 “${RUN}” cannot be read: a figure in its results is missing (an earlier version saved an infinite number as empty). The rest of the workspace is intact: delete the run and run the analysis again.`,
  details: { runId: 1, name: RUN, part: 'result_json', figure: FIGURE },
};

beforeAll(async () => {
  // Run 1 as a version before the fix stored it: an infinite histogram edge, which JSON.stringify writes as null.
  const { run } = await ordersRfmRun(service, file);
  await service.createRun(run.datasetId, { ...RFM_ELEVEN, analysisDate: '2007-06-01' });
  const db = new Database(file);
  const result = JSON.parse(db.prepare('SELECT result_json FROM runs WHERE id = 1').pluck().get() as string);
  result.charts.histograms.monetary[0].from = -Infinity;
  db.prepare('UPDATE runs SET result_json = ? WHERE id = 1').run(JSON.stringify(result));
  db.close();
});
afterAll(() => service.dispose());

describe('readStoredJson', () => {
  const schema = z.object({ share: z.number(), bins: z.array(z.object({ from: z.number() })), name: z.string() });
  const owner = { kind: 'dataset', id: 3, name: 'Spring orders' } as const;
  const read = (text: string) => () => readStoredJson(owner, 'quality_json', text, schema);

  it('numbers stored as null (an infinite figure through JSON.stringify) name the first such figure', () => {
    expect(read('{"share":0.5,"bins":[{"from":1},{"from":null}],"name":"a"}')).toThrow(
      expect.objectContaining({
        code: 'E_DATASET_CORRUPT',
        message:
          'Dataset #3 “Spring orders” cannot be read: a figure in its quality report is missing (an earlier version saved an infinite number as empty). The rest of the workspace is intact: delete the dataset and import its file again.',
        details: { datasetId: 3, name: 'Spring orders', part: 'quality_json', figure: 'bins.1.from' },
      }),
    );
  });

  it('a null beside other damage, a missing key or a text that is not JSON is damage, said without the parser’s words', () => {
    const damaged =
      'Dataset #3 “Spring orders” is damaged in the workspace file: its quality report cannot be read. The rest of the workspace is intact: delete the dataset and import its file again.';
    for (const text of ['{"share":null,"bins":[],"name":7}', '{"bins":[],"name":"a"}', '{"share":']) {
      expect(read(text), text).toThrow(
        expect.objectContaining({
          message: damaged,
          details: { datasetId: 3, name: 'Spring orders', part: 'quality_json' },
        }),
      );
    }
    expect(read('{"share":0.5,"bins":[],"name":"a"}')()).toEqual({ share: 0.5, bins: [], name: 'a' });
  });
});

describe('a run stored by an older version with a non-finite figure', () => {
  it('reading its results is E_RUN_CORRUPT naming the run and saying to run the analysis again', async () => {
    expect(() => service.runDetails(1)).toThrow(expect.objectContaining(oldRun));
    expect(await dispatch('run:get', { runId: 1 })).toEqual({ ok: false, error: oldRun });
  });

  it('so are its members page, its exports (members, summary, report), compare either way, movers and control groups', async () => {
    const reads = {
      members: () => service.runMembersPage(1, { offset: 0, limit: 50 }),
      'members export': () => service.exportMembersTo(1, CSV_MEMBERS, join(out, 'members.csv')),
      'summary export': () =>
        service.exportSummaryTo(1, { format: 'csv', encoding: 'utf8', delimiter: ',', lang: 'en' }, join(out, 's.csv')),
      'report (HTML)': () => service.exportReportTo(1, 'html', { lang: 'en', paper: 'a4' }, join(out, 'report.html')),
      'compare 1 → 2': () => service.comparison(1, 2),
      'compare 2 → 1': () => service.comparison(2, 1),
      movers: () => service.exportMoves(1, 2, 'champions', null, 'en', join(out, 'moves.csv')),
      'control group': () => service.pickGroups(1, ['champions'], 0.2, 7, 'en', join(out, 'groups.csv')),
    };
    for (const [what, read] of Object.entries(reads)) {
      const error = await read().then(
        () => null,
        (err: unknown) => err,
      );
      expect({ what, error }).toEqual({ what, error: expect.objectContaining(oldRun) });
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('the rest of the workspace works (its info, the run list, the dataset, the other run); deleting it and running again reads', async () => {
    const info = service.current()!;
    expect(info.runs.map((r) => [r.id, r.name, r.customerCount])).toEqual([
      [1, RUN, 995],
      [2, RUN, 995],
    ]);
    expect(info.datasets.map((d) => [d.id, d.rowCount])).toEqual([[1, 4906]]);
    expect(info.damagedDatasets).toEqual([]);
    const other = service.runDetails(2);
    expect(other.result.customers).toBe(995);
    expect(other.result.charts?.histograms.monetary[0].from).toEqual(expect.any(Number));
    expect((await service.runMembersPage(2, { offset: 0, limit: 10 })).total).toBe(995);
    const csv = join(tempDir('segdesk-old-run-out-'), 'run-2.csv');
    expect(await service.exportMembersTo(2, CSV_MEMBERS, csv)).toMatchObject({ rows: 995 });
    expect(readFileSync(csv, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(996);
    expect(await service.reportHtml(2, { lang: 'en', paper: 'a4' })).toContain(RUN);
    // What the message says to do: delete it and run the analysis again.
    service.deleteRun(1);
    const { run } = await service.createRun(1, { ...RFM_ELEVEN, analysisDate: '2007-01-01' });
    expect(service.runDetails(run.id).result.customers).toBe(995);
    expect(service.current()!.runs.map((r) => r.id)).toEqual([2, run.id]);
  });
});
