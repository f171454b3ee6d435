import { describe, expect, it } from 'vitest';
import { reduceRules } from '../../../../src/renderer/src/components/rule-builder/rules-reducer';
import type { SegmentRule } from '../../../../src/shared/segments';

// The age bands the bands helper makes for edges 18, 26, 36 (the last band open above), and a
// value segment with a nested OR group, as the rule builder holds them.
const young: SegmentRule = {
  key: 'age_1',
  name: { en: '18–25', 'zh-CN': '18–25' },
  when: { all: [{ field: 'age', op: 'range', min: 18, max: 26 }] },
};
const middle: SegmentRule = {
  key: 'age_2',
  name: { en: '26–35', 'zh-CN': '26–35' },
  when: { all: [{ field: 'age', op: 'range', min: 26, max: 36 }] },
};
const loyal: SegmentRule = {
  key: 'loyal',
  name: { en: 'Loyal', 'zh-CN': '忠诚客户' },
  when: {
    all: [
      { field: 'frequency', op: 'range', min: 5, max: null },
      {
        any: [
          { field: 'city', op: 'in', values: ['Shanghai', 'Beijing'] },
          { field: 'gender', op: 'missing' },
        ],
      },
    ],
  },
};
const rules = [young, middle, loyal];
const blank = { field: '', op: 'in', values: [] };

describe('reduceRules', () => {
  it('replaces the whole list (a template or the bands helper)', () => {
    expect(reduceRules(rules, { type: 'replace', rules: [loyal] })).toEqual([loyal]);
  });

  it('renames a rule in the UI language; the other language follows while it had the same name', () => {
    const next = reduceRules(rules, { type: 'rename', index: 0, lang: 'en', text: 'Young adults' });
    expect(next[0].name).toEqual({ en: 'Young adults', 'zh-CN': 'Young adults' });
    const zh = reduceRules(rules, { type: 'rename', index: 2, lang: 'en', text: 'Regulars' });
    expect(zh[2].name).toEqual({ en: 'Regulars', 'zh-CN': '忠诚客户' });
    expect(next[1]).toBe(middle);
  });

  it('moves a rule up or down by swapping it with its neighbour, and not past either end', () => {
    expect(reduceRules(rules, { type: 'move', index: 2, by: -1 }).map((r) => r.key)).toEqual([
      'age_1',
      'loyal',
      'age_2',
    ]);
    expect(reduceRules(rules, { type: 'move', index: 0, by: 1 }).map((r) => r.key)).toEqual([
      'age_2',
      'age_1',
      'loyal',
    ]);
    expect(reduceRules(rules, { type: 'move', index: 0, by: -1 })).toBe(rules);
    expect(reduceRules(rules, { type: 'move', index: 2, by: 1 })).toBe(rules);
  });

  it('adds a segment with the next free key, a placeholder name and one blank condition', () => {
    const next = reduceRules(rules, { type: 'addSegment' });
    expect(next).toHaveLength(4);
    expect(next[3]).toEqual({ key: 'segment_4', name: { en: 'Segment 4', 'zh-CN': '分群 4' }, when: { all: [blank] } });
    const taken = reduceRules([{ ...young, key: 'segment_2' }], { type: 'addSegment' });
    expect(taken[1].key).toBe('segment_3');
  });

  it('removes a segment', () => {
    expect(reduceRules(rules, { type: 'removeSegment', index: 1 })).toEqual([young, loyal]);
  });

  it('switches a group between all (AND) and any (OR), keeping its parts', () => {
    const top = reduceRules(rules, { type: 'setJoin', group: [0], join: 'any' });
    expect(top[0].when).toEqual({ any: [{ field: 'age', op: 'range', min: 18, max: 26 }] });
    const nested = reduceRules(rules, { type: 'setJoin', group: [2, 1], join: 'all' });
    expect(nested[2].when).toEqual({
      all: [
        { field: 'frequency', op: 'range', min: 5, max: null },
        {
          all: [
            { field: 'city', op: 'in', values: ['Shanghai', 'Beijing'] },
            { field: 'gender', op: 'missing' },
          ],
        },
      ],
    });
  });

  it('adds a blank condition to a group, top or nested', () => {
    expect(reduceRules(rules, { type: 'addCondition', group: [1] })[1].when).toEqual({
      all: [{ field: 'age', op: 'range', min: 26, max: 36 }, blank],
    });
    expect(reduceRules(rules, { type: 'addCondition', group: [2, 1] })[2].when).toEqual({
      all: [
        { field: 'frequency', op: 'range', min: 5, max: null },
        {
          any: [
            { field: 'city', op: 'in', values: ['Shanghai', 'Beijing'] },
            { field: 'gender', op: 'missing' },
            blank,
          ],
        },
      ],
    });
  });

  it('adds a nested OR group holding one blank condition', () => {
    expect(reduceRules(rules, { type: 'addGroup', group: [0] })[0].when).toEqual({
      all: [{ field: 'age', op: 'range', min: 18, max: 26 }, { any: [blank] }],
    });
  });

  it('sets one condition by its path and leaves every other part as it was', () => {
    const next = reduceRules(rules, {
      type: 'setCondition',
      at: [2, 1, 0],
      condition: { field: 'city', op: 'notIn', values: ['Shenzhen'] },
    });
    expect(next[2].when).toEqual({
      all: [
        { field: 'frequency', op: 'range', min: 5, max: null },
        {
          any: [
            { field: 'city', op: 'notIn', values: ['Shenzhen'] },
            { field: 'gender', op: 'missing' },
          ],
        },
      ],
    });
    expect(next[0]).toBe(young);
    expect(loyal.when).toEqual({
      all: [
        { field: 'frequency', op: 'range', min: 5, max: null },
        {
          any: [
            { field: 'city', op: 'in', values: ['Shanghai', 'Beijing'] },
            { field: 'gender', op: 'missing' },
          ],
        },
      ],
    });
  });

  it('removes a condition or a whole nested group by its path', () => {
    expect(reduceRules(rules, { type: 'removePart', at: [2, 1, 1] })[2].when).toEqual({
      all: [
        { field: 'frequency', op: 'range', min: 5, max: null },
        { any: [{ field: 'city', op: 'in', values: ['Shanghai', 'Beijing'] }] },
      ],
    });
    expect(reduceRules(rules, { type: 'removePart', at: [2, 1] })[2].when).toEqual({
      all: [{ field: 'frequency', op: 'range', min: 5, max: null }],
    });
    expect(reduceRules(rules, { type: 'removePart', at: [0, 0] })[0].when).toEqual({ all: [] });
  });
});
