import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendDataset } from '../../../../../src/main/worker/jobs/append-dataset';
import { quietJobContext } from '../../../../helpers/job-context';
import { tempDir } from '../../../../helpers/paths';
import { createTestService } from '../../../../helpers/service';
import { digestWorkspace } from '../../../../helpers/workspace-digest';

/** `n` orders from row `from` on: customer, day, amount (72 bytes a row by the import estimate). */
const orders = (from: number, n: number) =>
  `customer_id,order_date,amount\n${Array.from({ length: n }, (_, k) => `C${(from + k) % 40},2025-${String(((from + k) % 12) + 1).padStart(2, '0')}-${String(((from + k) % 28) + 1).padStart(2, '0')},${from + k}.5`).join('\n')}\n`;

describe('appendDataset: the dataset appended to counts against the import budget', () => {
  it('a newer export that fits alone is refused when, with the 1,000 rows already held, it would not; the workspace is unchanged', async () => {
    const dir = tempDir();
    const workspace = join(dir, 'history.segdesk');
    writeFileSync(join(dir, 'first.csv'), orders(0, 1000));
    writeFileSync(join(dir, 'second.csv'), orders(1000, 600));
    const t = createTestService();
    await t.service.createAt(workspace);
    const base = await t.service.importFile(join(dir, 'first.csv'));
    await t.service.dispose();
    const before = digestWorkspace(workspace);
    const ctx = (tableBytes: number) =>
      quietJobContext({ importLimits: { tableBytes, wholeFileBytes: 1 << 20, xlsxBytes: 1 << 20, xlsBytes: 1 << 20 } });
    const input = {
      workspacePath: workspace,
      filePath: join(dir, 'second.csv'),
      datasetId: base.id,
      settings: {},
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'USD',
    };
    // 600 new rows take 43,200 bytes; the 1,000 held take 72,000: 100,000 allow 388 more.
    await expect(appendDataset(input, ctx(100_000))).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
      details: { limitBytes: 100_000, seenBytes: 100_008, rows: 389, columns: 3, heldBytes: 72_000 },
    });
    expect(digestWorkspace(workspace)).toEqual(before);
    expect((await appendDataset(input, ctx(120_000))).rowCount).toBe(1600);
  });
});
