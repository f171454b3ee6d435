import { Table, type TableProps } from 'antd';
import { useRef } from 'react';
import { useScrollRegion } from '../hooks/useScrollRegion';
import { nextGridQuery, type GridQuery } from './paged-grid';

/** A table over one page of rows from the worker: sorting and paging go back into the query. */
export function PagedTable<Q extends GridQuery>(props: {
  rows: Record<string, unknown>[] | null;
  columns: TableProps<Record<string, unknown>>['columns'];
  query: Q;
  onQuery(update: (q: Q) => Q): void;
  total: number;
  pageSize: number;
  pagination?: TableProps<Record<string, unknown>>['pagination'];
  scrollY?: number;
  testId: string;
  /** The grid's name for assistive technology (its scrolling body is a focusable region). */
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useScrollRegion(box, props.label);
  return (
    <div ref={box}>
      <Table
        size="small"
        rowKey="__key"
        loading={props.rows === null}
        dataSource={props.rows ?? []}
        columns={props.columns}
        onChange={(pagination, _filters, sorter) => props.onQuery((q) => nextGridQuery(q, pagination, sorter))}
        pagination={{
          current: props.query.page,
          pageSize: props.pageSize,
          total: props.total,
          showSizeChanger: false,
          ...props.pagination,
        }}
        scroll={{ x: 'max-content', y: props.scrollY }}
        data-testid={props.testId}
      />
    </div>
  );
}
