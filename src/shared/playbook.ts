import type { SegmentName } from './segments';

/** Suggested actions for a segment, in both UI languages. */
export interface PlaybookEntry {
  actions: SegmentName[];
}

const a = (en: string, zh: string): SegmentName => ({ en, 'zh-CN': zh });

/**
 * What to do with each named segment of the built-in schemes (keyed by segment key). Other
 * segments (Others, clusters, the user's own rules) get the entry of the closest kind: by their
 * key when it says it (vip, loyal, new, risk, lost, price), else by their persona.
 */
export const PLAYBOOK: Readonly<Record<string, PlaybookEntry>> = {
  champions: {
    actions: [
      a('Reward them: VIP tier, early access, points multipliers', '重点维护：VIP 等级、新品优先购、积分加倍'),
      a('Ask for reviews and referrals', '邀请评价与转介绍'),
      a('Avoid discounts they do not need', '避免不必要的折扣'),
    ],
  },
  loyal: {
    actions: [
      a('Upsell higher-value products and bundles', '推荐更高价值的商品与套装'),
      a('Membership and points to keep them close', '会员与积分计划，增强黏性'),
      a('Ask for feedback', '收集反馈意见'),
    ],
  },
  potential_loyalist: {
    actions: [
      a('Offer membership or a loyalty programme', '邀请加入会员或忠诚度计划'),
      a('Recommend products from their categories', '按偏好品类推荐商品'),
      a('A small reward for the next order', '为下一单提供小额奖励'),
    ],
  },
  new: {
    actions: [
      a('Welcome series and onboarding', '欢迎礼包与新客引导'),
      a('A second-purchase offer within 30 days', '30 天内的二次购买优惠'),
      a('Show best sellers and service', '展示热销商品与服务保障'),
    ],
  },
  promising: {
    actions: [
      a('Build awareness of the range with content', '通过内容介绍更多商品'),
      a('A time-limited offer to buy again', '限时复购优惠'),
      a('Free shipping threshold', '满额包邮'),
    ],
  },
  need_attention: {
    actions: [
      a('Personal recommendations based on past orders', '基于历史订单的个性化推荐'),
      a('A limited-time offer', '限时优惠'),
      a('Check satisfaction', '回访满意度'),
    ],
  },
  about_to_sleep: {
    actions: [
      a('Reconnect with popular products and discounts', '以热门商品和折扣重新唤起'),
      a('Reminders of what they liked', '提醒曾经喜欢的商品'),
      a('Survey why they slowed down', '调研购买减少的原因'),
    ],
  },
  cant_lose: {
    actions: [
      a('Win them back personally: call or personal message', '一对一挽回：电话或专属消息'),
      a('A strong, exclusive offer', '有力度的专属优惠'),
      a('Find and fix what went wrong', '找出并解决流失原因'),
    ],
  },
  at_risk: {
    actions: [
      a('Win-back coupon', '发放召回优惠券'),
      a('Personalised emails with new products', '个性化邮件推送新品'),
      a('Ask for feedback', '征求反馈'),
    ],
  },
  hibernating: {
    actions: [
      a('Low-cost reactivation: a relevant offer', '低成本唤醒：相关优惠'),
      a('Recommend other categories', '推荐其他品类'),
      a('Limit spend on them', '控制营销投入'),
    ],
  },
  lost: {
    actions: [
      a('One low-cost reactivation campaign, then let go', '一次低成本召回，无效则放弃'),
      a('Leave them out of costly campaigns', '不纳入高成本营销'),
    ],
  },
  important_value: {
    actions: [
      a('VIP service and exclusive benefits', 'VIP 专属服务与权益'),
      a('Keep them engaged without discounting', '保持互动，避免打折'),
    ],
  },
  important_develop: {
    actions: [
      a('Raise purchase frequency: subscriptions, replenishment reminders', '提升购买频次：订阅、补货提醒'),
      a('Cross-sell related products', '交叉销售相关商品'),
    ],
  },
  important_keep: {
    actions: [
      a('Bring them back soon: personal offers', '尽快召回：专属优惠'),
      a('Remind them of new arrivals', '提醒上新'),
    ],
  },
  important_retain: {
    actions: [
      a('Win-back campaign with a strong offer', '有力度的挽回活动'),
      a('Find out why they left', '了解流失原因'),
    ],
  },
  general_value: {
    actions: [a('Raise order value: bundles and upgrades', '提升客单价：套装与升级'), a('Loyalty points', '积分激励')],
  },
  general_develop: {
    actions: [a('Second-purchase incentives', '二次购买激励'), a('Low-cost engagement', '低成本互动')],
  },
  general_keep: {
    actions: [
      a('Promotions to bring them back', '促销召回'),
      a('Price-sensitive: coupons and flash sales', '价格敏感：优惠券与限时抢购'),
    ],
  },
  general_retain: { actions: [a('Minimal spend: occasional mass promotions', '控制投入：偶尔的大众促销')] },
  price_sensitive: {
    actions: [a('Promotions, coupons and flash sales', '促销、优惠券与限时抢购'), a('Value packs', '超值组合装')],
  },
  high_value: {
    actions: [
      a('VIP tier and personal service', 'VIP 等级与专属服务'),
      a('Early access to new products', '新品优先购'),
    ],
  },
  medium_value: {
    actions: [a('Upsell and cross-sell', '向上销售与交叉销售'), a('Points to reach the next tier', '积分激励升级')],
  },
  low_value: { actions: [a('Low-cost, automated engagement', '低成本自动化运营')] },
  // Lifetime value: value tier × activity (P(alive)).
  high: {
    actions: [
      a('Protect them: VIP service, early access, personal contact', '重点保护：VIP 服务、新品优先购、专人联系'),
      a('Watch their P(alive): act when it falls', '关注其存活概率，下降时立即行动'),
    ],
  },
  middle: {
    actions: [
      a('Grow them towards the top tier: cross-sell, bundles, membership', '向高价值层培养：交叉销售、套装、会员'),
      a('Reminders timed to their usual gap between orders', '按其惯常的购买间隔发送提醒'),
    ],
  },
  low: {
    actions: [
      a('Low-cost, automated engagement', '低成本自动化运营'),
      a('Raise order value with free-shipping thresholds', '以满额包邮提升客单价'),
    ],
  },
  high_active: {
    actions: [
      a(
        'Keep them delighted: VIP service, early access, no needless discounts',
        '保持满意：VIP 服务、新品优先购，避免不必要的折扣',
      ),
      a('Ask for referrals and reviews', '邀请转介绍与评价'),
    ],
  },
  high_at_risk: {
    actions: [
      a(
        'Act now, personally: a call or message and an exclusive offer — their expected value pays for it',
        '立即一对一行动：电话或专属消息加专属优惠——其预期价值足以覆盖成本',
      ),
      a('Find out what changed', '了解发生了什么变化'),
    ],
  },
  high_lost: {
    actions: [
      a('One personal win-back attempt; if it fails, learn why they left', '一次一对一挽回；无效则了解其流失原因'),
    ],
  },
  middle_active: {
    actions: [
      a('Cross-sell and bundles to raise their value', '交叉销售与套装，提升其价值'),
      a('Membership and points to reach the top tier', '会员与积分激励，向高价值层升级'),
    ],
  },
  middle_at_risk: {
    actions: [
      a('A timely reminder with a moderate offer', '及时提醒并给予适度优惠'),
      a('Recommendations from their past orders', '基于历史订单的推荐'),
    ],
  },
  middle_lost: { actions: [a('Low-cost automated win-back, then let go', '低成本自动召回，无效则放弃')] },
  low_active: {
    actions: [a('Automated engagement; raise order value with thresholds', '自动化运营；以满额优惠提升客单价')],
  },
  low_at_risk: { actions: [a('Automated reminders only', '仅自动提醒')] },
  low_lost: { actions: [a('Leave them out of paid campaigns', '不纳入付费营销活动')] },
  // A CLV run's churn-risk list: valuable customers (top share by past spend or predicted value) likely to be lost.
  churn_risk: {
    actions: [
      a(
        'Win them back one by one, most valuable first: a call or a personal message with an offer worth their value',
        '按价值从高到低逐一挽回：电话或专属消息，附上与其价值相称的优惠',
      ),
      a('Remind them of what they bought and what is new around it', '提醒他们买过的商品及相关新品'),
      a('Ask what changed, and fix it before it drives others away', '询问发生了什么变化，并在影响更多客户之前解决'),
      a('Leave out those who do not answer from costly campaigns afterwards', '对挽回无回应的客户，此后不再投入高成本营销'),
    ],
  },
};

/** The number traits a playbook reads from a persona (a run's stored persona fits). */
type PersonaTraits = { numeric: readonly { field: string; difference: number }[] };

const SPEND = /spend|mnt|revenue|amount|monetary/i;
const INCOME = /income|salary|wage/i;

/**
 * The built-in kind a segment is like, from what sets it apart: recency with purchases and spend
 * for customers with purchases (recent and valuable → loyal, lapsed and valuable → at risk …),
 * a spend (or income) column for a customer table. Null when the persona says nothing of them.
 */
export function kindFromPersona(persona: PersonaTraits): string | null {
  const of = (test: (field: string) => boolean) => persona.numeric.find((t) => test(t.field))?.difference;
  const recency = of((f) => f === 'recency');
  const often = of((f) => f === 'frequency' || f === 'orders') ?? 0;
  const spend = of((f) => SPEND.test(f));
  if (recency !== undefined) {
    const valuable = often > 0.25 || (spend ?? 0) > 0.25;
    if (recency < -0.25) {
      if (valuable) return often > 0.75 && (spend ?? 0) > 0.75 ? 'champions' : 'loyal';
      return (of((f) => f === 'tenure') ?? 0) < -0.5 ? 'new' : 'promising';
    }
    if (recency > 0.25) {
      if (valuable) return recency > 1 ? 'cant_lose' : 'at_risk';
      return recency > 1 ? 'lost' : 'hibernating';
    }
    return valuable ? 'potential_loyalist' : 'need_attention';
  }
  const income = of((f) => INCOME.test(f));
  if (spend === undefined && income === undefined) return null;
  if ((spend ?? income ?? 0) > 0.5) return 'high_value';
  if (spend !== undefined && spend < -0.5) return (income ?? 0) > 0.5 ? 'medium_value' : 'price_sensitive';
  return (spend ?? income ?? 0) < -0.5 ? 'low_value' : 'medium_value';
}

/**
 * The suggestions for a segment: the built-in ones of its key, those of the kind its key names
 * (vip, loyal, new, risk, lost, price), else those of the kind its persona is like — so Others,
 * clusters and the user's own rules get actions too. Empty when nothing points to a kind.
 */
export function playbookFor(key: string, persona?: PersonaTraits): SegmentName[] {
  if (PLAYBOOK[key]) return PLAYBOOK[key].actions;
  const hint = [
    [/vip|champion|high/i, 'champions'],
    [/loyal/i, 'loyal'],
    [/new/i, 'new'],
    [/risk/i, 'at_risk'],
    [/lost|churn/i, 'lost'],
    [/price|discount|deal/i, 'price_sensitive'],
  ] as const;
  const match = hint.find(([re]) => re.test(key));
  if (match) return PLAYBOOK[match[1]].actions;
  const kind = persona ? kindFromPersona(persona) : null;
  return kind ? PLAYBOOK[kind].actions : [];
}
