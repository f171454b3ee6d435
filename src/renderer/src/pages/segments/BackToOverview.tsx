import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { overviewDatasets } from '../overview/overview-datasets';

/** The link from the segments back to the Overview (when the workspace has orders to picture). */
export function BackToOverview({ workspace, onClick }: { workspace: WorkspaceInfo; onClick(): void }) {
  const { t } = useTranslation();
  if (overviewDatasets(workspace.datasets).length === 0) return null;
  return (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={onClick}
      style={{ paddingInline: 0, marginBottom: 8 }}
      data-testid="back-to-overview"
    >
      {t('overview.back')}
    </Button>
  );
}
