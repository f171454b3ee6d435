import { Readable } from 'node:stream';
import type { ByteStream } from './open-byte-stream';

/** Resolves when the stream has data to read or has ended; rejects when it fails. */
function readable(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('readable', done).off('end', done).off('error', fail);
      resolve();
    };
    const fail = (err: Error) => {
      stream.off('readable', done).off('end', done).off('error', fail);
      reject(err);
    };
    stream.on('readable', done).on('end', done).on('error', fail);
  });
}

/**
 * The first `length` bytes of a stream (fewer when it is shorter), and the same stream from
 * its start again: the bytes pulled are put back in front (unshift), so the rest flows as it
 * would have, with no stream in between.
 */
export async function peekStream(source: ByteStream, length: number): Promise<{ head: Buffer; source: ByteStream }> {
  const { stream } = source;
  const pulled: Buffer[] = [];
  let bytes = 0;
  while (bytes < length && !stream.readableEnded) {
    if (stream.errored) throw stream.errored;
    const chunk = stream.read() as Buffer | null;
    if (chunk === null) await readable(stream);
    else {
      pulled.push(chunk);
      bytes += chunk.length;
    }
  }
  const head = Buffer.concat(pulled, bytes);
  if (!stream.readableEnded) {
    if (bytes > 0) stream.unshift(head);
    return { head: head.subarray(0, length), source };
  }
  // Shorter than `length` and over: what was read is all there is.
  const whole = Readable.from([head], { objectMode: false });
  const close = () => {
    whole.destroy();
    source.close();
  };
  return { head, source: { ...source, stream: whole, close } };
}
