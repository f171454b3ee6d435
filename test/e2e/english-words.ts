/** Words the Chinese UI may show in Latin letters: product and method names, units, file formats, statistics' letters. */
export const LATIN_ALLOWED = new Set(
  [
    'SegmentDesk',
    // The brand mark's letter, and VIP as Chinese shops write it (VIP 会员).
    'S',
    'VIP',
    'RFM',
    'CLV',
    'CSV',
    'Excel',
    'PDF',
    'HTML',
    'PNG',
    'SVG',
    'UTF',
    'BOM',
    'GBK',
    'GB',
    'ID',
    'k-means',
    'k-prototypes',
    'pp',
    'p',
    'z',
    'R',
    'F',
    'M',
    'Welch',
    'Wald',
    't',
    'CI',
    'AND',
    'OR',
    'Ctrl',
    'Cmd',
    // The world map's data sources, by their names (Help › About, the Overview's map).
    'Natural',
    'Earth',
    'world-atlas',
    'topojson-client',
    'ISC',
    // Export presets (issue 27): the tools by their names, SHA-256, and the vendors' own column headings the dialog names.
    'Mailchimp',
    'Klaviyo',
    'Shopify',
    'Google',
    'Ads',
    'Meta',
    'Facebook',
    'Instagram',
    'CRM',
    'SHA-256',
    'Email',
    'Address',
    'First',
    'Last',
    'Name',
    'Tags',
    'Phone',
    'Number',
    'Country',
    'Zip',
    'fn',
    'ln',
    'ct',
    'st',
    // Currency codes, as the dataset's currency setting shows them.
    'USD',
    'GBP',
    'CNY',
    'EUR',
  ].map((w) => w.toLowerCase()),
);

/** A Latin word: letters, digits and underscores (an error code is one word), hyphens inside. */
const WORD = /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/g;

/**
 * The Latin words of a text that are neither allowed (`LATIN_ALLOWED`) nor the user's own (ids,
 * names, column names from their file, passed in `own`), with how often each appears.
 */
export function englishWords(text: string, own: ReadonlySet<string> = new Set()): string[] {
  const words = text.match(WORD) ?? [];
  const left = words.filter((w) => !LATIN_ALLOWED.has(w.toLowerCase()) && !own.has(w.toLowerCase()));
  return [...new Set(left)].sort();
}

/** Every Latin word of a text (lower case), to allow a file's own words. */
export const latinWordsOf = (text: string): Set<string> =>
  new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()));
