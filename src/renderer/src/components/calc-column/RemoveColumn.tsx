import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { WriteAction } from '../WriteAction';

/** Removes a calculated column, once asked (a column another calculated column reads is refused with E_COLUMN_IN_USE). */
export function RemoveColumn({
  dataset,
  column,
  onChanged,
}: {
  dataset: DatasetInfo;
  column: string;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  return (
    <Popconfirm
      title={t('calc.removeTitle', { name: column })}
      description={t('calc.removeBody')}
      okText={t('calc.remove')}
      onConfirm={() =>
        void call('dataset:dropColumn', { datasetId: dataset.id, column, confirm: true }).then(() => {
          void message.success(t('calc.removed', { name: column }));
          onChanged();
        }, showError)
      }
    >
      <WriteAction>
        <Button size="small" danger type="link" data-testid={`calc-remove-${column}`}>
          {t('calc.remove')}
        </Button>
      </WriteAction>
    </Popconfirm>
  );
}
