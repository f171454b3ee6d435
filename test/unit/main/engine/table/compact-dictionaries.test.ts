import { tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { compactDictionaries } from '../../../../../src/main/engine/table/compact-dictionaries';
import { takeRows } from '../../../../../src/main/engine/table/select-rows';
import { sharedData } from '../../../../helpers/paths';

describe('compactDictionaries', () => {
  it('sends a page with only the dictionary values it uses, values unchanged', async () => {
    const { table } = prepareDataset(await readTable(sharedData('online_retail_uci.csv.gz')), {
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'GBP',
    });
    const page = takeRows(
      table,
      Int32Array.from({ length: 50 }, (_, i) => 1000 + i * 7),
    );
    const compact = compactDictionaries(page);
    expect(compact.toArray().map((r) => r.toJSON())).toEqual(page.toArray().map((r) => r.toJSON()));
    expect(compact.getChild('InvoiceNo')!.data[0].dictionary!.length).toBeLessThanOrEqual(50);
    const full = tableToIPC(page, 'stream').byteLength;
    const small = tableToIPC(compact, 'stream').byteLength;
    // Without compaction a 50-row page carries the dataset-wide dictionaries of invoices, products and customers.
    expect(small * 10).toBeLessThan(full);
    expect(small).toBeLessThan(20_000);
  });
});
