import { describe, expect, it } from 'vitest';
import { conditionFor } from '../../../../src/renderer/src/components/rule-builder/condition-for';
import type { RuleFieldInfo } from '../../../../src/shared/segments';

const age: RuleFieldInfo = { name: 'age', kind: 'number', values: [], min: 18, max: 74 };
const firstOrder: RuleFieldInfo = {
  name: 'first_order',
  kind: 'date',
  values: [],
  min: 1672531200000,
  max: 1704067200000,
};
const city: RuleFieldInfo = {
  name: 'city',
  kind: 'category',
  values: [
    { value: 'Shanghai', customers: 120 },
    { value: 'Beijing', customers: 95 },
  ],
  min: null,
  max: null,
};

describe('conditionFor', () => {
  it('starts a number or date field as a range from its least value, open above', () => {
    expect(conditionFor(age)).toEqual({ field: 'age', op: 'range', min: 18, max: null });
    expect(conditionFor(firstOrder)).toEqual({ field: 'first_order', op: 'range', min: 1672531200000, max: null });
  });

  it('starts a category field as an empty set of values', () => {
    expect(conditionFor(city)).toEqual({ field: 'city', op: 'in', values: [] });
  });

  it('makes the condition a chosen operator asks for', () => {
    expect(conditionFor(city, 'notIn')).toEqual({ field: 'city', op: 'notIn', values: [] });
    expect(conditionFor(city, 'missing')).toEqual({ field: 'city', op: 'missing' });
    expect(conditionFor(age, 'missing')).toEqual({ field: 'age', op: 'missing' });
    expect(conditionFor(age, 'range')).toEqual({ field: 'age', op: 'range', min: 18, max: null });
  });
});
