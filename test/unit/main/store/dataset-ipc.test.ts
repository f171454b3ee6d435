import { tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../src/main/engine/io/prepare-dataset';
import { readDelimited } from '../../../../src/main/engine/io/read-delimited';
import { fromChunks, toChunks, toChunksSync } from '../../../../src/main/store/dataset-ipc';
import { sharedData } from '../../../helpers/paths';

describe('a dataset stored as pieces of one Arrow IPC stream', () => {
  it('is cut into pieces of exactly the chunk size (the last shorter) that join to the whole stream, and reads back', async () => {
    const { table } = prepareDataset(await readDelimited(sharedData('rfm_data_orders.csv')), {
      now: Date.UTC(2026, 0, 1),
      fallbackCurrency: 'USD',
    });
    const whole = Buffer.from(tableToIPC(table, 'stream'));
    for (const size of [1000, 4096, 65536, whole.length + 1]) {
      const chunks = await toChunks(table, size);
      expect(chunks.slice(0, -1).every((c) => c.length === size)).toBe(true);
      expect(chunks.at(-1)!.length).toBeLessThanOrEqual(size);
      expect(Buffer.concat(chunks).equals(whole)).toBe(true);
      expect(toChunksSync(table, size).map((c) => c.length)).toEqual(chunks.map((c) => c.length));
    }
    const back = fromChunks(await toChunks(table, 4096));
    expect(back.numRows).toBe(table.numRows);
    expect(back.schema.fields.map(String)).toEqual(table.schema.fields.map(String));
  });
});
