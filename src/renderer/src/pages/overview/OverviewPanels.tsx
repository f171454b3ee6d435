import type { FindingAction, Overview } from '../../../../shared/overview';
import { WherePanel } from '../../components/overview/where/WherePanel';
import { CohortPanel } from './CohortPanel';
import { ConcentrationPanel } from './ConcentrationPanel';
import { FindingsList } from './FindingsList';
import { KeyFigures } from './KeyFigures';
import { TrendPanel } from './TrendPanel';
import { WhenPanel } from './WhenPanel';

/**
 * The Overview's panels in reading order: key figures, findings, trend, cohorts and
 * concentration (with customer ids), where, when. `name` (the dataset's) names saved charts.
 */
export function OverviewPanels({
  overview,
  name,
  onAct,
}: {
  overview: Overview;
  name: string;
  onAct(action: FindingAction, runName: string): void;
}) {
  const { currency } = overview;
  return (
    <>
      <KeyFigures overview={overview} />
      <FindingsList findings={overview.findings} currency={currency} onAct={onAct} />
      <TrendPanel overview={overview} name={name} />
      {overview.cohorts && <CohortPanel cohorts={overview.cohorts} currency={currency} name={name} />}
      {overview.concentration && (
        <ConcentrationPanel concentration={overview.concentration} currency={currency} name={name} />
      )}
      {overview.places && (
        <div className="overview-panel">
          <WherePanel places={overview.places} currency={currency} />
        </div>
      )}
      <WhenPanel when={overview.when} name={name} />
    </>
  );
}
