import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../../../../src/main/worker/jobs/create-run';
import type { JobContext } from '../../../../../src/main/worker/protocol';
import { AppError } from '../../../../../src/shared/errors';
import { modelSpecSchema } from '../../../../../src/shared/segments';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { createTestService } from '../../../../helpers/service';
import { digestWorkspace } from '../../../../helpers/workspace-digest';

/** createRun maps the model's own progress (0…1) onto 0.5…0.8 of the job. */
const modelShare = (fraction: number) => (fraction - 0.5) / 0.3;

/** A job context that records the model's progress and each cancel check, and cancels at the `cancelAt`-th check. */
function recordingContext(cancelAt = Number.POSITIVE_INFINITY) {
  const seen = { progress: [] as number[], checks: [] as number[] };
  const ctx: JobContext = {
    config: {},
    isCancelled: () => seen.checks.length >= cancelAt,
    throwIfCancelled() {
      // Each check remembers how far the model had come when it was made.
      seen.checks.push(seen.progress.length);
      if (seen.checks.length >= cancelAt) throw new AppError('E_CANCELLED', 'The job was cancelled.');
    },
    progress(fraction, message) {
      if (message?.key === 'runModel' && fraction > 0.5) seen.progress.push(modelShare(fraction));
    },
  };
  return { ctx, seen };
}

describe('a CLV run in the worker on CDNOW master (23,570 customers; calibration 1997-09-30, holdout 1998-06-30: three fits)', () => {
  const dir = tempDir('segdesk-clv-cancel-');
  const workspacePath = join(dir, 'cdnow.segdesk');
  let datasetId = 0;
  const input = () => ({
    workspacePath,
    datasetId,
    spec: modelSpecSchema.parse({ model: 'clv', calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' }),
    now: Date.UTC(2026, 0, 1),
  });
  beforeAll(async () => {
    const t = createTestService();
    await t.service.createAt(workspacePath);
    datasetId = (
      await t.service.importFile(sharedData('CDNOW_master.txt'), {
        kind: 'transactions',
        roles: { customerId: 'customer_id', orderDate: 'date', amount: 'dollar_value', quantity: 'number_of_cds' },
      })
    ).id;
    await t.service.dispose();
    expect(digestWorkspace(workspacePath).runs).toEqual({});
  }, 60_000);

  it('reports progress between the optimisers’ steps, rising from 0.1 to 0.9, and checks for a cancel at each', async () => {
    const runsBefore = Object.keys(digestWorkspace(workspacePath).runs).length;
    const { ctx, seen } = recordingContext();
    const { result } = await createRun(input(), ctx);
    expect(result.clv!.models.map((m) => m.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    const p = seen.progress;
    expect(p[0]).toBeCloseTo(0.1, 12);
    expect(p.at(-1)).toBeCloseTo(0.9, 12);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1]);
    // Each of the three fits (0.1…0.6 of the model, a sixth each) reports one step per BFGS
    // iteration: at least as many as the model's likelihood evaluations over 3 (a line search
    // takes one to a few), and a cancel check comes with every one of them.
    const bounds = [0.1, 0.1 + 0.5 / 3, 0.1 + 1 / 3, 0.6];
    result.clv!.models.forEach((m, k) => {
      const inFit = p.filter((f) => f > bounds[k] + 1e-12 && f < bounds[k + 1] - 1e-12);
      expect(inFit.length).toBeGreaterThanOrEqual(Math.floor(m.evaluations / 3));
    });
    const duringFits = p.filter((f) => f > 0.1 && f < 0.6).length;
    const checksDuringFits = new Set(seen.checks.filter((at) => p[at - 1] > 0.1 && p[at - 1] < 0.6)).size;
    expect(checksDuringFits).toBeGreaterThanOrEqual(duringFits - 1);
    // The finished run was stored: one more run than before.
    expect(Object.keys(digestWorkspace(workspacePath).runs)).toHaveLength(runsBefore + 1);
  }, 60_000);

  it('cancelled in the middle of the second fit: E_CANCELLED at once, and the workspace is as it was', async () => {
    const { ctx: first, seen: full } = recordingContext();
    // The checks of an uncancelled run: cancel at the first made while the second fit (BG/NBD) runs.
    await createRun(input(), first);
    const secondFit = (f: number) => f > 0.1 + 0.5 / 3 && f < 0.1 + 1 / 3;
    const at = full.checks.findIndex((k) => k > 0 && secondFit(full.progress[k - 1])) + 1;
    expect(at).toBeGreaterThan(0);
    const stored = digestWorkspace(workspacePath);
    const { ctx, seen } = recordingContext(at + 3);
    await expect(createRun(input(), ctx)).rejects.toMatchObject({ code: 'E_CANCELLED' });
    // It stopped inside the fits, not after the model had finished.
    expect(seen.progress.at(-1)!).toBeLessThan(0.6);
    expect(secondFit(seen.progress.at(-1)!)).toBe(true);
    expect(seen.checks).toHaveLength(at + 3);
    expect(digestWorkspace(workspacePath)).toEqual(stored);
  }, 60_000);
});
