import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TargetList } from '../../../../shared/products';
import type { SegmentSummary } from '../../../../shared/segments';
import { WriteAction } from '../../components/WriteAction';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { listAction } from './list-action';

/** What a list's row can do: export it in a format, delete it. */
interface ListActions {
  open(list: TargetList, format: 'csv' | 'xlsx'): void;
  remove(list: TargetList): void;
}

/** The lists table's columns: name, the playbook action it serves, customers, when it was made, and its export and delete buttons. */
export function useListColumns(
  segments: SegmentSummary[] | null,
  { open, remove }: ListActions,
): ColumnsType<TargetList> {
  const { t } = useTranslation();
  const fmt = useFormat();
  const action = listAction(segments, useUiLanguage());
  return [
    { key: 'name', title: t('basketUi.colListName'), dataIndex: 'name' },
    {
      key: 'action',
      title: t('basketUi.colListAction'),
      render: (_, l) => <span data-testid="list-action">{action(l)}</span>,
    },
    {
      key: 'customers',
      title: t('basketUi.colListCustomers'),
      align: 'right',
      width: 100,
      render: (_, l) => <span data-testid="list-customers">{fmt.int(l.customers)}</span>,
    },
    { key: 'made', title: t('basketUi.colListMade'), width: 170, render: (_, l) => fmt.dateTime(l.createdAt) },
    {
      key: 'do',
      title: '',
      render: (_, l) => (
        <Flex gap={6}>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => open(l, 'csv')} data-testid="list-csv">
            {t('basketUi.exportCsv')}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => open(l, 'xlsx')} data-testid="list-xlsx">
            {t('basketUi.exportXlsx')}
          </Button>
          <WriteAction title={t('basketUi.deleteList')}>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('basketUi.deleteList')}
              onClick={() => {
                remove(l);
              }}
              data-testid="list-delete"
            />
          </WriteAction>
        </Flex>
      ),
    },
  ];
}
