import {
  newSegmentKey,
  typedName,
  type RuleCondition,
  type RuleGroup,
  type SegmentRule,
} from '../../../../shared/segments';

export type RulePart = RuleCondition | RuleGroup;

/**
 * Where a part of the rules stands: `[i]` is rule i's top group (its `when`), and each further
 * number the index of a part inside the group before it (`[0, 2, 1]`: rule 0, its third part,
 * that group's second part).
 */
export type RulePath = readonly number[];

/** Every change the rule builder makes to the user's rules. */
export type RulesAction =
  /** The whole list at once: a template, or the bands helper's rules. */
  | { type: 'replace'; rules: SegmentRule[] }
  | { type: 'rename'; index: number; lang: 'en' | 'zh-CN'; text: string }
  /** Swaps rule `index` with its neighbour above (-1) or below (1): the first match wins, so order matters. */
  | { type: 'move'; index: number; by: -1 | 1 }
  | { type: 'addSegment' }
  | { type: 'removeSegment'; index: number }
  | { type: 'setJoin'; group: RulePath; join: 'all' | 'any' }
  | { type: 'addCondition'; group: RulePath }
  /** A nested OR group holding one blank condition. */
  | { type: 'addGroup'; group: RulePath }
  | { type: 'setCondition'; at: RulePath; condition: RuleCondition }
  | { type: 'removePart'; at: RulePath };

export const partsOf = (g: RuleGroup): RulePart[] => ('all' in g ? g.all : g.any);
export const withParts = (g: RuleGroup, parts: RulePart[]): RuleGroup => ('all' in g ? { all: parts } : { any: parts });

/** A condition still to be filled in (no field yet): the rules do not parse, so nothing is counted until it is. */
export const blankCondition = (): RuleCondition => ({ field: '', op: 'in', values: [] }) as unknown as RuleCondition;

/** The group at `path` below `group` given a change, the rest of the tree shared as it was. */
function updateGroup(group: RuleGroup, path: RulePath, change: (g: RuleGroup) => RuleGroup): RuleGroup {
  if (path.length === 0) return change(group);
  const [k, ...rest] = path;
  return withParts(
    group,
    partsOf(group).map((p, j) => (j === k && !('op' in p) ? updateGroup(p, rest, change) : p)),
  );
}

/** Rule `path[0]`'s `when` with the group at the rest of `path` changed. */
function updateAt(rules: SegmentRule[], path: RulePath, change: (g: RuleGroup) => RuleGroup): SegmentRule[] {
  const [i, ...rest] = path;
  return rules.map((r, k) => (k === i ? { ...r, when: updateGroup(r.when, rest, change) } : r));
}

/** The part at `at` replaced by what `change` makes of its parent group's parts. */
function updateParent(rules: SegmentRule[], at: RulePath, change: (parts: RulePart[], k: number) => RulePart[]) {
  const k = at[at.length - 1];
  return updateAt(rules, at.slice(0, -1), (g) => withParts(g, change(partsOf(g), k)));
}

/** The rules after one edit of the rule builder (a pure function: the input is never changed). */
export function reduceRules(rules: SegmentRule[], action: RulesAction): SegmentRule[] {
  switch (action.type) {
    case 'replace':
      return action.rules;
    case 'rename':
      return rules.map((r, k) =>
        k === action.index ? { ...r, name: typedName(r.name, action.lang, action.text) } : r,
      );
    case 'move': {
      const j = action.index + action.by;
      if (j < 0 || j >= rules.length) return rules;
      const next = [...rules];
      [next[action.index], next[j]] = [next[j], next[action.index]];
      return next;
    }
    case 'addSegment':
      return [...rules, { ...newSegmentKey(rules.map((r) => r.key)), when: { all: [blankCondition()] } }];
    case 'removeSegment':
      return rules.filter((_, k) => k !== action.index);
    case 'setJoin':
      return updateAt(rules, action.group, (g) => (action.join === 'all' ? { all: partsOf(g) } : { any: partsOf(g) }));
    case 'addCondition':
      return updateAt(rules, action.group, (g) => withParts(g, [...partsOf(g), blankCondition()]));
    case 'addGroup':
      return updateAt(rules, action.group, (g) => withParts(g, [...partsOf(g), { any: [blankCondition()] }]));
    case 'setCondition':
      return updateParent(rules, action.at, (parts, k) => parts.map((p, j) => (j === k ? action.condition : p)));
    case 'removePart':
      return updateParent(rules, action.at, (parts, k) => parts.filter((_, j) => j !== k));
  }
}
