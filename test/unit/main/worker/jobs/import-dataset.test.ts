import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../../src/main/worker/dataset-cache';
import { createRun } from '../../../../../src/main/worker/jobs/create-run';
import { importDataset } from '../../../../../src/main/worker/jobs/import-dataset';
import { loadRun } from '../../../../../src/main/worker/jobs/load-run';
import { readRunMembers } from '../../../../../src/main/store/runs';
import { modelSpecSchema } from '../../../../../src/shared/segments';
import { openDatabase } from '../../../../../src/main/store/open-database';
import { readDatasetTable } from '../../../../../src/main/store/read-dataset';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { createTestService } from '../../../../helpers/service';
import { quietJobContext } from '../../../../helpers/job-context';

const ctx = quietJobContext();

describe('importDataset keeps what it stored for the next job', () => {
  it.each([
    ['rfm_data_orders.csv'],
    ['CDNOW_master.txt'],
    ['tmall_order_report_gbk.csv'],
    ['marketing_campaign.csv'],
    ['online_retail_sample40k.xlsx'],
  ])('%s: the columns the next job gets are those read back from the file, byte for byte', async (name) => {
    const workspace = join(tempDir(), 'kept.segdesk');
    const t = createTestService();
    await t.service.createAt(workspace);
    await t.service.dispose();
    const info = await importDataset(
      {
        workspacePath: workspace,
        filePath: sharedData(name),
        settings: {},
        now: Date.UTC(2026, 0, 1),
        fallbackCurrency: 'USD',
      },
      ctx,
    );
    const db = openDatabase(workspace);
    let stored: Buffer;
    try {
      stored = Buffer.from(tableToIPC(readDatasetTable(db, info.id), 'stream'));
      // The rows gone from the file: the next job can only have them from what the import kept.
      db.prepare('DELETE FROM dataset_chunks WHERE dataset_id = ?').run(info.id);
    } finally {
      db.close();
    }
    const kept = loadDataset(workspace, info.id, ctx.config);
    expect(kept.table.numRows).toBe(info.rowCount);
    expect(Buffer.from(tableToIPC(kept.table, 'stream')).equals(stored)).toBe(true);
  });
});

describe('createRun keeps the members it stored for the next job', () => {
  it('an RFM run of rfm_data_orders, then the same run re-made: the export, summary and report get the members as stored, byte for byte', async () => {
    const workspace = join(tempDir(), 'members.segdesk');
    const t = createTestService();
    await t.service.createAt(workspace);
    const { id: datasetId } = await t.service.importFile(sharedData('rfm_data_orders.csv'));
    await t.service.dispose();
    const input = {
      workspacePath: workspace,
      datasetId,
      spec: modelSpecSchema.parse({ model: 'rfm', scheme: 'eleven', analysisDate: '2006-12-31' }),
      now: Date.UTC(2026, 0, 1),
    };
    const first = await createRun(input, ctx);
    const again = await createRun({ ...input, replaceRunId: first.run.id }, ctx);
    expect(again.run.revision).toBe(first.run.revision + 1);
    const db = openDatabase(workspace);
    let stored: Buffer;
    try {
      stored = Buffer.from(tableToIPC(readRunMembers(db, first.run.id), 'stream'));
      // The members gone from the file: a job can only have them from what the re-run kept.
      db.prepare('DELETE FROM run_chunks WHERE run_id = ?').run(first.run.id);
    } finally {
      db.close();
    }
    const { members } = loadRun({ workspacePath: workspace, runId: first.run.id, now: input.now }, ctx);
    expect(members.numRows).toBe(again.result.customers);
    expect(Buffer.from(tableToIPC(members, 'stream')).equals(stored)).toBe(true);
  });
});
