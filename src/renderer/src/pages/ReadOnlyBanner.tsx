import { LockOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/schemas';

/** Says why a write-protected workspace is open read-only and what can still be done: view, export, save a copy. */
export function ReadOnlyBanner({ workspace, onSaveAs }: { workspace: WorkspaceInfo; onSaveAs(): void }) {
  const { t } = useTranslation();
  if (!workspace.readOnly) return null;
  const { reason, code } = workspace.readOnly;
  return (
    <Alert
      banner
      type="warning"
      icon={<LockOutlined />}
      data-testid="read-only-banner"
      message={t('workspace.readOnlyTitle')}
      description={t(reason === 'file' ? 'workspace.readOnlyFile' : 'workspace.readOnlyFolder', { code })}
      action={
        <Button size="small" onClick={onSaveAs} data-testid="read-only-save-as">
          {t('workspace.saveAs')}
        </Button>
      }
    />
  );
}
