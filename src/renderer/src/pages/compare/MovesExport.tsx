import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { NEW_ROW } from '../../../../shared/compare';
import { MenuDropdown } from '../../components/MenuDropdown';

export type Move = 'up' | 'down' | 'stayed' | 'gone' | null;

/** The menu on a matrix row: export its customers, all or by how they moved. */
export function MovesExport({ row, name, onExport }: { row: string; name: string; onExport(move: Move): void }) {
  const { t } = useTranslation();
  const moves = row === NEW_ROW ? ([null] as const) : ([null, 'up', 'down', 'stayed', 'gone'] as const);
  return (
    <MenuDropdown
      menu={{
        items: moves.map((move) => ({
          key: move ?? 'all',
          label: move ? t(`compare.export_${move}`) : t('compare.export_all'),
          onClick: () => onExport(move),
        })),
      }}
    >
      <Button
        size="small"
        type="text"
        icon={<DownloadOutlined />}
        aria-label={t('a11y.movesOf', { name })}
        aria-haspopup="menu"
        data-testid={`moves-export-${row}`}
      />
    </MenuDropdown>
  );
}
