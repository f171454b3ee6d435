/** An RFM dimension: how recently, how often and how much a customer buys. */
export type RfmDimension = 'recency' | 'frequency' | 'monetary';

/** The RFM dimensions in the order the page shows them. */
export const RFM_DIMENSIONS: readonly RfmDimension[] = ['recency', 'frequency', 'monetary'];
