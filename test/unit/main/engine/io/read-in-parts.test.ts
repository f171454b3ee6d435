import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedColumn } from '../../../../../src/main/engine/io/parsed-column';
import { PARALLEL_MIN_BYTES, readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { readPart, type PartReader } from '../../../../../src/main/engine/io/read-part';
import { partReaderThread, warmPartReader } from '../../../../../src/main/worker/part-reader-thread';
import { builtMain, tempDir } from '../../../../helpers/paths';
import { texts } from '../../../../helpers/raw-texts';

/** A part reader on this thread. */
const sameThread: PartReader = (job) => ({ result: (async () => readPart(job).part)(), cancel: () => undefined });

/** Wraps a part reader (this thread's by default) and records how often a part was started, used and cancelled. */
function recordingReader(inner: PartReader = sameThread) {
  const log = { started: 0, used: 0, cancelled: 0 };
  const reader: PartReader = (job) => {
    log.started++;
    const part = inner(job);
    return {
      get result() {
        log.used++;
        return part.result;
      },
      cancel: () => {
        log.cancelled++;
        part.cancel();
      },
    };
  };
  return { reader, log };
}

/** ~9 MiB of orders; `note(i)` gives row i's last cell. */
function writeOrders(file: string, note: (i: number) => string): number {
  const rows = ['order_id,customer_id,order_date,amount,channel,note'];
  let bytes = 0;
  let x = 99;
  for (let i = 0; bytes < PARALLEL_MIN_BYTES + (1 << 20); i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const row = `${i + 1},${100000 + (x % 5000)},2025-03-${String((x % 28) + 1).padStart(2, '0')},${(x % 100000) / 100},${x % 3 ? 'online' : 'store'},${note(i)}`;
    rows.push(row);
    bytes += row.length + 1;
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
  return rows.length - 1;
}

async function sameAsOneThread(file: string, reader: PartReader) {
  const parts = await readDelimited(file, { readPart: reader });
  const whole = await readDelimited(file);
  expect(parts.rowCount).toBe(whole.rowCount);
  expect([...parts.lines]).toEqual([...whole.lines]);
  expect(parts.columns.map((c) => c instanceof ParsedColumn)).toEqual(
    whole.columns.map((c) => c instanceof ParsedColumn),
  );
  for (let c = 0; c < whole.columns.length; c++) {
    const a = texts(parts.columns[c]);
    const b = texts(whole.columns[c]);
    expect(a.values(), whole.names[c]).toEqual(b.values());
    expect(
      Buffer.from(a.finishCodes().buffer, a.finishCodes().byteOffset, a.length * 4).equals(
        Buffer.from(b.finishCodes().buffer, b.finishCodes().byteOffset, b.length * 4),
      ),
    ).toBe(true);
  }
  return parts;
}

describe('reading a large file in two parts at once', () => {
  const dir = tempDir();

  it('gives the same rows, values and line numbers as one thread', async () => {
    const file = join(dir, 'plain.csv');
    const n = writeOrders(file, (i) => (i % 11 ? 'ok' : ''));
    const { reader, log } = recordingReader();
    const raw = await sameAsOneThread(file, reader);
    expect(log).toEqual({ started: 1, used: 1, cancelled: 0 });
    expect(raw.rowCount).toBe(n);
    expect(raw.lines[n - 1]).toBe(n + 1);
  });

  it('reads the second part itself when the split falls inside a quoted cell with line breaks', async () => {
    const file = join(dir, 'quoted.csv');
    const lines = Array.from({ length: 60 }, (_, k) => `line ${k}, with a comma`).join('\n');
    writeOrders(file, (i) => (i % 3 ? `"${lines}"` : '""'));
    const { reader, log } = recordingReader();
    const raw = await sameAsOneThread(file, reader);
    expect(log).toEqual({ started: 1, used: 0, cancelled: 1 });
    expect(texts(raw.columns[5]).values()).toEqual([lines]);
    expect(raw.names).toEqual(['order_id', 'customer_id', 'order_date', 'amount', 'channel', 'note']);
  });

  it('names the right line when the second part holds a bad cell', async () => {
    const file = join(dir, 'bad.csv');
    const n = writeOrders(file, () => 'ok');
    const lastLine = n + 1;
    writeFileSync(file, `${n + 1},1,2025-03-01,1,store,"${'y'.repeat((1 << 20) + 10)}"\n`, { flag: 'a' });
    const { reader } = recordingReader();
    await expect(readDelimited(file, { readPart: reader })).rejects.toMatchObject({
      code: 'E_CELL_TOO_LARGE',
      details: { line: lastLine + 1 },
    });
  });

  it('uses the part read in a helper thread (the built part-thread.js), with the same result as one thread', async () => {
    const file = join(dir, 'helper.csv');
    const n = writeOrders(file, (i) => (i % 7 ? 'ok' : ''));
    const { reader, log } = recordingReader(partReaderThread(join(builtMain, 'part-thread.js')));
    const raw = await sameAsOneThread(file, reader);
    expect(log).toEqual({ started: 1, used: 1, cancelled: 0 });
    expect(raw.rowCount).toBe(n);
  });

  it('uses the part from a helper thread started ahead (as the worker does between jobs) and from a fresh one when none waits, each the same as one thread', async () => {
    const script = join(builtMain, 'part-thread.js');
    const file = join(dir, 'spare.csv');
    writeOrders(file, (i) => (i % 5 ? 'ok' : ''));
    const { reader, log } = recordingReader(partReaderThread(script));
    await warmPartReader(script);
    await sameAsOneThread(file, reader); // the spare started ahead
    await sameAsOneThread(file, reader); // none waits: a fresh thread
    await warmPartReader(script);
    await sameAsOneThread(file, reader); // a spare again
    expect(log).toEqual({ started: 3, used: 3, cancelled: 0 });
  });
});
