import { z } from 'zod';
import type { DatasetKind, RoleMapping } from './roles';

/** A dataset of orders alone: transactions without a customer id. Its runs and rules are over orders. */
export const isOrdersOnly = (info: { kind: DatasetKind; roles: RoleMapping }) =>
  info.kind === 'transactions' && !info.roles.customerId;

/**
 * The order fields an order-segments run derives from an order file's columns (beside the
 * columns themselves), with their names in both UI languages.
 */
export const ORDER_FIELD_NAMES: Readonly<Record<string, { en: string; 'zh-CN': string }>> = {
  orderValue: { en: 'order value', 'zh-CN': '订单金额' },
  province: { en: 'province', 'zh-CN': '省份' },
  region: { en: 'region', 'zh-CN': '地区' },
  country: { en: 'country', 'zh-CN': '国家' },
  continent: { en: 'continent', 'zh-CN': '大洲' },
  paymentDelay: { en: 'hours to payment', 'zh-CN': '付款用时（小时）' },
  paymentStatus: { en: 'payment status', 'zh-CN': '付款状态' },
  refunded: { en: 'refunded', 'zh-CN': '是否退款' },
  weekday: { en: 'weekday (1 = Monday)', 'zh-CN': '星期（1 = 周一）' },
  hour: { en: 'hour of the day', 'zh-CN': '下单时刻（时）' },
};

/** The values of the derived category fields, in both UI languages. */
export const ORDER_VALUE_NAMES: Readonly<Record<string, { en: string; 'zh-CN': string }>> = {
  paid: { en: 'paid', 'zh-CN': '已付款' },
  unpaid: { en: 'unpaid', 'zh-CN': '未付款' },
  refunded: { en: 'refunded', 'zh-CN': '已退款' },
  yes: { en: 'yes', 'zh-CN': '是' },
  no: { en: 'no', 'zh-CN': '否' },
};

/** A derived category field's value for people (province and region names stay as they are). */
export function orderValueName(field: string, value: string, lang: 'en' | 'zh-CN'): string {
  if (field !== 'paymentStatus' && field !== 'refunded') return value;
  return ORDER_VALUE_NAMES[value]?.[lang] ?? value;
}

/** Which columns an order-segments run read its order fields from (null: the file has none). */
export const orderFactsSchema = z.object({
  /** The amount counted as revenue: the paid amount when the file has one, else the total. */
  amountColumn: z.string().nullable(),
  /** Whether the amount is the paid amount (true) or the order total (false). */
  amountIsPaid: z.boolean(),
  idColumn: z.string().nullable(),
  createdColumn: z.string().nullable(),
  paidColumn: z.string().nullable(),
  refundColumn: z.string().nullable(),
  provinceColumn: z.string().nullable(),
  countryColumn: z.string().nullable(),
  /** Orders refunded (refund amount > 0) of all orders; null without a refund column. */
  refundRate: z.number().nullable(),
});
export type OrderFacts = z.infer<typeof orderFactsSchema>;
