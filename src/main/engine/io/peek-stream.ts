import { Readable } from 'node:stream';
import type { ByteStream } from './open-byte-stream';

/**
 * The first `length` bytes of a stream (fewer when it is shorter), and the same stream from
 * its start again: the bytes already pulled come first, then the rest as it arrives.
 */
export async function peekStream(source: ByteStream, length: number): Promise<{ head: Buffer; source: ByteStream }> {
  const iterator = source.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const pulled: Buffer[] = [];
  let bytes = 0;
  while (bytes < length) {
    const next = await iterator.next();
    if (next.done) break;
    pulled.push(next.value);
    bytes += next.value.length;
  }
  async function* again() {
    yield* pulled;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const stream = Readable.from(again(), { objectMode: false });
  return {
    head: Buffer.concat(pulled).subarray(0, length),
    source: {
      ...source,
      stream,
      close: () => {
        stream.destroy();
        source.close();
      },
    },
  };
}
