import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, List, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '../../../shared/schemas';
import { useFormat } from '../hooks/useFormat';

/** The recently opened workspaces: open one (a missing file is marked), or forget it. */
export function RecentList({
  recent,
  onOpenRecent,
  onForget,
}: {
  recent: RecentWorkspace[];
  onOpenRecent(path: string): void;
  onForget(path: string): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card size="small" data-testid="recent-list">
      <List
        dataSource={recent}
        locale={{ emptyText: t('welcome.recentEmpty') }}
        renderItem={(r) => (
          <List.Item
            actions={[
              <Tooltip key="forget" title={t('welcome.forget')}>
                <Button
                  type="text"
                  aria-label={t('a11y.forgetOf', { name: r.name })}
                  icon={<DeleteOutlined />}
                  onClick={() => onForget(r.path)}
                />
              </Tooltip>,
            ]}
          >
            {/* Not List.Item.Meta: its title is an h4 under the page's h2 (a skipped heading level). */}
            <div style={{ minWidth: 0 }}>
              <div style={{ marginBottom: 4 }}>
                {r.exists ? (
                  <Typography.Link
                    href="#"
                    onClick={(e) => {
                      e.preventDefault();
                      onOpenRecent(r.path);
                    }}
                    data-testid="recent-item"
                  >
                    {r.name}
                  </Typography.Link>
                ) : (
                  <>
                    <Typography.Text type="secondary">{r.name}</Typography.Text>{' '}
                    <Tag color="warning">{t('welcome.missing')}</Tag>
                  </>
                )}
              </div>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 640 }}>
                {r.path} · {fmt.dateTime(r.openedAt)}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
