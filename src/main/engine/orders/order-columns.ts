import type { Table } from 'apache-arrow';
import { countryOf } from '../../../shared/geo/continents';
import { provinceOf } from '../../../shared/geo/china-provinces';
import type { RoleMapping } from '../../../shared/roles';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { KIND_KEY } from '../table/table-data';

/** The columns an order file's order fields are read from (null: not there). */
export interface OrderColumns {
  amount: string | null;
  amountIsPaid: boolean;
  id: string | null;
  created: string | null;
  paid: string | null;
  refund: string | null;
  province: string | null;
  country: string | null;
}

const PAID_AMOUNT = /实际支付|实付|实收|paid|payment amount/i;
const TOTAL_AMOUNT = /总金额|订单金额|金额|total|amount/i;
const PAY_TIME = /付款时间|支付时间|pay|paid/i;
const REFUND = /退款|refund/i;

/** Of the texts of a category column, the share `read` reads (by distinct value, weighted by rows). */
function readShare(table: Table, index: number, read: (cell: string) => unknown): number {
  const arrays = columnArrays(table, index);
  if (arrays.type !== 'dictionary') return 0;
  const counts = new Float64Array(arrays.dictionary.size);
  for (const c of arrays.codes) if (c >= 0) counts[c]++;
  let all = 0;
  let known = 0;
  dictionaryTexts(arrays.dictionary).forEach((text, e) => {
    all += counts[e];
    if (read(text)) known += counts[e];
  });
  return all > 0 ? known / all : 0;
}

/**
 * Reads which column is which in an order file: the amount (the paid amount when the file has
 * one, else the total or the amount role), creation and payment times, the refund amount, and a
 * column where 80 % of rows name a Chinese province, or a country.
 */
export function orderColumns(table: Table, roles: RoleMapping): OrderColumns {
  const fields = table.schema.fields.map((f, index) => ({ name: f.name, kind: f.metadata.get(KIND_KEY), index }));
  const numbers = fields.filter((f) => f.kind === 'integer' || f.kind === 'decimal');
  const dates = fields.filter((f) => f.kind === 'date' || f.kind === 'datetime');
  const texts = fields.filter((f) => f.kind === 'category' || f.kind === 'text');
  const paidAmount = numbers.find((f) => PAID_AMOUNT.test(f.name) && !REFUND.test(f.name));
  const total = numbers.find((f) => TOTAL_AMOUNT.test(f.name) && !REFUND.test(f.name));
  const amount = paidAmount?.name ?? roles.amount ?? total?.name ?? null;
  const created = roles.orderDate ?? dates[0]?.name ?? null;
  const paid = dates.find((f) => f.name !== created && PAY_TIME.test(f.name))?.name ?? null;
  const province = texts.find((f) => readShare(table, f.index, provinceOf) >= 0.8)?.name ?? null;
  const country = province ? null : (texts.find((f) => readShare(table, f.index, countryOf) >= 0.8)?.name ?? null);
  return {
    amount,
    amountIsPaid: paidAmount !== undefined && amount === paidAmount.name,
    id: roles.orderId ?? null,
    created,
    paid,
    refund: numbers.find((f) => REFUND.test(f.name))?.name ?? null,
    province,
    country,
  };
}
