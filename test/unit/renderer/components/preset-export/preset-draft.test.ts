import { describe, expect, it } from 'vitest';
import { emptyDraft, presetOptions } from '../../../../../src/renderer/src/components/preset-export/preset-draft';
import { presetExportSchema } from '../../../../../src/shared/presets';

const draw = { segments: ['champions'], share: 0.2, seed: 7 };
const draft = {
  ...emptyDraft(),
  excludeSegments: [9],
  defaultCountry: 'GB',
  properties: ['monetary'],
  mask: ['firstName' as const],
  encoding: 'gbk' as const,
  droppedFile: true,
};

describe('the preset options the dialog sends', () => {
  it('keep only what the preset takes: properties for Klaviyo, the encoding for the phone + tag list, no mask where hashed', () => {
    const scope = { segments: [0, 2], lang: 'en' as const };
    expect(presetOptions('klaviyo', draft, scope)).toEqual({
      preset: 'klaviyo',
      segments: [0, 2],
      only: undefined,
      listId: undefined,
      excludeSegments: [9],
      excludeControl: undefined,
      defaultCountry: 'GB',
      properties: ['monetary'],
      mask: ['firstName'],
      encoding: 'utf8',
      droppedFile: true,
      lang: 'en',
    });
    const google = presetOptions('googleAds', draft, scope);
    expect([google.mask, google.properties, google.encoding]).toEqual([[], [], 'utf8']);
    expect(presetOptions('chinaTags', draft, scope).encoding).toBe('gbk');
    // What the dialog sends, the contract takes as it is.
    expect(presetExportSchema.parse(google)).toEqual({ ...google, segments: [0, 2] });
  });

  it('a list the run made instead of segments; the Campaigns page’s draw unless unticked; all segments when none chosen', () => {
    const list = presetOptions('mailchimp', draft, { segments: [1], listId: 4, excludeControl: draw, lang: 'zh-CN' });
    expect([list.segments, list.listId, list.excludeControl, list.lang]).toEqual([undefined, 4, draw, 'zh-CN']);
    const unticked = presetOptions(
      'mailchimp',
      { ...draft, leaveOutControl: false },
      { segments: [], excludeControl: draw, lang: 'en' },
    );
    expect([unticked.segments, unticked.excludeControl]).toEqual([undefined, undefined]);
  });
});
