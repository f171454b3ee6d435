import { ExperimentOutlined, FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language, RecentWorkspace } from '../../../shared/schemas';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RecentList } from './RecentList';

export interface WelcomeProps {
  info: AppInfo;
  language: Language;
  recent: RecentWorkspace[];
  onLanguage(lang: Language): void;
  onDemo(): void;
  onNew(): void;
  onOpen(): void;
  onOpenRecent(path: string): void;
  onForget(path: string): void;
}

/** A big choice: a card that works as a button, from the keyboard too (Tab, then Enter or Space). */
function Choice({
  icon,
  title,
  hint,
  onClick,
  testId,
}: {
  icon: ReactNode;
  title: string;
  hint: string;
  onClick(): void;
  testId: string;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onClick();
  };
  return (
    <Card
      hoverable
      className="welcome-choice"
      onClick={onClick}
      onKeyDown={onKeyDown}
      tabIndex={0}
      data-testid={testId}
      role="button"
    >
      <Flex vertical gap={8}>
        {icon}
        <Typography.Text strong style={{ fontSize: 20 }}>
          {title}
        </Typography.Text>
        <Typography.Text type="secondary">{hint}</Typography.Text>
      </Flex>
    </Card>
  );
}

/** First screen: demo, new, open, and the recent workspaces. */
export function Welcome(props: WelcomeProps) {
  const { t } = useTranslation();
  return (
    <main className="welcome" data-testid="welcome">
      <div className="welcome-inner">
        <Flex justify="space-between" align="center" style={{ marginBottom: 40 }}>
          <Flex align="center" gap={14}>
            <span className="brand-mark">S</span>
            <div>
              <Typography.Title level={1} style={{ margin: 0, fontSize: 30 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            </div>
          </Flex>
          <LanguageSwitch value={props.language} onChange={props.onLanguage} />
        </Flex>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Choice
              testId="welcome-demo"
              icon={<ExperimentOutlined style={{ color: '#13a8a8' }} />}
              title={t('welcome.openDemo')}
              hint={t('welcome.openDemoHint')}
              onClick={props.onDemo}
            />
          </Col>
          <Col xs={24} md={8}>
            <Choice
              testId="welcome-new"
              icon={<FileAddOutlined style={{ color: '#1668dc' }} />}
              title={t('welcome.newWorkspace')}
              hint={t('welcome.newWorkspaceHint')}
              onClick={props.onNew}
            />
          </Col>
          <Col xs={24} md={8}>
            <Choice
              testId="welcome-open"
              icon={<FolderOpenOutlined style={{ color: '#d48806' }} />}
              title={t('welcome.openWorkspace')}
              hint={t('welcome.openWorkspaceHint')}
              onClick={props.onOpen}
            />
          </Col>
        </Row>
        <Typography.Title level={2} style={{ marginTop: 40, fontSize: 16 }}>
          {t('welcome.recent')}
        </Typography.Title>
        <RecentList recent={props.recent} onOpenRecent={props.onOpenRecent} onForget={props.onForget} />
        <Flex justify="space-between" style={{ marginTop: 32 }}>
          <Typography.Text type="secondary">{t('welcome.offline')}</Typography.Text>
          <Typography.Text type="secondary">{t('about.version', { version: props.info.version })}</Typography.Text>
        </Flex>
      </div>
    </main>
  );
}
