/** How a run is re-applied: to another analysis day, over a window of days, re-cutting its scores. */
export interface ReapplyRequest {
  analysisDate?: string;
  windowDays?: number;
  recompute?: true;
}
