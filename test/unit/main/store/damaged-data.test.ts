import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAnalyzeEn, cliOn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

const dir = tempDir('segdesk-damaged-');
const pristine = join(dir, 'analysis.segdesk');
const orders = sharedData('rfm_data_orders.csv');
const MAP = 'customerId=customer_id,orderDate=order_date,amount=revenue';

/** A copy of the two-dataset, two-run workspace with `sql` run on it (the tampering). */
function tampered(name: string, sql: string): string {
  const file = join(dir, `${name}.segdesk`);
  copyFileSync(pristine, file);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

/** What each damage message says to do. */
const REMEDY = {
  E_DATASET_CORRUPT: 'delete the dataset and import its file again',
  E_RUN_CORRUPT: 'delete the run and run the analysis again',
};

const errorLine = (r: { stderr: string; code: number | null }) => ({ stderr: r.stderr, code: r.code });

beforeAll(() => {
  // Dataset 1 with run 1 (analyze), then dataset 2 with run 2.
  expect(cliAnalyzeEn(orders, dir).code).toBe(0);
  expect(cli('import', orders, '--workspace', pristine, '--map', MAP, '--name', 'Second').code).toBe(0);
  expect(cliOn(pristine)('run', '--dataset', '2', '--model', 'rfm').code).toBe(0);
});

describe('one tampered dataset row does not make the workspace unusable', () => {
  const cases = [
    ['columns_json', "UPDATE datasets SET columns_json = '{' WHERE id = 1", 'its column list'],
    ['quality_json', "UPDATE datasets SET quality_json = '[1,2]' WHERE id = 1", 'its quality report'],
    ['source_json', "UPDATE datasets SET source_json = 'null' WHERE id = 1", 'its source settings'],
    ['kind', "UPDATE datasets SET kind = 'bogus' WHERE id = 1", 'its kind (orders or customers)'],
  ] as const;
  for (const [part, sql, words] of cases) {
    it(`${part} altered: listed as damaged, E_DATASET_CORRUPT when used, everything else works, copy rescues the rest`, () => {
      const file = tampered(part, sql);
      const on = cliOn(file);
      const problem = `Dataset #1 “rfm_data_orders” is damaged in the workspace file: ${words} cannot be read. The rest of the workspace is intact: delete the dataset and import its file again.`;
      const info = cli('workspace', 'info', file, '--json');
      expect(info.code).toBe(0);
      const parsed = JSON.parse(info.stdout);
      expect(parsed.datasets.map((d: { id: number }) => d.id)).toEqual([2]);
      expect(parsed.damagedDatasets).toEqual([
        expect.objectContaining({ id: 1, name: 'rfm_data_orders', rowCount: 4906, problem }),
      ]);
      expect(parsed.runs.map((r: { id: number }) => r.id)).toEqual([1, 2]);
      expect(cli('dataset', 'list', '--workspace', file).stdout.split('\n')[0]).toBe(
        `#1\trfm_data_orders\tDAMAGED\t${problem}`,
      );
      expect(errorLine(on('run', '--dataset', '1', '--model', 'rfm'))).toEqual({
        stderr: `error: E_DATASET_CORRUPT: ${problem}\n`,
        code: 1,
      });
      expect(on('members', '--run', '2', '--json').code).toBe(0);
      expect(on('run', '--dataset', '2', '--model', 'rfm', '--json').code).toBe(0);
      const copy = join(dir, `${part}-rescued.segdesk`);
      expect(cli('workspace', 'copy', file, copy).code).toBe(0);
      expect(JSON.parse(cli('workspace', 'info', copy, '--json').stdout).datasets[0]).toMatchObject({
        id: 2,
        name: 'Second',
      });
    });
  }
});

describe('tampered run JSON and blobs: a corruption code naming the run or dataset, never parser text', () => {
  it('a run’s results, settings and customer pieces; a dataset’s stored data', () => {
    const cases = [
      ['UPDATE runs SET result_json = \'{"segments":\' WHERE id = 2', 'E_RUN_CORRUPT', 'Run #2', 'its results'],
      ['UPDATE runs SET spec_json = \'{"model":"nope"}\' WHERE id = 2', 'E_RUN_CORRUPT', 'Run #2', 'its settings'],
      ["UPDATE run_chunks SET bytes = x'00ff00ff' WHERE run_id = 2", 'E_RUN_CORRUPT', 'Run #2', 'its customers'],
      [
        "UPDATE dataset_chunks SET bytes = x'00ff00ff' WHERE dataset_id = 2",
        'E_DATASET_CORRUPT',
        'Dataset #2',
        'its stored data',
      ],
    ] as const;
    for (const [i, [sql, code, who, words]] of cases.entries()) {
      const file = tampered(`blob-${i}`, sql);
      const r =
        code === 'E_RUN_CORRUPT'
          ? cliOn(file)('members', '--run', '2', '--json')
          : cliOn(file)('run', '--dataset', '2', '--model', 'rfm');
      const name = who.startsWith('Run') ? (r.stderr.match(/“(.*)”/)?.[1] ?? '?') : 'Second';
      expect(errorLine(r)).toEqual({
        stderr: `error: ${code}: ${who} “${name}” is damaged in the workspace file: ${words} cannot be read. The rest of the workspace is intact: ${REMEDY[code]}.\n`,
        code: 1,
      });
      expect(cliOn(file)('members', '--run', '1', '--json').code).toBe(0);
    }
  });
});
