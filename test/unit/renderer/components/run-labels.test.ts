import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMadeName, runLabels } from '../../../../src/renderer/src/components/run-labels';
import { messages } from '../../../../src/shared/i18n';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const runs = [
  { name: 'RFM · 11 · online_retail_uci', model: 'rfm', analysisDate: '2011-06-30' },
  { name: 'RFM · 11 · online_retail_uci → 2011-12-10', model: 'rfm', analysisDate: '2011-12-10' },
  { name: 'RFM · 八大类 · online_retail_uci', model: 'rfm', analysisDate: '2011-12-10' },
  { name: 'CLV · value tiers · CDNOW_master', model: 'clv', analysisDate: '1997-10-01' },
  { name: 'Orders RFM 2005', model: 'rfm', analysisDate: '2005-12-31' },
  { name: 'k-means · 5 · Mall_Customers', model: 'kmeans', analysisDate: null },
];

describe('run labels', () => {
  it('by model and analysis day, "(2)" for a repeat, the user’s own name kept, in English', () => {
    expect(runLabels(runs, i18n.getFixedT('en'))).toEqual([
      'RFM · 2011-06-30',
      'RFM · 2011-12-10',
      'RFM · 2011-12-10 (2)',
      'CLV · 1997-10-01',
      'Orders RFM 2005 · 2005-12-31',
      'k-means · 5 · Mall_Customers',
    ]);
  });

  it('the same in Chinese, whatever language the run was named in', () => {
    expect(runLabels(runs.slice(0, 4), i18n.getFixedT('zh-CN'))).toEqual([
      'RFM · 2011-06-30',
      'RFM · 2011-12-10',
      'RFM · 2011-12-10（2）',
      'CLV · 1997-10-01',
    ]);
    expect(
      runLabels(
        [{ name: 'Rules · Mall_Customers', model: 'rules', analysisDate: '2024-01-01' }],
        i18n.getFixedT('zh-CN'),
      ),
    ).toEqual(['规则 · 2024-01-01']);
  });

  it('tells the names SegmentDesk made from the user’s', () => {
    expect(
      ['RFM · 11 · x', 'RFM · 11 群 · x', '规则 · x', 'k-prototypes · 3 · x', 'My best customers'].map(isMadeName),
    ).toEqual([true, true, true, true, false]);
  });
});
