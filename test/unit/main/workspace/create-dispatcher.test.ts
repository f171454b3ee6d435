import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { createDispatcher, type Handlers } from '../../../../src/main/workspace/create-dispatcher';
import { contract } from '../../../../src/shared/contract';

/** Handlers that answer with fixed, schema-valid values and record what they were called with. */
function fakeHandlers(calls: unknown[]): Handlers {
  const info = {
    name: 'SegmentDesk',
    version: '0.1.0',
    systemLocale: 'en-US',
    platform: 'linux',
    dataDir: '/home/a/.config/SegmentDesk',
  };
  const handlers = Object.fromEntries(
    [...contract.keys()].map((name) => [name, () => ({ ok: true })]),
  ) as unknown as Handlers;
  handlers['app:info'] = () => info;
  handlers['settings:set'] = (input) => (calls.push(input), { language: input.language });
  handlers['dataset:rename'] = () => {
    throw new AppError('E_NOT_FOUND', 'Dataset 7 does not exist');
  };
  handlers['workspace:current'] = () => ({ wrong: 'shape' }) as never;
  handlers['dataset:delete'] = () => {
    throw new RangeError('internal detail');
  };
  return handlers;
}

describe('createDispatcher', () => {
  it('passes parsed input to the handler and returns its output as data', async () => {
    const calls: unknown[] = [];
    const dispatch = createDispatcher(fakeHandlers(calls));
    expect(await dispatch('settings:set', { language: 'zh-CN' })).toEqual({ ok: true, value: { language: 'zh-CN' } });
    expect(calls).toEqual([{ language: 'zh-CN' }]);
    expect(await dispatch('app:info', undefined)).toEqual({
      ok: true,
      value: {
        name: 'SegmentDesk',
        version: '0.1.0',
        systemLocale: 'en-US',
        platform: 'linux',
        dataDir: '/home/a/.config/SegmentDesk',
      },
    });
  });

  it('refuses unknown channels', async () => {
    const dispatch = createDispatcher(fakeHandlers([]));
    expect(await dispatch('fs:readFile', {})).toEqual({
      ok: false,
      error: { code: 'E_UNKNOWN_CHANNEL', message: 'Unknown request: fs:readFile' },
    });
    expect((await dispatch(42, {})).ok).toBe(false);
  });

  it('refuses invalid input before the handler runs', async () => {
    const calls: unknown[] = [];
    const dispatch = createDispatcher(fakeHandlers(calls));
    const bad = [
      { language: 'fr' },
      { language: 'en', extra: 1 },
      null,
      'en',
      { ['__proto__']: { polluted: true }, language: 'en' },
    ];
    for (const input of bad) {
      const result = await dispatch('settings:set', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'E_INVALID_INPUT' } });
    }
    const proto = JSON.parse('{"language":"en","__proto__":{"polluted":true}}');
    expect((await dispatch('settings:set', proto)).ok).toBe(false);
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a thrown AppError into error data with its code', async () => {
    const dispatch = createDispatcher(fakeHandlers([]));
    expect(await dispatch('dataset:rename', { datasetId: 7, name: 'x' })).toEqual({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'Dataset 7 does not exist' },
    });
    expect(await dispatch('dataset:delete', { datasetId: 7, confirm: true })).toEqual({
      ok: false,
      error: { code: 'E_INTERNAL', message: 'internal detail' },
    });
  });

  it('checks outputs against the contract', async () => {
    const dispatch = createDispatcher(fakeHandlers([]));
    const result = await dispatch('workspace:current', {});
    expect(result.ok).toBe(false);
  });

  it('requires a handler for every contract entry', () => {
    const handlers = fakeHandlers([]) as unknown as Record<string, unknown>;
    delete handlers['job:cancel'];
    expect(() => createDispatcher(handlers as unknown as Handlers)).toThrow('No handler for request "job:cancel"');
  });
});
