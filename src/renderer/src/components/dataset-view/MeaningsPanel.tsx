import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_KINDS } from '../../../../shared/column-spec';
import { type Role, roleGroups } from '../../../../shared/roles';
import type { ColumnInfo, DatasetInfo } from '../../../../shared/schemas';
import { WriteAction } from '../WriteAction';
import { RenameColumn } from './RenameColumn';
import { useColumnChange } from './useColumnChange';

interface MeaningsPanelProps {
  dataset: DatasetInfo;
  /** Roles a run found missing: the panel asks for a column for them. */
  focus: readonly Role[] | null;
  onChanged(): void;
}

/** The table's columns: each column's name (with its rename button), what it means and its type. */
function meaningColumns(
  dataset: DatasetInfo,
  t: TFunction,
  change: ReturnType<typeof useColumnChange>,
  rename: (column: string) => void,
): TableColumnsType<ColumnInfo> {
  const roleOptions = [
    { value: '', label: t('meanings.nothing') },
    ...roleGroups(dataset.kind).map((group) => ({
      label: t(`contacts.${group.key}`),
      title: t(`contacts.${group.key}`),
      options: group.roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
    })),
  ];
  const kindOptions = COLUMN_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  return [
    {
      key: 'name',
      title: t('meanings.column'),
      render: (_: unknown, c) => (
        <Flex gap={4} align="center">
          <Typography.Text>{c.name}</Typography.Text>
          <WriteAction title={t('meanings.rename')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('meanings.renameTitle', { column: c.name })}
              data-testid={`meaning-rename-${c.name}`}
              onClick={() => rename(c.name)}
            />
          </WriteAction>
        </Flex>
      ),
    },
    {
      key: 'role',
      title: t('meanings.role'),
      render: (_: unknown, c) => (
        <WriteAction>
          <Select
            style={{ minWidth: 200 }}
            value={(Object.keys(dataset.roles) as Role[]).find((r) => dataset.roles[r] === c.name) ?? ''}
            options={roleOptions}
            aria-label={`${t('meanings.role')}: ${c.name}`}
            data-testid={`meaning-role-${c.name}`}
            onChange={(v: string) => void change({ type: 'role', column: c.name, role: (v || null) as Role | null })}
          />
        </WriteAction>
      ),
    },
    {
      key: 'type',
      title: t('meanings.type'),
      render: (_: unknown, c) => (
        <WriteAction>
          <Select
            style={{ minWidth: 140 }}
            value={c.spec.kind}
            options={kindOptions}
            aria-label={`${t('meanings.type')}: ${c.name}`}
            data-testid={`meaning-type-${c.name}`}
            onChange={(kind) => void change({ type: 'columnType', column: c.name, kind })}
          />
        </WriteAction>
      ),
    },
  ];
}

/**
 * The dataset's column meanings after import: what each column means (a role of the dataset's
 * kind, or nothing), its type and its name. Each change is one request; runs made afterwards use it.
 */
export function MeaningsPanel({ dataset, focus, onChanged }: MeaningsPanelProps) {
  const { t } = useTranslation();
  const change = useColumnChange(dataset, onChanged);
  const [renaming, setRenaming] = useState<string | null>(null);
  const names = (focus ?? []).map((r) => t(`roles.${r}`)).join(', ');
  return (
    <div data-testid="meanings-panel">
      <Typography.Paragraph type="secondary">{t('meanings.intro')}</Typography.Paragraph>
      {focus && focus.some((r) => !dataset.roles[r]) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="meanings-focus"
          title={t('meanings.choose', { roles: names })}
        />
      )}
      <Table<ColumnInfo>
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={dataset.columns}
        columns={meaningColumns(dataset, t, change, setRenaming)}
      />
      <RenameColumn
        column={renaming}
        onCancel={() => setRenaming(null)}
        onRename={(column, name) => {
          setRenaming(null);
          void change({ type: 'rename', column, name });
        }}
      />
    </div>
  );
}
