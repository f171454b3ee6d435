import { App, Collapse, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** The error dialog: shows an error in the UI language, with the code and technical message folded under "Details". */
export function useErrorDialog() {
  const { modal, message } = App.useApp();
  const { t, i18n } = useTranslation();
  return useCallback(
    (err: unknown) => {
      const code = err instanceof ApiError ? err.code : 'E_INTERNAL';
      if (code === 'E_CANCELLED') {
        void message.info(t('job.cancelled'));
        return;
      }
      const known = i18n.exists(`errors.${code}`);
      const text = known ? t(`errors.${code}`) : t('errors.E_INTERNAL');
      const technical = err instanceof Error ? err.message : String(err);
      modal.error({
        title: t('errors.title'),
        content: (
          <div data-testid="error-dialog" data-code={code}>
            <Typography.Paragraph>{text}</Typography.Paragraph>
            <Collapse
              size="small"
              items={[
                {
                  key: 'details',
                  label: t('common.details'),
                  children: (
                    <Typography.Text code copyable>
                      {`${code}: ${technical}`}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </div>
        ),
      });
    },
    [modal, message, t, i18n],
  );
}
