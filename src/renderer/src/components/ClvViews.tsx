import type { ClvResult } from '../../../shared/clv';
import { ClvCharts } from './clv-views/ClvCharts';
import { ClvFacts } from './clv-views/ClvFacts';
import { ClvParams } from './clv-views/ClvParams';

interface Props {
  runName: string;
  clv: ClvResult;
  /** Money in the dataset's currency. */
  money(n: number): string;
}

/** A lifetime-value run: both models' fits, warnings, and the validation (holdout by frequency, the cumulative curve, errors, the P(alive) matrix). */
export function ClvViews({ runName, clv, money }: Props) {
  return (
    <div data-testid="clv-views">
      <ClvFacts clv={clv} money={money} />
      <ClvParams clv={clv} />
      <ClvCharts runName={runName} clv={clv} />
    </div>
  );
}
