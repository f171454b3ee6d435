import { App, Button, Collapse, Typography } from 'antd';
import { type RefObject, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors/describe-error';
import type { ImportFile, ImportInstead } from '../errors/import-instead';
import type { MapRole } from '../errors/map-role';
import { MissingRole } from '../errors/MissingRole';

/** The data file an error carries for import (a CSV opened as a workspace), if it does. */
function importFileOf(err: unknown): ImportFile | null {
  const file = (err as { details?: { importFile?: ImportFile } } | null)?.details?.importFile;
  return typeof file?.token === 'string' && typeof file.fileName === 'string' ? file : null;
}

/**
 * The error dialog: shows an error in the UI language, with the code and technical message
 * folded under "Details" — and, for a data file opened as a workspace, a button that imports it
 * into a new workspace instead (what `importInstead` holds).
 */
export function useErrorDialog(importInstead: RefObject<ImportInstead | null>, mapRole: RefObject<MapRole | null>) {
  const { modal, message } = App.useApp();
  // i18n.t, not the hook's t: the shower stays the same function when the language changes (it reads the language when it shows).
  const { i18n } = useTranslation();
  return useCallback(
    (err: unknown) => {
      const { code, textKey, details } = describeError(err, (key) => i18n.exists(key));
      if (code === 'E_CANCELLED') {
        void message.info(i18n.t('job.cancelled'));
        return;
      }
      const file = importFileOf(err);
      const dialog = modal.error({
        title: i18n.t('errors.title'),
        content: (
          <div data-testid="error-dialog" data-code={code}>
            <MissingRole error={err} mapRole={mapRole} onMap={() => dialog.destroy()}>
              <Typography.Paragraph>{i18n.t(textKey)}</Typography.Paragraph>
            </MissingRole>
            {file && importInstead.current && (
              <Typography.Paragraph>
                <Button
                  type="primary"
                  block
                  style={{ whiteSpace: 'normal', height: 'auto', paddingBlock: 4 }}
                  data-testid="import-instead"
                  onClick={() => {
                    dialog.destroy();
                    importInstead.current?.(file);
                  }}
                >
                  {i18n.t('import.importInstead', { file: file.fileName })}
                </Button>
              </Typography.Paragraph>
            )}
            <Collapse
              size="small"
              items={[
                {
                  key: 'details',
                  label: i18n.t('common.details'),
                  // The technical line is the engine's English: the Chinese UI shows the code and
                  // keeps the whole line for the copy button (for support), so no English is shown.
                  children: (
                    <>
                      <Typography.Text code copyable={{ text: details }} data-testid="error-details">
                        {i18n.language === 'zh-CN' ? code : details}
                      </Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                        {i18n.t('common.detailsCopy')}
                      </Typography.Paragraph>
                    </>
                  ),
                },
              ]}
            />
          </div>
        ),
      });
    },
    [modal, message, i18n, importInstead, mapRole],
  );
}
