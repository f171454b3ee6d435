import { CloseOutlined, CopyOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language, WorkspaceInfo } from '../../../shared/schemas';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MenuDropdown } from '../components/MenuDropdown';
import { useFormat } from '../hooks/useFormat';

export interface WorkspaceHeaderProps {
  workspace: WorkspaceInfo;
  language: Language;
  onLanguage(lang: Language): void;
  onSaveAs(): void;
  onDuplicate(): void;
  onClose(): void;
}

/** The open workspace's name and counts, the language, the File menu (Save As, Duplicate) and Close. */
export function WorkspaceHeader({
  workspace,
  language,
  onLanguage,
  onSaveAs,
  onDuplicate,
  onClose,
}: WorkspaceHeaderProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
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
          <LanguageSwitch value={language} onChange={onLanguage} />
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
              onClick: ({ key }) => (key === 'saveAs' ? onSaveAs() : key === 'duplicate' ? onDuplicate() : undefined),
            }}
          >
            <Button icon={<CopyOutlined />} data-testid="workspace-file">
              {t('workspace.file')} <DownOutlined />
            </Button>
          </MenuDropdown>
          <Button icon={<CloseOutlined />} onClick={onClose} data-testid="close-workspace">
            {t('nav.closeWorkspace')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
