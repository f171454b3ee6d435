import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../shared/exports';
import { useFormat } from './useFormat';

/**
 * Says what an export wrote (a list of customers or orders, counted; else a file) and what GBK
 * could not hold; nothing when the user cancelled the save dialog.
 */
export function useExportedMessage(): (saved: ExportResult | null, list: 'customers' | 'orders' | false) => void {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { message } = App.useApp();
  return (saved, list) => {
    if (!saved) return;
    void message.success(
      list
        ? t(list === 'orders' ? 'orderSegments.saved' : 'export.saved', {
            count: saved.rows,
            n: fmt.int(saved.rows),
            file: saved.fileName,
          })
        : t('export.savedFile', { file: saved.fileName }),
    );
    if (saved.replaced > 0) void message.warning(t('export.replaced', { count: fmt.int(saved.replaced) }));
  };
}
