import { App, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetList } from '../../../../shared/products';
import type { SegmentSummary } from '../../../../shared/segments';
import { call } from '../../api';
import { useRunExports } from '../../components/RunExports';
import { useShowError } from '../../errors/ErrorProvider';
import { useFormat } from '../../hooks/useFormat';
import { useListColumns } from './list-columns';

interface Props {
  runId: number;
  segments: SegmentSummary[] | null;
  lists: TargetList[] | null;
  onDeleted(): void;
}

/** The cross-sell lists kept with a run: what each is for (its playbook action), how many customers, export as CSV or Excel, delete (asked once). */
export function RunLists({ runId, segments, lists, onDeleted }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const exports = useRunExports(runId);

  const remove = (list: TargetList) => {
    modal.confirm({
      title: t('basketUi.deleteConfirm', { name: list.name, n: fmt.int(list.customers) }),
      okText: t('common.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' } as never,
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('lists:delete', { listId: list.id, confirm: true });
          void message.success(t('basketUi.deleted', { name: list.name }));
          onDeleted();
        } catch (err) {
          showError(err);
        }
      },
    });
  };
  const open = (list: TargetList, format: 'csv' | 'xlsx') =>
    exports.openMembers([], { format, list: { id: list.id, name: list.name, customers: list.customers } });

  const columns = useListColumns(segments, { open, remove });
  return (
    <section data-testid="run-lists" style={{ marginTop: 24 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('basketUi.listsTitle')}
      </Typography.Title>
      {lists && lists.length === 0 ? (
        <Typography.Paragraph type="secondary" data-testid="lists-empty">
          {t('basketUi.listsEmpty')}
        </Typography.Paragraph>
      ) : (
        <Table
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={lists ?? []}
          loading={lists === null}
          pagination={false}
        />
      )}
      {exports.element}
    </section>
  );
}
