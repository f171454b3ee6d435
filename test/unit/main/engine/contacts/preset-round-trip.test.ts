import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_PRESETS, type ExportPreset } from '../../../../../src/shared/presets';
import {
  presetCsvParts,
  presetLayout,
  presetRow,
  type PresetOptions,
} from '../../../../../src/main/engine/contacts/presets';
import type { Cell } from '../../../../../src/main/engine/report/csv-text';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { writeExport } from '../../../../../src/main/io/write-export';
import { CONTACT_ROWS } from '../../../../helpers/contact-rows';
import { tempDir } from '../../../../helpers/paths';
import { texts } from '../../../../helpers/raw-texts';

const OPTIONS: PresetOptions = { defaultCountry: 'US', mask: [], properties: ['Orders'] };
const ROWS = CONTACT_ROWS.map((r, i) => ({ ...r, properties: [{ header: 'Orders', value: i + 1 }] }));

/** Writes a preset's file with the export writer and reads it back with the importer's reader, as cell texts. */
async function roundTrip(preset: ExportPreset, gbk: boolean) {
  const layout = presetLayout(preset, OPTIONS, gbk);
  const rows = ROWS.map((r) => presetRow(preset, r, OPTIONS));
  const file = join(tempDir('segdesk-preset-'), `${preset}.csv`);
  const written = await writeExport(file, presetCsvParts(layout, rows, rows.length));
  const table = await readTable(file, { header: true, fastPath: false });
  const read = Array.from({ length: table.rowCount }, (_, i) =>
    table.columns.map((column) => {
      const dict = texts(column);
      const code = dict.codes[i];
      return code < 0 ? null : dict.textOf(code);
    }),
  );
  return { layout, rows, written, table, read, bytes: readFileSync(file) };
}

const asText = (row: Cell[]) => row.map((v) => (v === null ? null : String(v)));
const BOM = [0xef, 0xbb, 0xbf];

describe('a preset’s file reads back as written', () => {
  for (const preset of EXPORT_PRESETS) {
    it(`${preset}`, async () => {
      const { layout, rows, written, table, read, bytes } = await roundTrip(preset, false);
      expect(written.rows).toBe(CONTACT_ROWS.length);
      expect(table.names).toEqual(layout.header);
      expect(read).toEqual(rows.map(asText));
      // The vendors' files have no byte-order mark; our own lists have one.
      expect([...bytes.subarray(0, 3)].join() === BOM.join()).toBe(layout.encoding === 'utf8bom');
    });
  }

  it('chinaTags in GBK', async () => {
    const { layout, rows, written, table, read, bytes } = await roundTrip('chinaTags', true);
    expect(layout.encoding).toBe('gbk');
    expect(table.encoding).toBe('gb18030');
    expect(table.names).toEqual(['手机号', '姓名', '标签']);
    // GBK has no É and no ë: written as "?" and counted; every Chinese character is kept.
    expect(written.replaced).toBe(2);
    const expected = rows.map(asText);
    expected[3][1] = '?milie Zo?-Martin';
    expect(read).toEqual(expected);
    // 手 is CA D6 in GBK (iconv -t GBK): the file starts with it, no BOM.
    expect([...bytes.subarray(0, 2)]).toEqual([0xca, 0xd6]);
  });
});
