import { RedoOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { RunSelect } from '../../components/RunSelect';

interface CompareBarProps {
  runs: WorkspaceInfo['runs'];
  fromId: number | undefined;
  toId: number | undefined;
  onFrom(id: number): void;
  onTo(id: number): void;
  onCompare(): void;
  onReapply(): void;
}

/** The two runs to compare, Compare, and Re-apply (to make a second run from the first). */
export function CompareBar({ runs, fromId, toId, onFrom, onTo, onCompare, onReapply }: CompareBarProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <RunSelect
        runs={runs}
        value={fromId}
        onChange={onFrom}
        label={t('compare.from')}
        placeholder
        testId="compare-from"
        minWidth={320}
      />
      <Typography.Text type="secondary">→</Typography.Text>
      <RunSelect
        runs={runs}
        value={toId}
        onChange={onTo}
        label={t('compare.to')}
        placeholder
        testId="compare-to"
        minWidth={320}
      />
      <Button
        type="primary"
        disabled={fromId === undefined || toId === undefined || fromId === toId}
        onClick={onCompare}
        data-testid="compare-run"
      >
        {t('compare.run')}
      </Button>
      <Button icon={<RedoOutlined />} disabled={fromId === undefined} onClick={onReapply} data-testid="reapply-open">
        {t('compare.reapply')}
      </Button>
    </Flex>
  );
}
