import { describe, expect, it } from 'vitest';
import { sqlRefusal } from '../../../../../src/renderer/src/components/sql-export/sql-refusal';
import type { ColumnInfo, DatasetInfo } from '../../../../../src/shared/schemas';
import type { RulesSpec } from '../../../../../src/shared/segments';

const column = (name: string, calculated = false) =>
  ({ name, ...(calculated ? { calculated: { shape: 'ratio' } } : {}) }) as unknown as ColumnInfo;

const orders = {
  id: 1,
  kind: 'transactions',
  source: {},
  columns: ['customer_id', 'order_date', 'revenue', 'Country', 'margin'].map((n) => column(n, n === 'margin')),
  customersDatasetId: 2,
} as unknown as DatasetInfo;
const customers = {
  id: 2,
  kind: 'customers',
  source: {},
  columns: ['customer_id', 'Age', 'Country'].map((n) => column(n)),
  customersDatasetId: null,
} as unknown as DatasetInfo;
const summary = { ...customers, id: 3, source: { summarised: { roles: {}, transactions: 10 } } } as DatasetInfo;

/** A rules run testing these fields: the first in a rule's top group, the others in an OR group inside it. */
const rules = (...fields: string[]) =>
  ({
    model: 'rules',
    rules: [
      {
        key: 'a',
        name: { en: 'A', 'zh-CN': 'A' },
        when: {
          all: [
            { field: fields[0], op: 'missing' },
            { any: fields.slice(1).map((field) => ({ field, op: 'in', values: ['x'] })) },
          ],
        },
      },
    ],
  }) as unknown as RulesSpec;

describe('sqlRefusal', () => {
  it('refuses clustering, CLV and order segments by their model, and any model it does not know', () => {
    expect(sqlRefusal({ model: 'kmeans', dataset: orders })).toEqual({ reason: 'cluster' });
    expect(sqlRefusal({ model: 'kprototypes', dataset: orders })).toEqual({ reason: 'cluster' });
    expect(sqlRefusal({ model: 'clv', dataset: orders })).toEqual({ reason: 'clv' });
    expect(sqlRefusal({ model: 'orders', dataset: orders })).toEqual({ reason: 'orders' });
    expect(sqlRefusal({ model: 'lda', dataset: orders })).toEqual({ reason: 'model' });
  });

  it('takes RFM and rules runs of a transactions dataset or a summary of an order file, not of a customers table', () => {
    expect(sqlRefusal({ model: 'rfm', dataset: orders })).toBeNull();
    expect(sqlRefusal({ model: 'rules', dataset: orders })).toBeNull();
    expect(sqlRefusal({ model: 'rfm', dataset: summary })).toBeNull();
    expect(sqlRefusal({ model: 'rfm', dataset: customers })).toEqual({ reason: 'customers' });
    expect(sqlRefusal({ model: 'rules', dataset: customers })).toEqual({ reason: 'customers' });
  });

  it('takes rules on purchase figures, spend shares and the order file’s own columns', () => {
    const spec = rules('recency', 'share: Books', 'Country');
    expect(sqlRefusal({ model: 'rules', dataset: orders, spec })).toBeNull();
    expect(
      sqlRefusal({ model: 'rules', dataset: orders, linked: customers, spec: rules('recency', 'share: Books') }),
    ).toBeNull();
  });

  it('names the first field the SQL cannot read: a calculated column, a column of the linked customers dataset', () => {
    const linked = customers;
    expect(sqlRefusal({ model: 'rules', dataset: orders, linked, spec: rules('recency', 'Age', 'margin') })).toEqual({
      reason: 'linked',
      field: 'Age',
    });
    expect(sqlRefusal({ model: 'rules', dataset: orders, linked, spec: rules('margin', 'Age') })).toEqual({
      reason: 'calculated',
      field: 'margin',
    });
    // Country is in both: the run read the linked dataset's, as the customer table takes it.
    expect(sqlRefusal({ model: 'rules', dataset: orders, linked, spec: rules('recency', 'Country') })).toEqual({
      reason: 'linked',
      field: 'Country',
    });
    // Not linked: a name no column has is a figure the app computes (the export's own check has the last word).
    expect(sqlRefusal({ model: 'rules', dataset: orders, spec: rules('recency', 'Age') })).toBeNull();
  });
});
