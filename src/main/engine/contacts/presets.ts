import { PRESET_IDENTIFIER, type ExportPreset } from '../../../shared/presets';
import { createTranslate } from '../../../shared/i18n';
import { uniqueNames } from '../io/unique-names';
import type { Cell } from '../report/csv-text';
import type { ExportParts } from '../report/members-export';
import { GOOGLE_ADS_HASHED, GOOGLE_ADS_HEADER, META_HEADER, googleAdsRow, metaRow } from './ad-rows';
import { contactOf } from './contact-of';
import { klaviyoRow, mailchimpRow, phoneListRow, SHOPIFY_HEADER, shopifyRow } from './list-rows';
import { normaliseEmail } from './normalise';
import type { Contact, ContactRow, PresetLayout, PresetOptions, RowOf } from './preset-types';

export type { Contact, ContactRow, PresetLayout, PresetOptions } from './preset-types';
export { presetHashNotes } from './preset-hash-notes';

/** Our own list for Chinese tools: 手机号, 姓名, 标签 (no vendor documents a customer-tag import file). */
const CHINA_TAGS_HEADER = ['手机号', '姓名', '标签'];

const ROWS: Record<ExportPreset, RowOf> = {
  mailchimp: mailchimpRow,
  klaviyo: klaviyoRow,
  shopify: shopifyRow,
  googleAds: googleAdsRow,
  meta: metaRow,
  sms: phoneListRow,
  chinaTags: phoneListRow,
};

/**
 * The header and encoding of a preset's file. The vendors' files are UTF-8 without a byte-order
 * mark (Google reads ASCII or UTF-8; a BOM would become part of the first header); the SMS list is
 * UTF-8 with a BOM (opened in Excel); chinaTags UTF-8 with a BOM, or GBK when `gbk`.
 */
export function presetLayout(preset: ExportPreset, options: PresetOptions, gbk: boolean): PresetLayout {
  switch (preset) {
    case 'mailchimp':
      return { header: ['Email Address', 'First Name', 'Last Name', 'Tags'], hashed: [], encoding: 'utf8' };
    case 'klaviyo': {
      const fixed = ['Email', 'Phone Number', 'First Name', 'Last Name', 'Segment'];
      return { header: uniqueNames([...fixed, ...options.properties]), hashed: [], encoding: 'utf8' };
    }
    case 'shopify':
      return { header: [...SHOPIFY_HEADER], hashed: [], encoding: 'utf8' };
    case 'googleAds':
      return { header: [...GOOGLE_ADS_HEADER], hashed: [...GOOGLE_ADS_HASHED], encoding: 'utf8' };
    case 'meta':
      return { header: [...META_HEADER], hashed: [...META_HEADER], encoding: 'utf8' };
    case 'sms': {
      const t = createTranslate(options.lang ?? 'en');
      const header = [t('presets.sms.mobile'), t('presets.sms.name'), t('presets.sms.segment')];
      return { header, hashed: [], encoding: 'utf8bom' };
    }
    case 'chinaTags':
      return { header: [...CHINA_TAGS_HEADER], hashed: [], encoding: gbk ? 'gbk' : 'utf8bom' };
  }
}

/**
 * The normalised identifier a preset de-duplicates by (the e-mail address, else the phone in
 * E.164); null when the row lacks the contact the preset cannot do without. Google's addresses
 * are compared after its gmail dot rule, as they are hashed.
 */
export function presetIdentity(preset: ExportPreset, row: ContactRow, options: PresetOptions): string | null {
  return identityOf(preset, contactOf(row, options));
}

function identityOf(preset: ExportPreset, c: Contact): string | null {
  const email = preset === 'googleAds' && c.email ? normaliseEmail(c.email, true) : c.email;
  switch (PRESET_IDENTIFIER[preset]) {
    case 'email':
      return email;
    case 'phone':
      // The SMS and phone-tag lists text their numbers: a landline is no number for them.
      return c.mobile();
    case 'emailOrPhone':
      return email ?? c.phone();
  }
}

/** A row of the preset's file, its cells in the layout's order (hashed where the layout says). */
export function presetRow(preset: ExportPreset, row: ContactRow, options: PresetOptions): Cell[] {
  return ROWS[preset](row, contactOf(row, options), options);
}

/**
 * presetIdentity and presetRow at once, the row's contact values read (and its phone parsed) once:
 * the cells are made only for a row that has its identifier.
 */
export function presetEntry(
  preset: ExportPreset,
  row: ContactRow,
  options: PresetOptions,
): { identity: string | null; cells: Cell[] | null } {
  const c = contactOf(row, options);
  const identity = identityOf(preset, c);
  return { identity, cells: identity === null ? null : ROWS[preset](row, c, options) };
}

/** A preset's rows as the CSV export writer takes them (src/main/io/write-export.ts), in the layout's encoding. */
export function presetCsvParts(layout: PresetLayout, rows: Iterable<readonly Cell[]>, count: number): ExportParts {
  return {
    format: 'csv',
    lines: (function* () {
      yield layout.header;
      yield* rows;
    })(),
    delimiter: ',',
    encoding: layout.encoding === 'gbk' ? 'gbk' : 'utf8',
    bom: layout.encoding === 'utf8bom',
    count,
  };
}
