import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { repoRoot, tempDir } from '../../../../helpers/paths';

const bad = (name: string) => join(repoRoot, 'test', 'fixtures', 'bad', name);
const rows = (n: number) =>
  `customer_id,order_date,amount\n${Array.from({ length: n }, (_, i) => `C${i % 20},2025-01-${String((i % 20) + 1).padStart(2, '0')},${(i % 20) + 0.5}`).join('\n')}\n`;

describe('readTable: a zip is trusted for nothing it declares', () => {
  it('an entry holding more than the 1,000 bytes both its headers declare is E_BAD_ZIP, not 11 rows', async () => {
    await expect(readTable(bad('zip-size-understated.zip'))).rejects.toMatchObject({
      code: 'E_BAD_ZIP',
      message: 'The archive is damaged: orders.csv holds more than the 1000 bytes it declares.',
      details: { entry: 'orders.csv', declared: 1000 },
    });
  });

  it('a directory that alone understates the size is E_BAD_ZIP before anything is inflated', async () => {
    await expect(readTable(bad('zip-size-understated-central.zip'))).rejects.toMatchObject({
      code: 'E_BAD_ZIP',
      details: { entry: 'orders.csv', field: 'size', local: 1_140_030, directory: 1000 },
    });
  });

  it('an entry holding less than it declares, or failing its checksum, is E_BAD_ZIP', async () => {
    await expect(readTable(bad('zip-size-overstated.zip'))).rejects.toMatchObject({
      code: 'E_BAD_ZIP',
      details: { entry: 'orders.csv', declared: 4096, seen: 103 },
    });
    await expect(readTable(bad('zip-bad-crc.zip'))).rejects.toMatchObject({
      code: 'E_BAD_ZIP',
      message: 'The archive is damaged: orders.csv fails its checksum.',
    });
  });

  it('an honest zip gives every row, streamed (stored, deflated, or written as a stream with data descriptors)', async () => {
    const dir = tempDir();
    const csv = new TextEncoder().encode(rows(60_000));
    // fflate's streaming Zip leaves the sizes out of the local header (flag 3) and puts them after the data.
    const parts: Uint8Array[] = [];
    const streamed = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    const entry = new ZipDeflate('orders.csv', { level: 6 });
    streamed.add(entry);
    entry.push(csv, true);
    streamed.end();
    writeFileSync(join(dir, 'orders-descriptor.zip'), Buffer.concat(parts));
    for (const name of ['orders-0.zip', 'orders-9.zip', 'orders-descriptor.zip']) {
      const file = join(dir, name);
      const level = name === 'orders-0.zip' ? 0 : 9;
      if (name !== 'orders-descriptor.zip') writeFileSync(file, zipSync({ 'orders.csv': csv }, { level }));
      const raw = await readTable(file);
      expect([raw.format, raw.compression, raw.rowCount, raw.names]).toEqual([
        'csv',
        'zip',
        60_000,
        ['customer_id', 'order_date', 'amount'],
      ]);
    }
  });
});
