/**
 * China's 34 provincial-level divisions, the names shop exports write them in, and the seven
 * geographic regions (七大地理分区) shop owners group them by. Platform exports mix short and
 * full forms (上海 / 上海市, 广东 / 广东省, 内蒙古 / 内蒙古自治区) and often give a whole address
 * (广东省深圳市南山区…): `provinceOf` reads all of these.
 *
 * Regions follow the common seven-region scheme: Hong Kong and Macau with South China, Taiwan
 * with East China.
 */

export const CHINA_REGIONS = ['华北', '东北', '华东', '华中', '华南', '西南', '西北'] as const;
export type ChinaRegion = (typeof CHINA_REGIONS)[number];

export const CHINA_REGION_EN: Record<ChinaRegion, string> = {
  华北: 'North China',
  东北: 'Northeast China',
  华东: 'East China',
  华中: 'Central China',
  华南: 'South China',
  西南: 'Southwest China',
  西北: 'Northwest China',
};

export interface Province {
  /** The short name (上海, 广东, 内蒙古): the form shown. */
  short: string;
  /** The official full name (上海市, 广东省, 内蒙古自治区). */
  full: string;
  /** The English name (Shanghai, Guangdong, Inner Mongolia). */
  en: string;
  region: ChinaRegion;
}

const p = (short: string, full: string, en: string, region: ChinaRegion): Province => ({ short, full, en, region });

export const PROVINCES: readonly Province[] = [
  p('北京', '北京市', 'Beijing', '华北'),
  p('天津', '天津市', 'Tianjin', '华北'),
  p('河北', '河北省', 'Hebei', '华北'),
  p('山西', '山西省', 'Shanxi', '华北'),
  p('内蒙古', '内蒙古自治区', 'Inner Mongolia', '华北'),
  p('辽宁', '辽宁省', 'Liaoning', '东北'),
  p('吉林', '吉林省', 'Jilin', '东北'),
  p('黑龙江', '黑龙江省', 'Heilongjiang', '东北'),
  p('上海', '上海市', 'Shanghai', '华东'),
  p('江苏', '江苏省', 'Jiangsu', '华东'),
  p('浙江', '浙江省', 'Zhejiang', '华东'),
  p('安徽', '安徽省', 'Anhui', '华东'),
  p('福建', '福建省', 'Fujian', '华东'),
  p('江西', '江西省', 'Jiangxi', '华东'),
  p('山东', '山东省', 'Shandong', '华东'),
  p('台湾', '台湾省', 'Taiwan', '华东'),
  p('河南', '河南省', 'Henan', '华中'),
  p('湖北', '湖北省', 'Hubei', '华中'),
  p('湖南', '湖南省', 'Hunan', '华中'),
  p('广东', '广东省', 'Guangdong', '华南'),
  p('广西', '广西壮族自治区', 'Guangxi', '华南'),
  p('海南', '海南省', 'Hainan', '华南'),
  p('香港', '香港特别行政区', 'Hong Kong', '华南'),
  p('澳门', '澳门特别行政区', 'Macau', '华南'),
  p('重庆', '重庆市', 'Chongqing', '西南'),
  p('四川', '四川省', 'Sichuan', '西南'),
  p('贵州', '贵州省', 'Guizhou', '西南'),
  p('云南', '云南省', 'Yunnan', '西南'),
  p('西藏', '西藏自治区', 'Tibet', '西南'),
  p('陕西', '陕西省', 'Shaanxi', '西北'),
  p('甘肃', '甘肃省', 'Gansu', '西北'),
  p('青海', '青海省', 'Qinghai', '西北'),
  p('宁夏', '宁夏回族自治区', 'Ningxia', '西北'),
  p('新疆', '新疆维吾尔自治区', 'Xinjiang', '西北'),
];

/** Other names met in exports: older or informal forms and romanisations. */
const EXTRA_ALIASES: Record<string, string> = {
  内蒙: '内蒙古',
  广西省: '广西',
  西藏省: '西藏',
  宁夏省: '宁夏',
  新疆省: '新疆',
  内蒙古省: '内蒙古',
  香港特区: '香港',
  澳门特区: '澳门',
  'inner mongolia': '内蒙古',
  'nei mongol': '内蒙古',
  xizang: '西藏',
  'hong kong': '香港',
  hongkong: '香港',
  macao: '澳门',
  shensi: '陕西',
  'hong kong sar': '香港',
  'macau sar': '澳门',
};

const byShort = new Map(PROVINCES.map((prov) => [prov.short, prov]));

/** Every name (full, short, English, alias) → its province; the longest names first, for reading addresses. */
const NAMES: [string, Province][] = [
  ...PROVINCES.flatMap((prov): [string, Province][] => [
    [prov.full, prov],
    [prov.short, prov],
    [prov.en.toLowerCase(), prov],
  ]),
  ...Object.entries(EXTRA_ALIASES).map(([alias, short]): [string, Province] => [alias, byShort.get(short)!]),
].sort((a, b) => b[0].length - a[0].length);

const exact = new Map(NAMES);

/**
 * The province a cell names: a short or full name (上海, 上海市, 广东省), an English name
 * (Guangdong, Inner Mongolia), or an address that starts with one (广东省深圳市南山区…,
 * 内蒙古呼和浩特市…). Null for anything else (an empty cell, 海外, a city alone).
 */
export function provinceOf(cell: string | null | undefined): Province | null {
  if (!cell) return null;
  const text = cell.trim().toLowerCase();
  if (!text) return null;
  const hit = exact.get(text);
  if (hit) return hit;
  for (const [name, prov] of NAMES) if (text.startsWith(name)) return prov;
  return null;
}
