import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, type InputRef, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useFormat } from '../../hooks/useFormat';
import { PagedTable } from '../PagedTable';
import { pageRows, type GridQuery } from '../paged-grid';
import { useFindShortcut } from './useFindShortcut';
import { useRowColumns } from './useRowColumns';

const PAGE_SIZE = 50;

/** The dataset's rows, one page at a time from the worker (sort and search run there too). */
export function RowsGrid({ dataset }: { dataset: DatasetInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [query, setQuery] = useState<GridQuery>({ page: 1, search: '' });
  // The matching count stays on screen while the next page loads.
  const [total, setTotal] = useState(dataset.rowCount);
  const search = useRef<InputRef>(null);
  useFindShortcut(search);
  const { data: rows } = useCall(
    () => {
      const { page, sortColumn, sortDesc, search: text } = query;
      return call('dataset:page', {
        datasetId: dataset.id,
        query: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, sortColumn, sortDesc, search: text || undefined },
      }).then(({ total: count, arrow }) => ({ count, rows: pageRows(arrow, (page - 1) * PAGE_SIZE).rows }));
    },
    [dataset.id, query],
    (page) => setTotal(page.count),
  );
  const columns = useRowColumns(dataset, query);

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Input
          ref={search}
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('data.search')}
          aria-label={t('data.search')}
          style={{ maxWidth: 320 }}
          data-testid="grid-search"
          onChange={(e) => setQuery((q) => ({ ...q, page: 1, search: e.target.value }))}
        />
        <Typography.Text type="secondary" data-testid="grid-total">
          {t('data.matching', { rows: fmt.int(total), all: fmt.int(dataset.rowCount) })}
        </Typography.Text>
      </Flex>
      <PagedTable
        rows={rows?.rows ?? null}
        columns={columns}
        query={query}
        onQuery={setQuery}
        total={total}
        pageSize={PAGE_SIZE}
        pagination={{ showQuickJumper: true }}
        scrollY={420}
        testId="row-grid"
        label={t('data.preview', { name: dataset.name })}
      />
    </>
  );
}
