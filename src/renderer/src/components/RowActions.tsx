import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** The row's place and how many rows there are: the first cannot move up, the last down. */
  index: number;
  count: number;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  /** The one row left cannot go (a score table needs a row). */
  removeDisabled?: boolean;
  removeTestId?: string;
}

/** Move up, move down and remove, for one row of an ordered list applied first match first (rules, score tables). */
export function RowActions({ index, count, onMove, onRemove, removeDisabled, removeTestId }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        size="small"
        type="text"
        icon={<ArrowUpOutlined />}
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={t('rules.up')}
      />
      <Button
        size="small"
        type="text"
        icon={<ArrowDownOutlined />}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={t('rules.down')}
      />
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        disabled={removeDisabled}
        onClick={onRemove}
        aria-label={t('rules.removeSegment')}
        data-testid={removeTestId}
      />
    </>
  );
}
