import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../../../../../src/main/engine/quality/default-policies';
import { segmentationSql, type SegmentationSqlInput } from '../../../../../src/main/engine/sql/segmentation-sql';
import type { RfmSpec, RulesSpec, RunResult } from '../../../../../src/shared/segments';
import { repoRoot } from '../../../../helpers/paths';

// Spark SQL has no engine here: its text is held to golden files, and to the PostgreSQL text by the
// differences listed below (each applied to the PostgreSQL text must give the Spark text exactly).

const GOLDEN = join(repoRoot, 'test', 'fixtures', 'sql');

const bins = (upper: number[], scores: number[]) => ({
  lower: [0, ...upper],
  upper: [...upper, 1000],
  scores,
  customers: scores.map(() => 1),
  empty: [],
});

/** A run's inputs as the worker gives them, made by hand: names with a quote and a backslash, shares, a Country column. */
function input(spec: RfmSpec | RulesSpec, result: Partial<RunResult>): Omit<SegmentationSqlInput, 'dialect'> {
  return {
    source: {
      table: 'sales.orders',
      columns: {
        customerId: 'Customer ID',
        orderId: 'InvoiceNo',
        orderDate: 'InvoiceDate',
        quantity: 'Quantity',
        unitPrice: 'UnitPrice',
        category: 'Category',
        channel: 'Channel',
      },
      policies: { ...defaultPolicies('transactions'), duplicate_row: 'drop' },
      cancellationPrefix: 'C',
      importedAt: Date.UTC(2012, 0, 2, 9, 30),
    },
    counting: { analysisDate: Date.UTC(2011, 11, 10), windowDays: 365, frequency: 'orders' },
    spec,
    result: { analysisDate: '2011-12-10', bins: null, split: null, ...result } as RunResult,
    numericIds: true,
    fields: new Map([
      ['share: Toys', { kind: 'share', role: 'category', value: 'Toys' }],
      ["share: O'Brien\\Shop", { kind: 'share', role: 'channel', value: "O'Brien\\Shop" }],
      ['Country', { kind: 'attribute', column: 'Country', type: 'category' }],
      ['firstPurchase', { kind: 'feature', name: 'firstPurchase' }],
      ['gap', { kind: 'feature', name: 'gap' }],
    ] as const),
    names: new Map([
      ['toys', 'Toy lovers'],
      ['shop', "O'Brien\\Shop regulars"],
      ['champions', 'Champions'],
      ['others', 'Others'],
    ]),
    about: {
      appVersion: '0.1.0',
      runId: 7,
      runName: 'Run "seven"\nnext line',
      datasetName: 'orders.csv',
      fingerprint: 'ab12',
    },
  };
}

const RFM: RfmSpec = {
  model: 'rfm',
  bins: 3,
  method: 'quantile',
  scheme: 'eleven',
  split: 'mean',
  frequency: 'orders',
  windowDays: 365,
} as RfmSpec;

const RULES: RulesSpec = {
  model: 'rules',
  frequency: 'orders',
  windowDays: 365,
  rules: [
    {
      key: 'toys',
      name: { en: 'Toy lovers', 'zh-CN': '玩具' },
      when: { all: [{ field: 'share: Toys', op: 'range', min: 0.5, max: null }] },
    },
    {
      key: 'shop',
      name: { en: 'Shop', 'zh-CN': '店' },
      when: {
        any: [
          { field: "share: O'Brien\\Shop", op: 'range', min: 0.25, max: 0.75 },
          {
            all: [
              { field: 'Country', op: 'notIn', values: ['EIRE', "Cote d'Ivoire"] },
              { field: 'gap', op: 'missing' },
            ],
          },
          { field: 'firstPurchase', op: 'range', min: Date.UTC(2011, 0, 1), max: Date.UTC(2011, 5, 1, 12) },
        ],
      },
    },
  ],
} as RulesSpec;

const RUNS = {
  // Ranks over texts ids (ties broken by the ids' bytes), 8 classes at given split points.
  rank: {
    ...input({ ...RFM, method: 'rank', scheme: 'eight' } as RfmSpec, {
      split: { recency: 96.5, frequency: 3.25, monetary: 1234.5 },
    }),
    numericIds: false,
  },
  rfm: input(RFM, {
    bins: {
      recency: bins([30, 90], [3, 2, 1]),
      frequency: bins([2, 4.5], [1, 2, 3]),
      monetary: bins([100.25, 1000.1], [1, 2, 3]),
    },
  }),
  rules: input(RULES, {}),
};

/**
 * The differences between the PostgreSQL and the Spark SQL text, each with why: applied in order to
 * the PostgreSQL text, they give the Spark text. String literals are rewritten as Spark reads them
 * (a backslash escapes; '' is not a quote inside a literal) before the rest.
 */
/** A rewrite of the query's lines, not of the header's comments. */
const code = (rewrite: (line: string) => string) => (sql: string) =>
  sql
    .split('\n')
    .map((line) => (line.startsWith('--') ? line : rewrite(line)))
    .join('\n');

const DIFFERENCES: { why: string; apply: (sql: string) => string }[] = [
  {
    why: 'a string literal: Spark reads a backslash as an escape and does not take two quotes for one, so both are backslash-escaped',
    apply: code((sql) =>
      sql.replace(
        /'((?:[^']|'')*)'/g,
        (_, body: string) => `'${body.replaceAll("''", "'").replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
      ),
    ),
  },
  { why: 'the header names the dialect', apply: (sql) => sql.replace(' as PostgreSQL.', ' as Spark SQL.') },
  {
    why: 'order dates are read in the session time zone in Spark: it is set to UTC first, as the app reads them',
    apply: (sql) => sql.replace('\nWITH\n', '\nSET spark.sql.session.timeZone = UTC;\nWITH\n'),
  },
  {
    why: 'PostgreSQL orders texts by bytes with COLLATE "C"; Spark always does',
    apply: (sql) => sql.replaceAll(' COLLATE "C"', ''),
  },
  {
    why: 'names are quoted with backquotes (a double-quoted "x" is a string in Spark)',
    apply: code((sql) =>
      sql.replace(/"((?:[^"]|"")*)"/g, (_, n: string) => `\`${n.replaceAll('""', '"').replaceAll('`', '``')}\``),
    ),
  },
  {
    why: 'days between two dates: PostgreSQL subtracts them; Spark has datediff(end, start) (date - date is an interval there)',
    apply: (sql) =>
      sql.replace(/\((DATE '[0-9-]+') - (CAST\((?:MAX|MIN)\(order_ts\) AS DATE\))\)/g, 'datediff($1, $2)'),
  },
  {
    why: 'milliseconds since 1970: EXTRACT(EPOCH …) × 1000 in PostgreSQL, unix_millis in Spark',
    apply: (sql) =>
      sql.replace(
        /CAST\(EXTRACT\(EPOCH FROM (\w+)\) \* 1000 AS DOUBLE PRECISION\)/g,
        'CAST(unix_millis($1) AS DOUBLE)',
      ),
  },
  {
    why: 'a regular expression match: ~ in PostgreSQL, RLIKE in Spark',
    apply: (sql) => sql.replace(/ ~ '/g, " RLIKE '"),
  },
  {
    why: 'type names: DOUBLE PRECISION, NUMERIC, TEXT and INTEGER are DOUBLE, DECIMAL, STRING and INT in Spark',
    apply: (sql) =>
      sql
        .replaceAll('AS DOUBLE PRECISION)', 'AS DOUBLE)')
        .replaceAll('AS NUMERIC(18, 6))', 'AS DECIMAL(18, 6))')
        .replaceAll('AS TEXT)', 'AS STRING)')
        .replaceAll('AS INTEGER)', 'AS INT)'),
  },
];

function golden(name: string, text: string): string {
  const file = join(GOLDEN, name);
  if (process.env.SEGDESK_WRITE_GOLDEN === '1') writeFileSync(file, text);
  return readFileSync(file, 'utf8');
}

describe('Spark SQL: golden files, and every difference from the PostgreSQL text listed', () => {
  it.each(Object.entries(RUNS))('%s: the text is the golden file', (name, run) => {
    const text = segmentationSql({ ...run, dialect: 'spark' });
    expect(text).toBe(golden(`${name}.spark.sql`, text));
  });

  it.each(Object.entries(RUNS))(
    '%s: the PostgreSQL text with the listed differences applied is the Spark text',
    (_, run) => {
      const postgres = segmentationSql({ ...run, dialect: 'postgres' });
      const spark = segmentationSql({ ...run, dialect: 'spark' });
      expect(DIFFERENCES.reduce((sql, d) => d.apply(sql), postgres)).toBe(spark);
      // Each listed difference is met in one of the runs' texts (none is listed for nothing).
      expect(postgres).not.toBe(spark);
    },
  );

  it('every listed difference changes one of the texts', () => {
    const texts = Object.values(RUNS).map((run) => segmentationSql({ ...run, dialect: 'postgres' }));
    for (const d of DIFFERENCES)
      expect(
        texts.some((t) => d.apply(t) !== t),
        d.why,
      ).toBe(true);
  });

  it('a quote and a backslash in a value stay one character each: Spark escapes, the others double the quote', () => {
    const spark = segmentationSql({ ...RUNS.rules, dialect: 'spark' });
    const postgres = segmentationSql({ ...RUNS.rules, dialect: 'postgres' });
    expect(spark).toContain("channel = 'O\\'Brien\\\\Shop'");
    expect(postgres).toContain("channel = 'O''Brien\\Shop'");
    expect(spark).toContain('`Customer ID`');
    expect(spark).toContain('FROM (SELECT DISTINCT * FROM `sales`.`orders`) AS source_rows');
    // The run's name is on one comment line, whatever it holds.
    expect(spark.split('\n')[0]).toBe(
      '-- SegmentDesk 0.1.0: the segments of run 7 "Run "seven" next line" as Spark SQL.',
    );
  });
});
