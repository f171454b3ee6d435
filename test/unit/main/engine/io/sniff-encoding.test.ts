import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isValidUtf8, sniffEncoding } from '../../../../../src/main/engine/io/sniff-encoding';
import { sharedData } from '../../../../helpers/paths';

const head = (name: string, bytes = 65536) => readFileSync(sharedData(name)).subarray(0, bytes);

describe('isValidUtf8', () => {
  it('accepts UTF-8 and rejects overlongs, surrogates and stray continuation bytes', () => {
    expect(isValidUtf8(Buffer.from('订单编号,总金额 café €'))).toBe(true);
    expect(isValidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(false); // overlong '/'
    expect(isValidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(false); // surrogate
    expect(isValidUtf8(Uint8Array.from([0x41, 0x80]))).toBe(false);
    expect(isValidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(false); // above U+10FFFF
  });

  it('allows a character cut by the end of a sample only when told the sample is cut', () => {
    const cut = Buffer.from('总金额').subarray(0, 7);
    expect(isValidUtf8(cut, true)).toBe(true);
    expect(isValidUtf8(cut, false)).toBe(false);
  });
});

describe('sniffEncoding', () => {
  it('reads the UTF-8 Tmall file as UTF-8 and its GBK copy as GB18030', () => {
    expect(sniffEncoding(head('tmall_order_report.csv'))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
      source: 'utf8-valid',
    });
    const gbk = sniffEncoding(head('tmall_order_report_gbk.csv'));
    expect(gbk).toEqual({ encoding: 'gb18030', bomLength: 0, source: 'detector' });
    const header = iconv.decode(head('tmall_order_report_gbk.csv', 200), gbk.encoding).split('\r\n')[0];
    expect(header).toBe('订单编号,总金额,买家实际支付金额,收货地址 ,订单创建时间,订单付款时间 ,退款金额');
  });

  it('finds the BOM of the semicolon marketing file', () => {
    expect(sniffEncoding(head('marketing_campaign_semicolon_bom.csv'))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
      source: 'bom',
    });
  });

  it('takes ASCII files (CDNOW, Mall) as UTF-8', () => {
    expect(sniffEncoding(head('CDNOW_master.txt')).encoding).toBe('utf-8');
    expect(sniffEncoding(head('Mall_Customers.csv'), true).encoding).toBe('utf-8');
  });

  it('recognises UTF-16 BOMs, Big5, Shift-JIS and Latin-1 text', () => {
    expect(sniffEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
      source: 'bom',
    });
    expect(sniffEncoding(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
      source: 'bom',
    });
    const rows = (s: string) => Array.from({ length: 40 }, (_, i) => `${i},${s}`).join('\n');
    expect(
      sniffEncoding(iconv.encode(`id,城市\n${rows('臺北市信義區的客戶資料與訂單紀錄')}`, 'big5'), true).encoding,
    ).toBe('big5');
    expect(
      sniffEncoding(iconv.encode(`id,名前\n${rows('東京都渋谷区のお客様の注文データです')}`, 'shift_jis'), true)
        .encoding,
    ).toBe('shift_jis');
    expect(
      sniffEncoding(iconv.encode(`name,city\n${rows('José Müller, Zürich café señor')}`, 'windows-1252'), true)
        .encoding,
    ).toBe('windows-1252');
  });
});
