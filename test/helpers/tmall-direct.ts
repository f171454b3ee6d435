import { readFileSync } from 'node:fs';
import { sharedData } from './paths';

/** One order of the Tmall report, read with plain code from the UTF-8 copy (no app code). */
export interface TmallOrder {
  id: string;
  total: number;
  paid: number;
  /** The shipping province, short form (上海, 广东, 内蒙古 …), by this file's own table. */
  province: string;
  region: string;
  created: string;
  payTime: string;
  refund: number;
}

/** The seven regions of China's provinces in this file: written out here, not taken from the app. */
const REGION: Record<string, string> = {
  北京: '华北',
  天津: '华北',
  河北: '华北',
  山西: '华北',
  内蒙古: '华北',
  辽宁: '东北',
  吉林: '东北',
  黑龙江: '东北',
  上海: '华东',
  江苏: '华东',
  浙江: '华东',
  安徽: '华东',
  福建: '华东',
  江西: '华东',
  山东: '华东',
  河南: '华中',
  湖北: '华中',
  湖南: '华中',
  广东: '华南',
  广西: '华南',
  海南: '华南',
  重庆: '西南',
  四川: '西南',
  贵州: '西南',
  云南: '西南',
  西藏: '西南',
  陕西: '西北',
  甘肃: '西北',
  青海: '西北',
  宁夏: '西北',
  新疆: '西北',
};

/** 广西壮族自治区 → 广西, 广东省 → 广东, 上海 → 上海. */
const shortName = (cell: string) => cell.trim().replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$/, '');

/** The 28,010 orders of tmall_order_report.csv (no quoted cells in it: a plain split reads it). */
export function tmallOrders(): TmallOrder[] {
  const lines = readFileSync(sharedData('tmall_order_report.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((line) => {
    const [id, total, paid, address, created, payTime, refund] = line.split(',');
    const province = shortName(address);
    return {
      id,
      total: Number(total),
      paid: Number(paid),
      province,
      region: REGION[province],
      created,
      payTime: payTime.trim(),
      refund: Number(refund),
    };
  });
}

/** Orders and paid revenue per key. */
export function countBy(
  orders: TmallOrder[],
  key: (o: TmallOrder) => string,
): Map<string, { orders: number; revenue: number }> {
  const out = new Map<string, { orders: number; revenue: number }>();
  for (const o of orders) {
    const k = key(o);
    const v = out.get(k) ?? { orders: 0, revenue: 0 };
    v.orders++;
    v.revenue += o.paid;
    out.set(k, v);
  }
  return out;
}
