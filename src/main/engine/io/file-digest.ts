import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';

/** A file's size, and its SHA-256 when asked (a pass over its bytes): what tells the same file imported again. */
export async function fileDigest(file: string, hash: boolean): Promise<{ bytes: number; sha256: string | null }> {
  const bytes = statSync(file).size;
  if (!hash) return { bytes, sha256: null };
  const sha = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) sha.update(chunk as Buffer);
  return { bytes, sha256: sha.digest('hex') };
}
