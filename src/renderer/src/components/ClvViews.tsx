import type { ClvResult } from '../../../shared/clv';
import type { ModelSpec } from '../../../shared/segments';
import { ClvCharts } from './clv-views/ClvCharts';
import { ClvFacts } from './clv-views/ClvFacts';
import { ClvModels } from './clv-views/ClvModels';
import { ClvParams } from './clv-views/ClvParams';

interface Props {
  runName: string;
  clv: ClvResult;
  /** The run's spec: another model or the proposed holdout makes a new run from it. */
  spec: ModelSpec;
  /** Makes a new run (it opens). */
  onRunNew(spec: ModelSpec): void;
  /** Money in the dataset's currency. */
  money(n: number): string;
}

/** A lifetime-value run: the purchase models compared, the chosen one's and Gamma-Gamma's fits, warnings, and the validation (holdout by frequency, the cumulative curve, errors, the P(alive) matrix). */
export function ClvViews({ runName, clv, spec, onRunNew, money }: Props) {
  return (
    <div data-testid="clv-views">
      <ClvFacts clv={clv} money={money} />
      <ClvModels runName={runName} clv={clv} spec={spec.model === 'clv' ? spec : null} onRunNew={onRunNew} />
      <ClvParams clv={clv} />
      <ClvCharts runName={runName} clv={clv} />
    </div>
  );
}
