import type { Currency } from '../../../shared/schemas';

/** Country names (English, Chinese, own language, usual short forms; lower case) → the currency they pay in. */
const COUNTRIES: Record<Currency, string[]> = {
  GBP: [
    'united kingdom',
    'uk',
    'u.k.',
    'great britain',
    'britain',
    'england',
    'scotland',
    'wales',
    'northern ireland',
    '英国',
    '英國',
  ],
  CNY: [
    'china',
    'prc',
    "people's republic of china",
    'mainland china',
    '中国',
    '中國',
    '中华人民共和国',
    '中国大陆',
    '大陆',
  ],
  USD: ['united states', 'united states of america', 'usa', 'u.s.a.', 'us', 'u.s.', 'america', '美国', '美國'],
  EUR: [
    'germany',
    'deutschland',
    'france',
    'spain',
    'españa',
    'italy',
    'italia',
    'netherlands',
    'the netherlands',
    'holland',
    'nederland',
    'belgium',
    'austria',
    'ireland',
    'eire',
    'portugal',
    'finland',
    'greece',
    'luxembourg',
    'slovakia',
    'slovenia',
    'estonia',
    'latvia',
    'lithuania',
    'malta',
    'cyprus',
    'croatia',
    'european community',
    '德国',
    '德國',
    '法国',
    '法國',
    '西班牙',
    '意大利',
    '荷兰',
    '荷蘭',
    '比利时',
    '比利時',
    '奥地利',
    '奧地利',
    '爱尔兰',
    '愛爾蘭',
    '葡萄牙',
    '芬兰',
    '芬蘭',
    '希腊',
    '希臘',
    '卢森堡',
    '盧森堡',
  ],
  JPY: ['japan', 'nippon', '日本'],
  KRW: ['south korea', 'korea', 'republic of korea', '韩国', '韓國', '南韩', '한국', '대한민국'],
  HKD: ['hong kong', 'hongkong', 'hong kong sar', '香港', '中国香港'],
  TWD: ['taiwan', '台湾', '臺灣', '台灣', '中国台湾'],
  SGD: ['singapore', '新加坡'],
  AUD: ['australia', '澳大利亚', '澳洲', '澳大利亞'],
  CAD: ['canada', '加拿大'],
  CHF: ['switzerland', 'schweiz', 'suisse', '瑞士'],
  INR: ['india', 'bharat', '印度'],
};

const BY_NAME = new Map(
  Object.entries(COUNTRIES).flatMap(([currency, names]) => names.map((n) => [n, currency as Currency] as const)),
);

/** Mainland China's provinces and cities under the state, as a shipping address names them (上海, 内蒙古自治区). */
const PROVINCES = new Set(
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆'.split(
    ' ',
  ),
);
const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;

/**
 * The currency of a country (or a province of China) named in a cell ("United Kingdom" → GBP,
 * "中国" → CNY, "内蒙古自治区" → CNY), or null when it is not one we know.
 */
export function countryCurrency(name: string): Currency | null {
  const text = name.trim().toLowerCase();
  return BY_NAME.get(text) ?? (PROVINCES.has(text.replace(PROVINCE_SUFFIX, '')) ? 'CNY' : null);
}
