import { AppError } from '../../../shared/errors';
import { EIGHT_CLASSES, elevenSegments } from '../../../shared/rfm-schemes';
import type {
  DimensionBinsInfo,
  RfmSpec,
  RuleCondition,
  RuleGroup,
  RulesSpec,
  RunResult,
} from '../../../shared/segments';
import { numberLiteral, type Dialect } from './dialects';
import { timestampLiteral } from './customer-sql';

const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/**
 * A dimension's score by the run's bins as fixed cut points: the first bin whose upper bound is
 * above the value, the last bin for every value from its lower bound up (as the run scored it).
 */
function binCase(column: string, bins: DimensionBinsInfo): string {
  const whens: string[] = [];
  const last = bins.scores.length - 1;
  for (let i = 0; i < last; i++) {
    const upper = bins.upper[i];
    // An unbounded bin (an infinite greatest value) takes every value left.
    if (upper === null) return `CASE${whens.join('')} ELSE ${bins.scores[i]} END`;
    whens.push(`\n      WHEN ${column} < ${numberLiteral(upper)} THEN ${bins.scores[i]}`);
  }
  return `CASE${whens.join('')}\n      ELSE ${bins.scores[last]}\n    END`;
}

/** A dimension's score by rank (ntile of the customers ordered by value, ties by customer id), recomputed over the table. */
function rankScore(d: Dialect, column: Dimension, bins: number, numericIds: boolean): string {
  const tie = numericIds ? d.asDouble('customer_id') : d.binaryOrder(d.asText('customer_id'));
  const bin = `FLOOR(${d.asDouble(`${bins} * (ROW_NUMBER() OVER (ORDER BY ${column}, ${tie}) - 1)`)} / COUNT(*) OVER ())`;
  return column === 'recency' ? `${bins} - ${d.int(bin)}` : `${d.int(bin)} + 1`;
}

export interface SegmentSql {
  /** The `scored` CTE's extra columns (scores), or none. */
  scores: string[];
  /** The segment key of a row of `scored`. */
  segment: string;
  /** The output's extra columns (the scores). */
  output: string[];
}

/** RFM: the scores by the run's bins (or ranks) and the segment by its score table, or by its 8 classes. */
export function rfmSegmentSql(d: Dialect, spec: RfmSpec, result: RunResult, numericIds: boolean): SegmentSql {
  const short: Record<Dimension, string> = { recency: 'r', frequency: 'f', monetary: 'm' };
  const bins = result.bins;
  if (!bins && spec.scheme !== 'eight') throw new AppError('E_BAD_SPEC', 'This RFM run has no score bins.');
  const scores = DIMENSIONS.map((dim) => {
    const score = spec.method === 'rank' ? rankScore(d, dim, spec.bins, numericIds) : binCase(dim, bins![dim]);
    return `${score} AS ${short[dim]}_score`;
  });
  if (spec.scheme === 'eight') {
    const split = result.split;
    if (!split) throw new AppError('E_BAD_SPEC', 'This RFM run has no split points.');
    const whens = EIGHT_CLASSES.map((k) => {
      const test = (on: boolean, expr: string) => (on ? expr : `NOT (${expr})`);
      return `\n      WHEN ${test(k.r, `recency < ${numberLiteral(split.recency)}`)} AND ${test(k.f, `frequency > ${numberLiteral(split.frequency)}`)} AND ${test(k.m, `monetary > ${numberLiteral(split.monetary)}`)} THEN ${d.text(k.key)}`;
    });
    return { scores, segment: `CASE${whens.join('')}\n    END`, output: ['r_score', 'f_score', 'm_score'] };
  }
  const table = spec.scheme === 'table' ? spec.table! : elevenSegments(spec.bins);
  const whens = table.map(
    (row) =>
      `\n      WHEN r_score BETWEEN ${row.r[0]} AND ${row.r[1]} AND f_score BETWEEN ${row.f[0]} AND ${row.f[1]} AND m_score BETWEEN ${row.m[0]} AND ${row.m[1]} THEN ${d.text(row.key)}`,
  );
  return {
    scores,
    segment: `CASE${whens.join('')}\n      ELSE 'others'\n    END`,
    output: ['r_score', 'f_score', 'm_score'],
  };
}

/** A customer field a rule tests: its SQL expression and whether it holds dates (UTC ms in the rules). */
export interface FieldSql {
  expr: string;
  kind: 'number' | 'date' | 'category';
}

const dateLiteral = (ms: number) =>
  ms % 1000 === 0 ? timestampLiteral(ms) : `TIMESTAMP '${new Date(ms).toISOString().slice(0, 23).replace('T', ' ')}'`;

function conditionSql(d: Dialect, condition: RuleCondition, fieldOf: (name: string) => FieldSql): string {
  const field = fieldOf(condition.field);
  const v = field.expr;
  if (condition.op === 'missing') return `${v} IS NULL`;
  const literal = (x: number) => (field.kind === 'date' ? dateLiteral(x) : numberLiteral(x));
  if (condition.op === 'range') {
    if (field.kind === 'category')
      throw new AppError(
        'E_BAD_SPEC',
        `"${condition.field}" holds categories: test it with a set of values, not a range.`,
      );
    const parts = [
      ...(condition.min !== null && condition.min > -Infinity ? [`${v} >= ${literal(condition.min)}`] : []),
      ...(condition.max !== null && condition.max < Infinity ? [`${v} < ${literal(condition.max)}`] : []),
    ];
    return parts.length === 0 ? `${v} IS NOT NULL` : `(${parts.join(' AND ')})`;
  }
  // A number field tested against listed values matches a value written as the number's own text ("1", not "1.0").
  const values =
    field.kind === 'category'
      ? condition.values.map((s) => d.text(s))
      : condition.values.filter((s) => String(Number(s)) === s).map((s) => literal(Number(s)));
  if (condition.op === 'in') return values.length === 0 ? 'FALSE' : `${v} IN (${values.join(', ')})`;
  return values.length === 0 ? `${v} IS NOT NULL` : `(${v} IS NOT NULL AND ${v} NOT IN (${values.join(', ')}))`;
}

function groupSql(d: Dialect, group: RuleGroup, fieldOf: (name: string) => FieldSql, depth: number): string {
  const all = 'all' in group;
  const parts = (all ? group.all : group.any).map((part) =>
    'op' in part ? conditionSql(d, part, fieldOf) : groupSql(d, part, fieldOf, depth + 1),
  );
  if (parts.length === 0) return all ? 'TRUE' : 'FALSE';
  if (parts.length === 1) return parts[0];
  return `(${parts.join(all ? ' AND ' : ' OR ')})`;
}

/** Rules: the first rule a customer meets gives the segment; a customer no rule takes is in Others. */
export function rulesSegmentSql(d: Dialect, spec: RulesSpec, fieldOf: (name: string) => FieldSql): SegmentSql {
  const whens = spec.rules.map((rule) => `\n      WHEN ${groupSql(d, rule.when, fieldOf, 0)} THEN ${d.text(rule.key)}`);
  return { scores: [], segment: `CASE${whens.join('')}\n      ELSE 'others'\n    END`, output: [] };
}

/** Every field name a rule group tests. */
export function testedFields(group: RuleGroup, into = new Set<string>()): Set<string> {
  for (const part of 'all' in group ? group.all : group.any) {
    if ('op' in part) into.add(part.field);
    else testedFields(part, into);
  }
  return into;
}
