import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, EVENT_NAMES, events, indexContract, requests } from '../../../src/shared/contract';
import { AppError, ERROR_CODES, toErrorData } from '../../../src/shared/errors';

describe('contract', () => {
  it('names every request domain:action, once', () => {
    expect(contract.size).toBe(requests.length);
    for (const name of contract.keys()) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect([...contract.keys()]).toContain('workspace:openRecent');
    expect([...contract.keys()]).toContain('job:cancel');
  });

  it('fails at start-up on a duplicate name', () => {
    const entry = { name: 'workspace:open', input: z.object({}), output: z.null() };
    expect(() => indexContract([entry, { ...entry }])).toThrowError(
      expect.objectContaining({ code: 'E_DUPLICATE_CHANNEL', message: 'Request "workspace:open" is declared twice' }),
    );
  });

  it('refuses names that are not domain:action', () => {
    expect(() => indexContract([{ name: 'openWorkspace', input: z.null(), output: z.null() }])).toThrowError(
      expect.objectContaining({ code: 'E_INVALID_INPUT' }),
    );
  });

  it('declares the job events', () => {
    expect(EVENT_NAMES).toEqual([
      'job:progress',
      'job:done',
      'job:failed',
      'workspace:changed',
      'app:error',
      'menu:command',
    ]);
    expect(
      events['job:progress'].safeParse({ jobId: 'j', kind: 'k', fraction: 1.5, message: { key: 'x' } }).success,
    ).toBe(false);
    expect(
      events['job:progress'].safeParse({ jobId: 'j', kind: 'k', fraction: 0.5, message: { key: 'x' } }).success,
    ).toBe(true);
  });

  it('carries Arrow bytes as Uint8Array in the grid page output', () => {
    const out = contract.get('dataset:page')!.output;
    expect(out.safeParse({ total: 1, arrow: new Uint8Array([1, 2]) }).success).toBe(true);
    expect(out.safeParse({ total: 1, arrow: [1, 2] }).success).toBe(false);
  });

  it('requires an explicit confirmation to delete', () => {
    const input = contract.get('dataset:delete')!.input;
    expect(input.safeParse({ datasetId: 1 }).success).toBe(false);
    expect(input.safeParse({ datasetId: 1, confirm: false }).success).toBe(false);
    expect(input.safeParse({ datasetId: 1, confirm: true }).success).toBe(true);
  });
});

describe('errors as data', () => {
  it('keeps the code of an AppError and hides anything else behind E_INTERNAL', () => {
    expect(toErrorData(new AppError('E_NOT_A_WORKSPACE', 'nope', { a: 1 }))).toEqual({
      code: 'E_NOT_A_WORKSPACE',
      message: 'nope',
      details: { a: 1 },
    });
    expect(toErrorData(new TypeError('x is undefined'))).toEqual({ code: 'E_INTERNAL', message: 'x is undefined' });
    expect(toErrorData('boom')).toEqual({ code: 'E_INTERNAL', message: 'boom' });
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
