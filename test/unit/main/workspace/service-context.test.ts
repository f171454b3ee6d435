import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import type { JobHost } from '../../../../src/main/worker/job-host';
import { ServiceContext } from '../../../../src/main/workspace/service-context';
import type { ServiceDeps } from '../../../../src/main/workspace/service-deps';
import { tempDir } from '../../../helpers/paths';

const deps = { now: () => Date.UTC(2024, 5, 30) } as ServiceDeps;
const noJobs = {} as JobHost;

describe('ServiceContext', () => {
  const store = WorkspaceStore.create(join(tempDir('segdesk-context-'), 'w.segdesk'));
  afterAll(() => store.close());

  it('without an open workspace: E_NO_WORKSPACE', () => {
    const ctx = new ServiceContext(deps, noJobs, () => null);
    expect(() => ctx.requireRun(1)).toThrowError(
      expect.objectContaining({ code: 'E_NO_WORKSPACE', message: 'No workspace is open.' }),
    );
    expect(() => ctx.requireDataset(1)).toThrowError(expect.objectContaining({ code: 'E_NO_WORKSPACE' }));
  });

  it('requireRun and requireDataset name the missing row: E_NOT_FOUND with its id', () => {
    const ctx = new ServiceContext(deps, noJobs, () => store);
    expect(() => ctx.requireRun(7)).toThrowError(
      expect.objectContaining({ code: 'E_NOT_FOUND', message: 'Run 7 does not exist' }),
    );
    expect(() => ctx.requireDataset(3)).toThrowError(
      expect.objectContaining({ code: 'E_NOT_FOUND', message: 'Dataset 3 does not exist' }),
    );
    expect(() => ctx.runRef(7)).toThrowError(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });

  it('one clock: the injected one', () => {
    expect(new ServiceContext(deps, noJobs, () => null).now()).toBe(Date.UTC(2024, 5, 30));
  });

  it('the translator gives the export file words of each language', () => {
    const ctx = new ServiceContext(deps, noJobs, () => null);
    expect(['members', 'summary', 'report'].map((k) => ctx.translate('zh-CN')(`exportFiles.${k}`))).toEqual([
      '客户名单',
      '分群汇总',
      '报告',
    ]);
    expect(ctx.translate('en')('exportFiles.groups', { seed: 42 })).toBe('groups-seed-42');
    expect(ctx.translate('zh-CN')('exportFiles.groups', { seed: 42 })).toBe('实验与对照-42');
  });
});
