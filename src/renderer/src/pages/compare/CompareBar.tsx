import { RedoOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { useFormat } from '../../hooks/useFormat';

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
  const fmt = useFormat();
  const runOptions = fmt.runOptions(runs);
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Select
        style={{ minWidth: 320 }}
        value={fromId}
        onChange={onFrom}
        options={runOptions}
        data-testid="compare-from"
        placeholder={t('compare.from')}
        aria-label={t('compare.from')}
      />
      <Typography.Text type="secondary">→</Typography.Text>
      <Select
        style={{ minWidth: 320 }}
        value={toId}
        onChange={onTo}
        options={runOptions}
        data-testid="compare-to"
        placeholder={t('compare.to')}
        aria-label={t('compare.to')}
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
