import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeWords } from '../../../../src/renderer/src/components/dataset-view/change-words';
import { renamedSpec } from '../../../../src/shared/renamed-spec';
import { createTranslate } from '../../../../src/shared/i18n';
import { rulesSpecSchema } from '../../../../src/shared/segments';

const en = createTranslate('en') as unknown as TFunction;
const zh = createTranslate('zh-CN') as unknown as TFunction;

describe('changeWords: a dataset’s change since import in plain words', () => {
  it('says each kind of change in both languages', () => {
    expect(changeWords({ type: 'role', column: 'Spend', from: null, to: 'amount' }, en)).toBe(
      '“Spend” was set to mean Amount',
    );
    expect(changeWords({ type: 'role', column: 'Spend', from: 'amount', to: 'revenue' }, en)).toBe(
      '“Spend” was set to mean Total revenue instead of Amount',
    );
    expect(changeWords({ type: 'role', column: '客户', from: 'customerId', to: null }, zh)).toBe(
      '“客户”不再表示客户ID',
    );
    expect(changeWords({ type: 'columnType', column: 'Dt_Customer', from: 'text', to: 'date' }, zh)).toBe(
      '“Dt_Customer”的类型由文本改为日期',
    );
    expect(changeWords({ type: 'rename', from: 'revenue', to: 'spend' }, en)).toBe('“revenue” was renamed “spend”');
    expect(changeWords({ type: 'addColumn', column: 'spend', definition: {} }, en)).toBe('Column “spend” was added');
  });
});

describe('renamedSpec: an earlier run’s rules under the names its columns were given since', () => {
  const spec = rulesSpecSchema.parse({
    model: 'rules',
    rules: [
      {
        key: 'a',
        name: { en: 'A', 'zh-CN': 'A' },
        when: {
          all: [{ field: 'Education', op: 'in', values: ['PhD'] }, { any: [{ field: 'Income', op: 'missing' }] }],
        },
      },
    ],
  });
  const changes = [
    { at: '2026-12-01T00:00:00.000Z', change: { type: 'rename' as const, from: 'Income', to: 'Earnings' } },
    { at: '2026-12-03T00:00:00.000Z', change: { type: 'rename' as const, from: 'Education', to: 'School' } },
    { at: '2026-12-04T00:00:00.000Z', change: { type: 'rename' as const, from: 'School', to: 'Schooling' } },
  ];

  it('follows only the renames made after the run, one after the other', () => {
    const renamed = renamedSpec(spec, changes, '2026-12-02T00:00:00.000Z');
    expect(renamed.rules[0].when).toEqual({
      all: [{ field: 'Schooling', op: 'in', values: ['PhD'] }, { any: [{ field: 'Income', op: 'missing' }] }],
    });
    expect(renamedSpec(spec, [], null)).toBe(spec);
  });
});
