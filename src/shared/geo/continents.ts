/**
 * Countries → continents, by the names shop exports write them in (English names, the UK
 * Online Retail export's own names such as EIRE, RSA and Channel Islands, ISO codes, Chinese
 * names). A ready-made map for grouping a country column; the user can edit the groups.
 */

export const CONTINENTS = ['Europe', 'Asia', 'North America', 'South America', 'Africa', 'Oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];

export const CONTINENT_ZH: Record<Continent, string> = {
  Europe: '欧洲',
  Asia: '亚洲',
  'North America': '北美洲',
  'South America': '南美洲',
  Africa: '非洲',
  Oceania: '大洋洲',
};

/** Continent → its countries, each as [English name, ISO 3166-1 alpha-2, Chinese name, …other names]. */
const COUNTRIES: Record<Continent, string[][]> = {
  Europe: [
    ['United Kingdom', 'GB', '英国', 'UK', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
    ['Ireland', 'IE', '爱尔兰', 'EIRE', 'Republic of Ireland'],
    ['France', 'FR', '法国'],
    ['Germany', 'DE', '德国'],
    ['Netherlands', 'NL', '荷兰', 'The Netherlands', 'Holland'],
    ['Belgium', 'BE', '比利时'],
    ['Luxembourg', 'LU', '卢森堡'],
    ['Spain', 'ES', '西班牙'],
    ['Portugal', 'PT', '葡萄牙'],
    ['Italy', 'IT', '意大利'],
    ['Malta', 'MT', '马耳他'],
    ['Greece', 'GR', '希腊'],
    ['Cyprus', 'CY', '塞浦路斯'],
    ['Austria', 'AT', '奥地利'],
    ['Switzerland', 'CH', '瑞士'],
    ['Denmark', 'DK', '丹麦'],
    ['Sweden', 'SE', '瑞典'],
    ['Norway', 'NO', '挪威'],
    ['Finland', 'FI', '芬兰'],
    ['Iceland', 'IS', '冰岛'],
    ['Poland', 'PL', '波兰'],
    ['Czech Republic', 'CZ', '捷克', 'Czechia'],
    ['Slovakia', 'SK', '斯洛伐克'],
    ['Hungary', 'HU', '匈牙利'],
    ['Romania', 'RO', '罗马尼亚'],
    ['Bulgaria', 'BG', '保加利亚'],
    ['Croatia', 'HR', '克罗地亚'],
    ['Slovenia', 'SI', '斯洛文尼亚'],
    ['Lithuania', 'LT', '立陶宛'],
    ['Latvia', 'LV', '拉脱维亚'],
    ['Estonia', 'EE', '爱沙尼亚'],
    ['Serbia', 'RS', '塞尔维亚'],
    ['Ukraine', 'UA', '乌克兰'],
    ['Russia', 'RU', '俄罗斯', 'Russian Federation'],
    ['Channel Islands', 'JE', '海峡群岛', 'Jersey', 'Guernsey'],
    ['European Community', 'EU', '欧洲共同体', 'European Union'],
  ],
  Asia: [
    ['China', 'CN', '中国', "People's Republic of China", 'PRC', 'Mainland China'],
    ['Hong Kong', 'HK', '中国香港', '香港'],
    ['Macau', 'MO', '中国澳门', '澳门', 'Macao'],
    ['Taiwan', 'TW', '中国台湾', '台湾'],
    ['Japan', 'JP', '日本'],
    ['South Korea', 'KR', '韩国', 'Korea', 'Republic of Korea'],
    ['Singapore', 'SG', '新加坡'],
    ['Malaysia', 'MY', '马来西亚'],
    ['Thailand', 'TH', '泰国'],
    ['Vietnam', 'VN', '越南', 'Viet Nam'],
    ['Philippines', 'PH', '菲律宾'],
    ['Indonesia', 'ID', '印度尼西亚', '印尼'],
    ['India', 'IN', '印度'],
    ['Pakistan', 'PK', '巴基斯坦'],
    ['Israel', 'IL', '以色列'],
    ['Lebanon', 'LB', '黎巴嫩'],
    ['Turkey', 'TR', '土耳其', 'Türkiye'],
    ['Saudi Arabia', 'SA', '沙特阿拉伯', '沙特'],
    ['United Arab Emirates', 'AE', '阿联酋', 'UAE'],
    ['Bahrain', 'BH', '巴林'],
    ['Qatar', 'QA', '卡塔尔'],
    ['Kuwait', 'KW', '科威特'],
  ],
  'North America': [
    ['United States', 'US', '美国', 'USA', 'United States of America', 'America'],
    ['Canada', 'CA', '加拿大'],
    ['Mexico', 'MX', '墨西哥'],
  ],
  'South America': [
    ['Brazil', 'BR', '巴西'],
    ['Argentina', 'AR', '阿根廷'],
    ['Chile', 'CL', '智利'],
    ['Colombia', 'CO', '哥伦比亚'],
    ['Peru', 'PE', '秘鲁'],
  ],
  Africa: [
    ['South Africa', 'ZA', '南非', 'RSA', 'Republic of South Africa'],
    ['Egypt', 'EG', '埃及'],
    ['Nigeria', 'NG', '尼日利亚'],
    ['Kenya', 'KE', '肯尼亚'],
    ['Morocco', 'MA', '摩洛哥'],
  ],
  Oceania: [
    ['Australia', 'AU', '澳大利亚', '澳洲'],
    ['New Zealand', 'NZ', '新西兰'],
  ],
};

export interface Country {
  /** The English name: the form `countryOf` gives and places are named by. */
  en: string;
  iso: string;
  zh: string;
  continent: Continent;
}

/** Every country the app knows, in the order above. */
export const COUNTRY_LIST: readonly Country[] = CONTINENTS.flatMap((continent) =>
  COUNTRIES[continent].map(([en, iso, zh]) => ({ en, iso, zh, continent })),
);

const byEn = new Map(COUNTRY_LIST.map((c) => [c.en, c]));

/** A country (by its English name, as `countryOf` gives it) as the UI language writes it; unknown names as given. */
export function countryName(en: string, language: string): string {
  return language.startsWith('zh') ? (byEn.get(en)?.zh ?? en) : en;
}

const byName = new Map<string, { country: string; continent: Continent }>();
for (const continent of CONTINENTS)
  for (const [country, ...names] of COUNTRIES[continent])
    for (const name of [country, ...names]) byName.set(name.toLowerCase(), { country, continent });

/** The country (its English name) and continent a cell names, or null (Unspecified, an unknown name). */
export function countryOf(cell: string | null | undefined): { country: string; continent: Continent } | null {
  if (!cell) return null;
  return byName.get(cell.trim().toLowerCase()) ?? null;
}
