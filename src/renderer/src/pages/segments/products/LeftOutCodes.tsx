import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExcludedLines } from '../../../../../shared/products';
import { useFormat } from '../../../hooks/useFormat';
import { ItemName } from './ItemName';

type LeftOut = ExcludedLines['codes'][number];

/** The codes that left lines out of a run's data, most lines first: each with its lines and revenue. */
export function LeftOutCodes({ excluded, money }: { excluded: ExcludedLines; money(n: number): string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Typography.Text strong style={{ display: 'block', marginTop: 16, marginBottom: 4 }}>
        {t('productsUi.editorFound')}
      </Typography.Text>
      <Table<LeftOut>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={excluded.codes}
        data-testid="non-products-found"
        columns={[
          { key: 'code', title: t('productsUi.col_code'), render: (_, c) => <ItemName item={c} /> },
          { key: 'lines', title: t('productsUi.col_lines'), align: 'right', render: (_, c) => fmt.int(c.lines) },
          { key: 'revenue', title: t('productsUi.col_revenue'), align: 'right', render: (_, c) => money(c.revenue) },
        ]}
      />
    </>
  );
}
