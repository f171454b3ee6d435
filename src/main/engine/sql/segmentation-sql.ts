import { AppError } from '../../../shared/errors';
import type { RfmSpec, RulesSpec, RunResult } from '../../../shared/segments';
import { SQL_ROLES, type SqlDialect } from '../../../shared/sql-export';
import {
  countedCte,
  featuresCtes,
  firstsCte,
  keptCte,
  type AttributeColumn,
  type Counting,
  type ShareColumn,
  type TransactionsSource,
} from './customer-sql';
import { DIALECTS } from './dialects';
import { rfmSegmentSql, rulesSegmentSql, testedFields, type FieldSql } from './segment-sql';

/** Where a customer field a rule tests comes from. */
export type FieldSource =
  | { kind: 'feature'; name: string }
  | { kind: 'share'; role: 'category' | 'channel'; value: string }
  | { kind: 'attribute'; column: string; type: 'number' | 'date' | 'category' };

export interface SegmentationSqlInput {
  dialect: SqlDialect;
  source: TransactionsSource;
  counting: Counting;
  spec: RfmSpec | RulesSpec;
  result: RunResult;
  /** Whether every customer id is a plain integer (rank ties then break by number, as the run broke them). */
  numericIds: boolean;
  /** The fields the rules test, by name (rules runs). */
  fields: ReadonlyMap<string, FieldSource>;
  /** Each segment's name in the export's language, by key. */
  names: ReadonlyMap<string, string>;
  about: { appVersion: string; runId: number; runName: string; datasetName: string; fingerprint: string };
}

/** The features' SQL columns by the field names rules use. */
export const FEATURE_COLUMNS: Readonly<Record<string, { expr: string; kind: 'number' | 'date' }>> = {
  recency: { expr: 'recency', kind: 'number' },
  frequency: { expr: 'frequency', kind: 'number' },
  monetary: { expr: 'monetary', kind: 'number' },
  aov: { expr: 'aov', kind: 'number' },
  orders: { expr: 'orders', kind: 'number' },
  transactions: { expr: 'transactions', kind: 'number' },
  tenure: { expr: 'tenure', kind: 'number' },
  gap: { expr: 'gap', kind: 'number' },
  firstPurchase: { expr: 'first_purchase', kind: 'date' },
  lastPurchase: { expr: 'last_purchase', kind: 'date' },
};

const READ_ROLES = new Set<string>(SQL_ROLES);

export const DIALECT_NAMES: Readonly<Record<SqlDialect, string>> = {
  duckdb: 'DuckDB',
  postgres: 'PostgreSQL',
  spark: 'Spark SQL',
};

/** The shares and attributes the rules need, and each tested field's SQL. */
function fieldPlan(spec: RulesSpec, fields: ReadonlyMap<string, FieldSource>) {
  const shares: ShareColumn[] = [];
  const attributes: AttributeColumn[] = [];
  const sql = new Map<string, FieldSql>();
  const tested = new Set<string>();
  for (const rule of spec.rules) testedFields(rule.when, tested);
  for (const name of tested) {
    const source = fields.get(name);
    if (!source)
      throw new AppError(
        'E_SQL_NOT_SUPPORTED',
        `The rules test "${name}", which the SQL export cannot compute from the transactions table.`,
        {
          field: name,
        },
      );
    if (source.kind === 'feature') {
      const feature = FEATURE_COLUMNS[source.name];
      sql.set(name, feature);
    } else if (source.kind === 'share') {
      shares.push({ role: source.role, value: source.value });
      sql.set(name, { expr: `share_${shares.length}`, kind: 'number' });
    } else {
      attributes.push({ column: source.column, kind: source.type });
      sql.set(name, { expr: `attr_${attributes.length}`, kind: source.type });
    }
  }
  return { shares, attributes, sql };
}

/** A name on one comment line: line breaks and other control characters as spaces. */
const oneLine = (text: string) =>
  Array.from(text, (ch) => (ch < ' ' || ch === '\u2028' || ch === '\u2029' ? ' ' : ch)).join('');

function header(input: SegmentationSqlInput, notes: string[]): string[] {
  const { about, spec, result, source, counting, dialect } = input;
  const model =
    spec.model === 'rfm'
      ? `RFM (${spec.bins} ${spec.method} bins${spec.method === 'rank' ? ', ranks recomputed over the table' : ', applied as fixed cut points'}; ${spec.scheme === 'eight' ? '8 classes split at the run’s ' + spec.split + 's' : 'score table'})`
      : `rules (${spec.rules.length}, first match; customers no rule takes are in "others")`;
  const roles = Object.entries(source.columns)
    .filter(([role, c]) => c !== undefined && READ_ROLES.has(role))
    .map(([role, c]) => `${role} = ${c}`)
    .join(', ');
  const window = counting.windowDays === undefined ? '' : `, the last ${counting.windowDays} days`;
  return [
    `-- SegmentDesk ${about.appVersion}: the segments of run ${about.runId} "${oneLine(about.runName)}" as ${DIALECT_NAMES[dialect]}.`,
    `-- Model: ${model}.`,
    `-- Reproduces that run for the dataset "${oneLine(about.datasetName)}" (SHA-256 of its stored rows ${about.fingerprint || 'not recorded'}),`,
    `--   analysis day ${result.analysisDate}: transactions before it count${window}; frequency = ${counting.frequency === 'orders' ? 'distinct orders' : counting.frequency === 'rows' ? 'order lines' : 'distinct purchase days'}.`,
    `-- Reads the table ${oneLine(source.table)}: ${oneLine(roles)}.`,
    '--   Order dates: a DATE or TIMESTAMP column (text is read as an ISO date, YYYY-MM-DD[ hh:mm:ss]), in UTC.',
    '-- Rows the import dropped are left out the same way (the WHERE of "kept")' +
      (notes.length ? `; ${notes.join('; ')}.` : '.'),
    '-- Spend is summed exactly (to 6 decimal places, as the app rounds it) and compared as a double, as the app compares it.',
    `-- One row per customer: customer_id, segment (key), segment_name${spec.model === 'rfm' ? ', r_score, f_score, m_score' : ''}, recency (days), frequency, monetary.`,
  ];
}

/** A run's segmentation as one SQL query, with a header saying what it reproduces. */
export function segmentationSql(input: SegmentationSqlInput): string {
  const d = DIALECTS[input.dialect];
  const { spec, result, source, counting } = input;
  const plan =
    spec.model === 'rules'
      ? fieldPlan(spec, input.fields)
      : { shares: [], attributes: [], sql: new Map<string, FieldSql>() };
  const segment =
    spec.model === 'rfm'
      ? rfmSegmentSql(d, spec, result, input.numericIds)
      : rulesSegmentSql(d, spec, (name) => plan.sql.get(name)!);
  const kept = keptCte(d, source, plan.attributes);
  const ctes = [kept.sql, countedCte(counting), featuresCtes(d, source, counting, plan.shares)];
  const attrs = plan.attributes.map((_, i) => `a.attr_${i + 1}`);
  if (plan.attributes.length) ctes.push(firstsCte(plan.attributes));
  const scoredSelect = ['f.*', ...attrs, ...segment.scores];
  ctes.push(
    [
      'scored AS (',
      `  SELECT\n${scoredSelect.map((s, i) => `    ${s}${i < scoredSelect.length - 1 ? ',' : ''}`).join('\n')}`,
      '  FROM features AS f',
      ...(attrs.length ? ['  LEFT JOIN firsts AS a ON a.customer_id = f.customer_id'] : []),
      ')',
    ].join('\n'),
    ['segmented AS (', '  SELECT', '    scored.*,', `    ${segment.segment} AS segment`, '  FROM scored', ')'].join(
      '\n',
    ),
  );
  const names = [...input.names].map(([key, name]) => `\n      WHEN ${d.text(key)} THEN ${d.text(name)}`);
  const output = [
    'customer_id',
    'segment',
    `CASE segment${names.join('')}\n    END AS segment_name`,
    ...segment.output,
    'recency',
    'frequency',
    'monetary',
  ];
  return [
    ...header(input, kept.notes),
    ...d.preamble,
    `WITH\n${ctes.join(',\n')}`,
    'SELECT',
    output.map((s, i) => `  ${s}${i < output.length - 1 ? ',' : ''}`).join('\n'),
    'FROM segmented',
    `ORDER BY customer_id;`,
    '',
  ].join('\n');
}
