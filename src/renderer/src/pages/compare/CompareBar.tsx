import { RedoOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { RunSelect } from '../../components/RunSelect';
import { WriteAction } from '../../components/WriteAction';

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
  const ends = [
    { end: 'from', value: fromId, onChange: onFrom },
    { end: 'to', value: toId, onChange: onTo },
  ] as const;
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      {ends.map(({ end, value, onChange }) => (
        <Fragment key={end}>
          {end === 'to' && <Typography.Text type="secondary">→</Typography.Text>}
          <RunSelect
            runs={runs}
            value={value}
            onChange={onChange}
            label={t(`compare.${end}`)}
            placeholder
            testId={`compare-${end}`}
            minWidth={320}
          />
        </Fragment>
      ))}
      <Button
        type="primary"
        disabled={fromId === undefined || toId === undefined || fromId === toId}
        onClick={onCompare}
        data-testid="compare-run"
      >
        {t('compare.run')}
      </Button>
      <WriteAction>
        <Button icon={<RedoOutlined />} disabled={fromId === undefined} onClick={onReapply} data-testid="reapply-open">
          {t('compare.reapply')}
        </Button>
      </WriteAction>
    </Flex>
  );
}
