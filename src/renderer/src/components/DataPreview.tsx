import { Card, Table, Tag, Typography } from 'antd';
import { tableFromIPC } from 'apache-arrow';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import { call } from '../api';
import { useFormat } from '../hooks/useFormat';
import { isNumericKind, KIND_COLORS, renderCell } from './renderCell';

const PREVIEW_ROWS = 100;

/** The first rows of a dataset, decoded from the Arrow IPC bytes main sends. */
export function DataPreview({ dataset, onError }: { dataset: DatasetInfo; onError(err: unknown): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [rows, setRows] = useState<Record<string, unknown>[] | null>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    call('dataset:preview', { datasetId: dataset.id, limit: PREVIEW_ROWS })
      .then(({ arrow }) => {
        const table = tableFromIPC(arrow);
        const out: Record<string, unknown>[] = [];
        for (let i = 0; i < table.numRows; i++) out.push({ __key: i, ...table.get(i)?.toJSON() });
        if (live) setRows(out);
      })
      .catch((err: unknown) => live && onError(err));
    return () => {
      live = false;
    };
  }, [dataset.id]);

  const columns = useMemo(
    () =>
      dataset.columns.map((c) => {
        const kind = c.spec.kind;
        const numeric = isNumericKind(kind);
        return {
          key: c.name,
          dataIndex: c.name,
          title: (
            <span>
              {c.name}{' '}
              <Tag color={KIND_COLORS[kind]} style={{ marginInlineStart: 4 }} data-testid="column-kind">
                {t(`kinds.${kind}`)}
              </Tag>
            </span>
          ),
          align: numeric ? ('right' as const) : ('left' as const),
          render: (v: unknown) => renderCell(v, kind, fmt, t),
        };
      }),
    [dataset, t, fmt],
  );

  const shown = Math.min(PREVIEW_ROWS, dataset.rowCount);
  return (
    <Card
      title={t('data.preview', { name: dataset.name })}
      extra={<Typography.Text type="secondary">{t('data.previewNote', { shown: fmt.int(shown), rows: fmt.int(dataset.rowCount) })}</Typography.Text>}
      data-testid="data-preview"
    >
      <Table
        size="small"
        rowKey="__key"
        loading={rows === null}
        dataSource={rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content', y: 360 }}
      />
    </Card>
  );
}
