import {
  BarChartOutlined,
  CloseOutlined,
  CopyOutlined,
  DatabaseOutlined,
  DownOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo, Language, WorkspaceInfo } from '../../../shared/schemas';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useShowError } from '../errors/ErrorProvider';
import { useFormat } from '../hooks/useFormat';
import { CampaignPage } from './CampaignPage';
import { ComparePage } from './ComparePage';
import { DataPage } from './DataPage';
import { ReportsPage } from './ReportsPage';
import { SegmentsPage } from './segments/SegmentsPage';
import { MenuDropdown } from '../components/MenuDropdown';

type Section = 'data' | 'segments' | 'compare' | 'campaign' | 'reports';

export interface WorkspaceViewProps {
  workspace: WorkspaceInfo;
  language: Language;
  onLanguage(lang: Language): void;
  onClose(): void;
  onSaveAs(): void;
  onDuplicate(): void;
  onImport(): void;
  onAppend(dataset: DatasetInfo): void;
  onChanged(): void;
}

/** The open workspace: navigation on the left, the section in the centre. */
export function WorkspaceView(props: WorkspaceViewProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const showError = useShowError();
  const [section, setSection] = useState<Section>('data');
  const { workspace } = props;

  const pages: Record<Section, () => ReactNode> = {
    data: () => (
      <DataPage workspace={workspace} onImport={props.onImport} onAppend={props.onAppend} onChanged={props.onChanged} />
    ),
    segments: () => <SegmentsPage workspace={workspace} onChanged={props.onChanged} />,
    compare: () => <ComparePage workspace={workspace} onChanged={props.onChanged} onError={showError} />,
    campaign: () => <CampaignPage workspace={workspace} onError={showError} />,
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
          items={[
            { key: 'data', icon: <DatabaseOutlined />, label: t('nav.data'), 'data-testid': 'nav-data' } as never,
            {
              key: 'segments',
              icon: <BarChartOutlined />,
              label: t('nav.segments'),
              'data-testid': 'nav-segments',
            } as never,
            { key: 'compare', icon: <SwapOutlined />, label: t('nav.compare'), 'data-testid': 'nav-compare' } as never,
            {
              key: 'campaign',
              icon: <ExperimentOutlined />,
              label: t('nav.campaign'),
              'data-testid': 'nav-campaign',
            } as never,
            {
              key: 'reports',
              icon: <FileTextOutlined />,
              label: t('nav.reports'),
              'data-testid': 'nav-reports',
            } as never,
          ]}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: 'transparent',
            borderBottom: '1px solid rgba(5,5,5,0.06)',
            paddingInline: 24,
            height: 56,
            lineHeight: '56px',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Flex align="baseline" gap={12}>
              <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }} data-testid="workspace-name">
                {workspace.name}
              </Typography.Title>
              <Typography.Text type="secondary">
                {`${t('workspace.datasets', { count: workspace.datasets.length, n: fmt.int(workspace.datasets.length) })} · ${t('workspace.runs', { count: workspace.runs.length, n: fmt.int(workspace.runs.length) })}`}
              </Typography.Text>
            </Flex>
            <Flex gap={8} align="center">
              <LanguageSwitch value={props.language} onChange={props.onLanguage} />
              <MenuDropdown
                menu={{
                  items: [
                    {
                      key: 'saveAs',
                      label: t('workspace.saveAs'),
                      extra: t('workspace.saveAsHint'),
                      'data-testid': 'workspace-save-as',
                    } as never,
                    {
                      key: 'duplicate',
                      label: t('workspace.duplicate'),
                      extra: t('workspace.duplicateHint'),
                      'data-testid': 'workspace-duplicate',
                    } as never,
                    { type: 'divider' },
                    { key: 'autosaved', label: t('workspace.autosaved'), disabled: true },
                  ],
                  onClick: ({ key }) =>
                    key === 'saveAs' ? props.onSaveAs() : key === 'duplicate' ? props.onDuplicate() : undefined,
                }}
              >
                <Button icon={<CopyOutlined />} data-testid="workspace-file">
                  {t('workspace.file')} <DownOutlined />
                </Button>
              </MenuDropdown>
              <Button icon={<CloseOutlined />} onClick={props.onClose} data-testid="close-workspace">
                {t('nav.closeWorkspace')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ overflow: 'auto' }}>{pages[section]()}</Layout.Content>
      </Layout>
    </Layout>
  );
}
