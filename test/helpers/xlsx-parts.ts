import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet part around the given `<sheetData>` rows (and a declared `<dimension>`, when given). */
export const sheetXml = (rows: string, dimension?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${
    dimension ? `<dimension ref="${dimension}"/>` : ''
  }<sheetData>${rows}</sheetData></worksheet>`;

/** Rows of cells written as XML: a number is `<v>`, a string an inline string, `{ xml }` the cell as given. */
export function sheetRows(rows: (string | number | { xml: string } | null)[][]): string {
  const cell = (v: string | number | { xml: string } | null, ref: string) => {
    if (v === null) return '';
    if (typeof v === 'object') return v.xml.replace('<c ', `<c r="${ref}" `);
    return typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  };
  return rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((v, c) => cell(v, `${String.fromCharCode(65 + c)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
}

/**
 * A workbook of the given sheets (name → worksheet XML), with optional shared strings and styles
 * parts, zipped as Excel does (deflated parts, the package and workbook relationships).
 */
export function workbookBytes(
  sheets: Record<string, string>,
  parts: { sharedStrings?: string; styles?: string; workbookPr?: string; level?: 0 | 6 } = {},
): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${DOC}">${parts.workbookPr ?? ''}<sheets>${names
        .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${RELS}">${names
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join(
          '',
        )}<Relationship Id="rS" Type="${DOC}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${DOC}/styles" Target="/xl/styles.xml"/></Relationships>`,
    ),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheets[n])));
  if (parts.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = strToU8(parts.sharedStrings);
  if (parts.styles !== undefined) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync(files, { level: parts.level ?? 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
