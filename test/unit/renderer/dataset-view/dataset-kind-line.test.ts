import { describe, expect, it } from 'vitest';
import { datasetKindLine } from '../../../../src/renderer/src/components/dataset-view/dataset-kind-line';
import { createTranslate } from '../../../../src/shared/i18n';
import type { KindDecision } from '../../../../src/shared/roles';

const en = createTranslate('en');
const zh = createTranslate('zh-CN');

describe('datasetKindLine: which kind a dataset was taken for and why, on the Data page', () => {
  it('says the file’s reason in the import wizard’s words', () => {
    const repeat: KindDecision = { reason: 'idsRepeat', columns: ['Customer ID'] };
    expect(datasetKindLine('transactions', repeat, en)).toBe(
      'Taken for order lines: customer ids repeat (Customer ID).',
    );
    expect(datasetKindLine('transactions', repeat, zh)).toBe('判断为订单明细：客户ID有重复（Customer ID）。');
    expect(datasetKindLine('customers', { reason: 'idsUnique', columns: ['CustomerID'] }, en)).toBe(
      'Taken for one row per customer: each customer id occurs once (CustomerID) and no column holds order dates with amounts or order ids.',
    );
    expect(datasetKindLine('transactions', { reason: 'orderColumns', columns: ['下单时间', '订单号'] }, zh)).toBe(
      '判断为订单明细：文件含有订单日期及金额或订单号（下单时间, 订单号）。',
    );
  });

  it('names the kind when it was chosen against the file, or stored before the reason was kept', () => {
    const chosen: KindDecision = { reason: 'chosen', columns: [] };
    expect(datasetKindLine('customers', chosen, en)).toBe('Taken for one row per customer, as you chose.');
    expect(datasetKindLine('transactions', chosen, zh)).toBe('按您的选择，作为订单明细。');
    expect(datasetKindLine('transactions', undefined, en)).toBe('Taken for order lines, as you chose.');
  });
});
