import { writeFileSync } from 'node:fs';
import { writeAtomically } from './write-atomically';

/** Writes bytes or text to a file through a temporary one renamed into place; returns the bytes written. */
export async function writeFileAtomically(filePath: string, data: Uint8Array | string): Promise<number> {
  await writeAtomically(filePath, (temp) => writeFileSync(temp, data));
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}
