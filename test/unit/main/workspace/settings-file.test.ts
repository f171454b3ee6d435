import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, SettingsFile } from '../../../../src/main/workspace/settings-file';
import { tempDir } from '../../../helpers/paths';

describe('SettingsFile', () => {
  it('gives defaults when the file is missing or damaged', () => {
    const file = join(tempDir(), 'settings.json');
    expect(new SettingsFile(file).read()).toEqual({ language: null, recent: [] });
    writeFileSync(file, '{ not json');
    expect(new SettingsFile(file).read()).toEqual({ language: null, recent: [] });
    writeFileSync(file, JSON.stringify({ language: 'klingon', recent: 'x', window: { width: 5 } }));
    expect(new SettingsFile(file).read()).toEqual({ language: null, recent: [], window: undefined });
  });

  it('remembers language, window size and the recent list, most recent first, at most 10', () => {
    const file = join(tempDir(), 'settings.json');
    const settings = new SettingsFile(file);
    settings.update((s) => ({
      ...s,
      language: 'zh-CN',
      window: { width: 1400, height: 900, x: 5, y: 6, maximized: true },
    }));
    for (let i = 0; i < 12; i++) settings.touchRecent(`/w/${i}.segdesk`, new Date(Date.UTC(2026, 0, 1 + i)));
    settings.touchRecent('/w/3.segdesk', new Date(Date.UTC(2026, 1, 1)));
    const state = new SettingsFile(file).read();
    expect(state.language).toBe('zh-CN');
    expect(state.window).toEqual({ width: 1400, height: 900, x: 5, y: 6, maximized: true });
    expect(state.recent).toHaveLength(MAX_RECENT);
    expect(state.recent.slice(0, 3)).toEqual([
      { path: '/w/3.segdesk', openedAt: '2026-02-01T00:00:00.000Z' },
      { path: '/w/11.segdesk', openedAt: '2026-01-12T00:00:00.000Z' },
      { path: '/w/10.segdesk', openedAt: '2026-01-11T00:00:00.000Z' },
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('zh-CN');
  });
});
