/** What every row range of one Hamerly assignment shares: the centres and how far they have moved. */
export interface HamerlyStep {
  centers: Float64Array;
  /** Half the distance from each centre to its nearest other centre. */
  half: Float64Array;
  /** How far each centre has moved in all, since the first assignment. */
  drift: Float64Array;
  /** The sum over the assignments so far of the largest move of any centre. */
  driftMax: number;
  first: boolean;
  /** Sums and counts only of the rows that changed cluster (− from the old, + to the new), not of every row. */
  deltas: boolean;
}

/**
 * Per-row state kept between assignments: labels and the two bounds, stored as offsets from the
 * drift (upper bound = upper[i] + drift[label]; lower bound = lower[i] − driftMax), so a row whose
 * bounds let it keep its cluster costs two reads and no write.
 */
export interface HamerlyRows {
  labels: Int32Array;
  upper: Float64Array;
  lower: Float64Array;
}

/** Hamerly's assignment of all rows split between two threads: labels changed, distances computed, and the summed coordinate sums and counts. */
export type HamerlySplit = (
  step: HamerlyStep,
  rows: HamerlyRows,
) => { changed: number; computed: number; sums: Float64Array; counts: Float64Array };
