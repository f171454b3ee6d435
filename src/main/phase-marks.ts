import { writeSync } from 'node:fs';

const on = process.env.SEGMENTDESK_PHASES === '1';

/**
 * With SEGMENTDESK_PHASES=1, writes `phase NAME MS` to stderr, MS since the epoch from any
 * thread (performance.timeOrigin is the thread's start): `npm run bench` lays a whole command's
 * phases out on one time line from them. Otherwise nothing.
 */
export function phase(name: string): void {
  if (on) writeSync(2, `phase ${name} ${(performance.timeOrigin + performance.now()).toFixed(1)}\n`);
}
