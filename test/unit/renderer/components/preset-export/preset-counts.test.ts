import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { countsLine, droppedParts } from '../../../../../src/renderer/src/components/preset-export/preset-counts';
import { createFormatters } from '../../../../../src/renderer/src/hooks/create-formatters';
import { messages } from '../../../../../src/shared/i18n';
import type { PresetCounts } from '../../../../../src/shared/presets';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const counts = (dropped: Partial<PresetCounts['dropped']>, written: number, unmatched: number | null = null) => ({
  chosen: 0,
  written,
  dropped: { excludedSegment: 0, control: 0, suppressed: 0, noContact: 0, duplicate: 0, ...dropped },
  suppressionUnmatched: unmatched,
});

describe('the counts before saving', () => {
  it('says who is written and why the others are not, in the checks’ order, reasons with nobody left out', () => {
    const en = i18n.getFixedT('en');
    const line = countsLine(
      en,
      createFormatters('en'),
      'mailchimp',
      counts({ control: 25, noContact: 14, duplicate: 3 }, 312),
    );
    expect(line).toBe(
      '312 customers will be written · 25 are in the control group · 14 have no e-mail address · 3 share an address with another customer',
    );
  });

  it('names the identifier the preset needs, one and many, thousands separated, and the suppression rows matching nobody', () => {
    const en = i18n.getFixedT('en');
    const fmt = createFormatters('en');
    expect(countsLine(en, fmt, 'sms', counts({ noContact: 1, duplicate: 1 }, 1))).toBe(
      '1 customer will be written · 1 has no mobile number · 1 shares a number with another customer',
    );
    expect(countsLine(en, fmt, 'googleAds', counts({ excludedSegment: 1204, suppressed: 2 }, 12345, 7))).toBe(
      '12,345 customers will be written · 1,204 are in segments never to include · 2 are on the suppression list · 7 rows of the suppression list match no customer',
    );
  });

  it('in the past after saving, and in Chinese', () => {
    const zh = i18n.getFixedT('zh-CN');
    const fmt = createFormatters('zh-CN');
    expect(droppedParts(zh, fmt, 'meta', counts({ noContact: 14, duplicate: 3 }, 300), true)).toEqual([
      '14 位既没有邮箱也没有手机号',
      '3 位与其他客户共用邮箱或手机号',
    ]);
    expect(countsLine(zh, fmt, 'chinaTags', counts({ control: 25 }, 312))).toBe('将写入 312 位客户 · 25 位在对照组中');
    const en = i18n.getFixedT('en');
    expect(
      droppedParts(en, createFormatters('en'), 'mailchimp', counts({ control: 1, duplicate: 2 }, 9), true),
    ).toEqual(['1 was in the control group', '2 shared an address with another customer']);
  });
});
