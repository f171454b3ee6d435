import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectResult } from '../../../../shared/import-settings';
import { useFormat } from '../../hooks/useFormat';

/** The file was imported before into this workspace: say as which dataset and when, and let the user go on or stop. */
export function AlreadyImported({
  earlier,
  onGoOn,
  onCancel,
}: {
  earlier: NonNullable<InspectResult['alreadyImported']>;
  onGoOn(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="already-imported"
      title={t('import.alreadyImported', { name: earlier.name, date: fmt.dateTime(earlier.createdAt) })}
      description={t('import.alreadyImportedHelp')}
      action={
        <Flex vertical gap={8}>
          <Button size="small" block onClick={onGoOn} data-testid="import-again">
            {t('import.importAgain')}
          </Button>
          <Button size="small" block type="primary" onClick={onCancel} data-testid="import-not-again">
            {t('common.cancel')}
          </Button>
        </Flex>
      }
    />
  );
}
