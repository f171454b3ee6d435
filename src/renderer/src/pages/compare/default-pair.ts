/** What choosing a pair needs of a run. */
interface PairRun {
  id: number;
  model: string;
}

/**
 * The two runs the Compare page starts with: the two most recent runs of one model (the model
 * of the newest run that has an earlier run of its own model), older first, so a CLV run made
 * after two RFM runs does not make a CLV → RFM pair. With no such pair: the newest run alone
 * (re-apply it to have a second).
 */
export function defaultPair(runs: readonly PairRun[]): { from: number | undefined; to: number | undefined } {
  for (let i = runs.length - 1; i > 0; i--) {
    const earlier = runs.slice(0, i).findLast((r) => r.model === runs[i].model);
    if (earlier) return { from: earlier.id, to: runs[i].id };
  }
  return { from: runs.at(-1)?.id, to: undefined };
}
