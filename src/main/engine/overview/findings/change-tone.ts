import type { Finding } from '../../../../shared/overview';

/**
 * Good when a figure rose by `step` or more, bad when it fell so, else neutral (a hair below the
 * step still counts: 0.30 − 0.28 is 0.0199… in binary).
 */
export function changeTone(change: number, step: number): Finding['tone'] {
  const at = step - 1e-12;
  return change >= at ? 'good' : change <= -at ? 'bad' : 'neutral';
}
