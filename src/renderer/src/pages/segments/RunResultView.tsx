import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../shared/schemas';
import type { ModelSpec, SegmentSummary } from '../../../../shared/segments';
import { OrderFacts } from './OrderFacts';
import { RunFacts } from './RunFacts';
import { ClusterViews } from '../../components/ClusterViews';
import { ClvViews } from '../../components/ClvViews';
import { ClvChurn } from '../../components/clv-views/ClvChurn';
import { MembersGrid } from '../../components/MembersGrid';
import type { MembersList } from '../../components/RunExports';
import { BinsWarning } from './BinsWarning';
import type { HeatMetric } from './heat-metric';
import { PersonaList } from './PersonaList';
import { ProductsPanel } from './products/ProductsPanel';
import { useProductsPanel } from './products/useProductsPanel';
import { RfmCharts } from './RfmCharts';
import { SummaryTable } from './SummaryTable';
import type { RunDetails } from './useRunDetails';
import { useMembersShown } from './useMembersShown';
import { useMoney } from './useMoney';

export interface RunResultViewProps {
  run: RunInfo;
  details: RunDetails;
  currency: string | null;
  heatMetric: HeatMetric;
  onHeatMetric(metric: HeatMetric): void;
  onRename(segment: SegmentSummary): void;
  onNotesSaved(runId: number, notes: Record<string, string>): void;
  /** Makes a new run (the rules a cluster view saves). */
  onRunNew(datasetId: number, spec: ModelSpec): void;
  /** Opens the customer-list export with these segments ticked (none: all), or for a list the run made (the churn-risk list). */
  onExportMembers(segments: number[], list?: MembersList): void;
}

/** What a run found: the facts line, its charts, the summary table, the personas and the member grid. */
export function RunResultView(props: RunResultViewProps) {
  const { run, details, currency } = props;
  const { result, runId } = details;
  const { t } = useTranslation();
  const money = useMoney(currency);
  const runNew = (spec: ModelSpec) => props.onRunNew(run.datasetId, spec);
  // The members the grid shows (all when undefined): chosen there, or opened from a persona card or the churn panel.
  const members = useMembersShown();
  const products = useProductsPanel(runId, details.revision, result);
  return (
    <>
      {result.model === 'orders' ? (
        <OrderFacts runName={run.name} result={result} />
      ) : (
        <RunFacts result={result} dayChosen={details.spec.model !== 'clv' && Boolean(details.spec.analysisDate)} />
      )}
      {result.bins && (
        <BinsWarning bins={result.bins} spec={details.spec.model === 'rfm' ? details.spec : null} onRerun={runNew} />
      )}
      {result.charts && (
        <RfmCharts
          runName={run.name}
          result={result}
          charts={result.charts}
          currency={currency}
          heatMetric={props.heatMetric}
          onHeatMetric={props.onHeatMetric}
        />
      )}
      {result.clv && (
        <ClvViews runName={run.name} clv={result.clv} spec={details.spec} onRunNew={runNew} money={money} />
      )}
      {result.clv && (
        <ClvChurn
          runId={runId}
          clv={result.clv}
          money={(n) => money(n)}
          onExport={(format) => props.onExportMembers([], { only: 'churnRisk', format })}
          onShowAll={() => members.open('churnRisk')}
        />
      )}
      {result.cluster && (
        <ClusterViews runName={run.name} result={result} cluster={result.cluster} onSaveRules={runNew} />
      )}
      <SummaryTable result={result} currency={currency} onRename={props.onRename} />
      <PersonaList
        result={result}
        runId={runId}
        notes={details.notes}
        onNotesSaved={props.onNotesSaved}
        onOpenSegment={members.open}
        products={products.products.data}
        onOpenProducts={products.enabled ? products.open : undefined}
      />
      {products.enabled && <ProductsPanel panel={products} result={result} run={run} money={(n) => money(n)} />}
      <Typography.Title
        level={2}
        style={{ marginTop: 24, fontSize: 16 }}
        ref={members.heading}
        tabIndex={-1}
        className="focus-target"
        data-testid="members-heading"
      >
        {t(result.model === 'orders' ? 'orderSegments.members' : 'segments.members')}
      </Typography.Title>
      <MembersGrid
        runId={runId}
        result={result}
        currency={currency}
        segment={members.shown}
        onSegment={members.setShown}
        onExport={() => props.onExportMembers(...members.exportArgs())}
      />
    </>
  );
}
