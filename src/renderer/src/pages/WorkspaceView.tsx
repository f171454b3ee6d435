import { Flex, Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import { useMapRole } from '../errors/ErrorProvider';
import { ReadOnlyContext } from '../hooks/read-only-context';
import { BasketPage } from './BasketPage';
import { CampaignPage } from './CampaignPage';
import { ComparePage } from './ComparePage';
import { DataPage } from './DataPage';
import { OverviewPage } from './overview/OverviewPage';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { sectionItems } from './section-items';
import { ReportsPage } from './ReportsPage';
import { SegmentsPage } from './segments/SegmentsPage';
import type { Section, WorkspaceViewState } from '../shell/useWorkspaceViews';
import { WorkspaceHeader, type WorkspaceHeaderProps } from './WorkspaceHeader';

/** The header's props (passed on as they are) and the data page's. */
export interface WorkspaceViewProps extends WorkspaceHeaderProps {
  onImport(): void;
  onAppend(dataset: DatasetInfo): void;
  onChanged(): void;
  /** The section and run shown (remembered per workspace by the shell), and a change to them. */
  view: WorkspaceViewState;
  onView(patch: Partial<WorkspaceViewState>): void;
}

/** The open workspace: navigation on the left, the section in the centre (its changes disabled while it is read-only). */
export function WorkspaceView({ onImport, onAppend, onChanged, view, onView, ...header }: WorkspaceViewProps) {
  const { t } = useTranslation();
  const { section } = view;
  const setSection = (key: Section) => onView({ section: key, meanings: null });
  const { workspace } = header;
  // A missing-role error's button: the Data page, on the dataset's column meanings.
  useMapRole((place) => onView({ section: 'data', meanings: { ...place, at: Date.now() } }));

  const pages: Record<Section, () => ReactNode> = {
    overview: () => (
      <OverviewPage
        workspace={workspace}
        datasetId={view.overviewDatasetId ?? null}
        period={view.overviewPeriod ?? { kind: 'auto' }}
        onChoose={onView}
        onChanged={onChanged}
        onOpenRun={(runId) => onView({ section: 'segments', segmentsRunId: runId })}
        onGoData={() => setSection('data')}
      />
    ),
    data: () => (
      <DataPage
        workspace={workspace}
        onImport={onImport}
        onAppend={onAppend}
        onChanged={onChanged}
        focus={view.meanings ?? null}
      />
    ),
    segments: () => (
      <SegmentsPage
        workspace={workspace}
        onChanged={onChanged}
        selectedId={view.segmentsRunId}
        onSelect={(id) => onView({ segmentsRunId: id })}
        onOverview={() => setSection('overview')}
      />
    ),
    basket: () => <BasketPage workspace={workspace} onView={onView} />,
    compare: () => <ComparePage workspace={workspace} onChanged={onChanged} />,
    campaign: () => <CampaignPage workspace={workspace} />,
    reports: () => <ReportsPage workspace={workspace} />,
  };

  return (
    <Layout style={{ height: '100%' }} data-testid="workspace">
      <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid rgba(5,5,5,0.06)' }}>
        <Flex align="center" gap={10} style={{ padding: '16px 16px 8px' }}>
          <span className="brand-mark" style={{ width: 32, height: 32, fontSize: 16 }}>
            S
          </span>
          <Typography.Text strong>{t('app.name')}</Typography.Text>
        </Flex>
        <Menu
          mode="inline"
          selectedKeys={[section]}
          onClick={({ key }) => setSection(key as Section)}
          style={{ borderInlineEnd: 'none' }}
          aria-label={t('a11y.sections')}
          items={sectionItems(t)}
        />
      </Layout.Sider>
      <Layout>
        <WorkspaceHeader {...header} />
        <ReadOnlyBanner workspace={workspace} onSaveAs={header.onSaveAs} />
        <Layout.Content style={{ overflow: 'auto' }}>
          <ReadOnlyContext value={workspace.readOnly !== null}>{pages[section]()}</ReadOnlyContext>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
