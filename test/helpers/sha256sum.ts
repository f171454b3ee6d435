import { execFileSync } from 'node:child_process';

/** SHA-256 (hex) of the text's UTF-8 bytes, by coreutils `sha256sum` reading it on stdin: a reference independent of the code under test. */
export function sha256sum(text: string): string {
  const out = execFileSync('sha256sum', { input: Buffer.from(text, 'utf8') }).toString('utf8');
  const hex = out.split(/\s/)[0];
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`sha256sum printed ${out}`);
  return hex;
}
