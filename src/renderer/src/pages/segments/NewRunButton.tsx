import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { WriteAction } from '../../components/WriteAction';

/** Opens the form for a new segmentation run (a change to the workspace: disabled while it is read-only). */
export function NewRunButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <WriteAction>
      <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid="new-run">
        {t('segments.new')}
      </Button>
    </WriteAction>
  );
}
