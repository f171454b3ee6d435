import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../../../src/main/engine/io/sniff-delimiter';
import { sharedData } from '../../../../helpers/paths';

const head = (bytes: Uint8Array) => bytes.subarray(0, 65536);

describe('sniffDelimiter', () => {
  it('finds the delimiter of every real file', () => {
    const cases: [string, string][] = [
      ['Mall_Customers.csv', ','],
      ['marketing_campaign.csv', '\t'],
      ['marketing_campaign_semicolon_bom.csv', ';'],
      ['rfm_data_orders.csv', ','],
      ['tmall_order_report.csv', ','],
      ['tmall_order_report_gbk.csv', ','],
      ['CDNOW_master.txt', 'whitespace'],
      ['CDNOW_sample.txt', 'whitespace'],
    ];
    for (const [file, delimiter] of cases)
      expect(sniffDelimiter(head(readFileSync(sharedData(file)))), file).toBe(delimiter);
    const retail = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz'))).subarray(0, 65536);
    expect(sniffDelimiter(retail)).toBe(',');
  });

  it('is not fooled by commas inside quotes or decimal commas in a semicolon file', () => {
    expect(sniffDelimiter(Buffer.from('name;amount\n"Smith, J";1,5\n"Li, K";2,25\n"Wu, X";3,0\n'))).toBe(';');
    expect(sniffDelimiter(Buffer.from('a|b|c\n1|2|3\n4|5|6\n'))).toBe('|');
  });

  it('keeps the comma when the sample ends inside a quoted cell with line breaks', () => {
    const note = `"${Array.from({ length: 40 }, (_, k) => `line ${k}, more`).join('\n')}"`;
    const rows = ['id,city,note', ...Array.from({ length: 200 }, (_, i) => `${i},Lyon,${note}`)].join('\n');
    const sample = Buffer.from(rows).subarray(0, 65536);
    expect(sample.lastIndexOf(10) > sample.lastIndexOf(34)).toBe(true); // cut inside a note
    expect(sniffDelimiter(sample)).toBe(',');
  });

  it('falls back to a comma for a single column', () => {
    expect(sniffDelimiter(Buffer.from('email\na@x.com\nb@y.com\n'))).toBe(',');
  });
});
