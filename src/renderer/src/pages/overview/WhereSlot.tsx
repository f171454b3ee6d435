import type { Places } from '../../../../shared/overview';

/**
 * SLOT for the "Where" panel: engineer 5's WherePanel (components/overview/where/WherePanel.tsx,
 * branch ov-map) renders here once merged. Until then nothing is shown.
 */
export function WhereSlot(_props: { places: Places; currency: string }) {
  return null;
}
