import { describe, expect, it } from 'vitest';
import { orderPlaybookFor } from '../../../src/shared/order-playbook';
import { orderValueName } from '../../../src/shared/order-facts';

const none = { numeric: [], categories: [] };
const status = (value: string, share = 0.95) => ({ field: 'paymentStatus', value, share });

describe('orderPlaybookFor', () => {
  it('unpaid orders: remind within the hour; refunded: read the reasons', () => {
    expect(orderPlaybookFor({ numeric: [], categories: [status('unpaid', 1)] })[0]['zh-CN']).toBe(
      '一小时内提醒付款（付款链接、保留库存）；排查结算或价格问题。',
    );
    expect(orderPlaybookFor({ numeric: [], categories: [status('refunded')] })[0].en).toMatch(
      /^Read the refund reasons/,
    );
  });

  it('high-value orders from one region, made at some hours, paid: value, place, time, then thanks', () => {
    const actions = orderPlaybookFor({
      numeric: [
        { field: 'orderValue', difference: 0.98 },
        { field: 'hour', difference: 0.7 },
      ],
      categories: [{ field: 'region', value: '华东', share: 1 }, status('paid', 0.978)],
    });
    expect(actions.map((a) => a.en.split(' ')[0])).toEqual(['Check', 'Plan', 'Time', 'Thank']);
  });

  it('a segment with nothing that stands out gets one offer to try; a status short of 90 % says nothing', () => {
    expect(orderPlaybookFor(none).map((a) => a.en)).toEqual([
      'Look at what these orders share and try one offer on them, measured against the rest.',
    ]);
    expect(orderPlaybookFor({ numeric: [], categories: [status('unpaid', 0.5)] })).toHaveLength(1);
  });
});

describe('orderValueName', () => {
  it('names the derived statuses in the UI language; places and other fields stay as written', () => {
    expect(orderValueName('paymentStatus', 'unpaid', 'zh-CN')).toBe('未付款');
    expect(orderValueName('refunded', 'yes', 'en')).toBe('yes');
    expect(orderValueName('refunded', 'no', 'zh-CN')).toBe('否');
    expect(orderValueName('region', '华东', 'en')).toBe('华东');
    expect(orderValueName('收货地址', 'paid', 'zh-CN')).toBe('paid');
  });
});
