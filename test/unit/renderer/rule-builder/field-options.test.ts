import { describe, expect, it } from 'vitest';
import { fieldOptions } from '../../../../src/renderer/src/components/rule-builder/field-options';
import type { RuleFieldInfo } from '../../../../src/shared/segments';

const field = (name: string): RuleFieldInfo => ({ name, kind: 'number', values: [], min: 0, max: 1 });

describe('fieldOptions', () => {
  it('labels a field in the UI language with its name after it, or by its name alone', () => {
    const label = (name: string) => ({ recency: '最近购买间隔（天）' })[name] ?? name;
    expect(fieldOptions([field('recency'), field('vip_score')], label)).toEqual([
      { value: 'recency', label: '最近购买间隔（天） (recency)' },
      { value: 'vip_score', label: 'vip_score' },
    ]);
  });
});
