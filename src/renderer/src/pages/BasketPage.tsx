import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { specFromRule } from '../../../shared/cross-sell-spec';
import type { BasketRule, BasketSpec } from '../../../shared/products';
import type { WorkspaceInfo } from '../../../shared/schemas';
import { EmptyState } from '../components/EmptyState';
import { JobProgress } from '../components/JobProgress';
import type { WorkspaceViewState } from '../shell/useWorkspaceViews';
import { BasketBar } from './basket/BasketBar';
import { BasketResults } from './basket/BasketResults';
import { CrossSellDialog, type CrossSellDraft } from './basket/CrossSellDialog';
import { RunLists } from './basket/RunLists';
import { useBasket } from './basket/useBasket';
import { useRunLists } from './basket/useRunLists';

interface Props {
  workspace: WorkspaceInfo;
  /** Goes to another section (the Data page, at a dataset's column meanings when a product column is missing). */
  onView(patch: Partial<WorkspaceViewState>): void;
}

/** A cross-sell list from a rule: offer its last items to the customers of the rule's segment (or of a run) who bought its first items but not those. */
const draftOf = (rule: BasketRule, runId: number | undefined, spec: BasketSpec | undefined): CrossSellDraft => ({
  runId,
  spec: specFromRule(rule, spec?.segment ?? null, spec?.by ?? 'product'),
});

/** What sells together: basket rules over a dataset's orders (all customers or one segment), drawn and listed, and the cross-sell lists made from them. */
export function BasketPage({ workspace, onView }: Props) {
  const { t } = useTranslation();
  const basket = useBasket(workspace);
  const { choice, runs, found } = basket;
  const [draft, setDraft] = useState<CrossSellDraft | null>(null);
  const lists = useRunLists(runs, choice.runId);

  if (basket.datasets.length === 0)
    return (
      <div className="page">
        <EmptyState
          testId="basket-empty"
          title={t('basketUi.noDatasetTitle')}
          hint={t('basketUi.noDatasetHint')}
          action={<Button onClick={() => onView({ section: 'data', meanings: null })}>{t('basketUi.goData')}</Button>}
        />
      </div>
    );

  const makeList = (rule: BasketRule) =>
    setDraft(draftOf(rule, found?.spec.runId ?? choice.runId ?? runs.at(-1)?.id, found?.spec));
  const mapColumns = (datasetId: number) =>
    onView({
      section: 'data',
      meanings: { datasetId, roles: ['productId', 'productName', 'category'], at: Date.now() },
    });
  return (
    <div className="page" data-testid="basket-page">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('basketUi.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
        {t('basketUi.intro')}
      </Typography.Paragraph>
      <BasketBar
        datasets={basket.datasets}
        runs={runs}
        segments={basket.segments}
        choice={choice}
        onChoice={(patch) => {
          if ('runId' in patch || 'datasetId' in patch) lists.forget();
          basket.setChoice(patch);
        }}
        onFind={() => void basket.find()}
      />
      {found && (
        <BasketResults
          spec={found.spec}
          result={found.result}
          listBlocked={runs.length === 0 ? t('basketUi.needRun') : null}
          onMakeList={makeList}
          onMapColumns={mapColumns}
        />
      )}
      {lists.runId !== undefined && (
        <RunLists runId={lists.runId} segments={lists.segments} lists={lists.lists} onDeleted={lists.reload} />
      )}
      {draft && (
        <CrossSellDialog
          draft={draft}
          runs={runs}
          onClose={() => setDraft(null)}
          onKept={(list) => {
            setDraft(null);
            lists.kept(list.runId);
          }}
        />
      )}
      <JobProgress job={basket.jobs.active} onCancel={() => void basket.jobs.cancel()} />
    </div>
  );
}
