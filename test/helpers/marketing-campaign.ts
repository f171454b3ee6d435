/** The roles a test names for marketing_campaign.csv's customer columns: id, birth year, education, marital status, income. */
export const MARKETING_CAMPAIGN_ROLES = {
  customerId: 'ID',
  birthYear: 'Year_Birth',
  education: 'Education',
  maritalStatus: 'Marital_Status',
  income: 'Income',
};

/** One customer of marketing_campaign.csv as a test reads it straight from the file. */
export interface MarketingCustomer {
  id: string;
  education: string;
  marital: string;
  recency: number;
  /** The six Mnt columns added up. */
  spend: number;
  /** Web, catalogue and store purchases added up. */
  purchases: number;
}

/** marketing_campaign.csv (tab-separated) parsed directly, with spend and purchases summed here. */
export function marketingCustomers(text: string): MarketingCustomer[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header.split('\t');
  const at = (c: string[], name: string) => c[cols.indexOf(name)];
  const total = (c: string[], names: string[]) => names.reduce((s, n) => s + Number(at(c, n)), 0);
  return lines.map((line) => {
    const c = line.split('\t');
    return {
      id: at(c, 'ID'),
      education: at(c, 'Education'),
      marital: at(c, 'Marital_Status'),
      recency: Number(at(c, 'Recency')),
      spend: total(c, [
        'MntWines',
        'MntFruits',
        'MntMeatProducts',
        'MntFishProducts',
        'MntSweetProducts',
        'MntGoldProds',
      ]),
      purchases: total(c, ['NumWebPurchases', 'NumCatalogPurchases', 'NumStorePurchases']),
    };
  });
}

/** The rule run of the calculated-columns flow: four Education × Marital_Status segments, then everyone else. */
export const EDUCATION_MARITAL_RULES = [
  ['grad_married', 'Graduation', 'Married', 'Graduation & Married', '本科已婚'],
  ['phd_single', 'PhD', 'Single', 'PhD & Single', '博士单身'],
  ['master_together', 'Master', 'Together', 'Master & Together', '硕士同居'],
  ['grad_single', 'Graduation', 'Single', 'Graduation & Single', '本科单身'],
].map(([key, education, marital, en, zh]) => ({
  key,
  name: { en, 'zh-CN': zh },
  when: {
    all: [
      { field: 'Education', op: 'in', values: [education] },
      { field: 'Marital_Status', op: 'in', values: [marital] },
    ],
  },
}));

/** Customers and spend per rule (first match in order), then everyone else, counted directly. */
export function ruleFigures(customers: MarketingCustomer[]): { customers: number; revenue: number }[] {
  const out = [...EDUCATION_MARITAL_RULES, null].map(() => ({ customers: 0, revenue: 0 }));
  for (const c of customers) {
    const k = EDUCATION_MARITAL_RULES.findIndex((r) => {
      const [e, m] = r.when.all;
      return e.values[0] === c.education && m.values[0] === c.marital;
    });
    const slot = out[k < 0 ? out.length - 1 : k];
    slot.customers++;
    slot.revenue += c.spend;
  }
  return out;
}
