import { CloseOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';

/** A file chosen with import:choose: the token the service reads it by, and its name. */
export interface ChosenFile {
  token: string;
  fileName: string;
}

/** A suppression file (people never to contact, matched by customer id, e-mail or phone): chosen, named, clearable. */
export function SuppressionChoice({
  file,
  onChange,
}: {
  file: ChosenFile | null;
  onChange(f: ChosenFile | null): void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const choose = async () => {
    try {
      const chosen = await call('import:choose', {});
      if (chosen) onChange({ token: chosen.token, fileName: chosen.fileName });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Form.Item label={t('presetUi.suppression')} extra={t('presetUi.suppressionHint')}>
      {file ? (
        <Space>
          <FileTextOutlined />
          <Typography.Text data-testid="preset-suppression-name">{file.fileName}</Typography.Text>
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            aria-label={t('presetUi.suppressionClear')}
            title={t('presetUi.suppressionClear')}
            onClick={() => {
              void call('import:forget', { token: file.token }).catch(() => undefined);
              onChange(null);
            }}
            data-testid="preset-suppression-clear"
          />
        </Space>
      ) : (
        <Button onClick={() => void choose()} data-testid="preset-suppression-choose">
          {t('presetUi.suppressionChoose')}
        </Button>
      )}
    </Form.Item>
  );
}
