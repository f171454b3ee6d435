import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { WriteAction } from '../../components/WriteAction';

/** Import a campaign's results: columns found by their headings, or the customer column chosen first. */
export function ResultsImportButtons(props: { disabled: boolean; onImport(): void; onImportMapped(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <WriteAction>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={props.disabled}
          onClick={props.onImport}
          data-testid="campaign-import"
        >
          {t('campaign.import')}
        </Button>
      </WriteAction>
      <WriteAction title={t('presetUi.importMappedHint')}>
        <Button disabled={props.disabled} onClick={props.onImportMapped} data-testid="campaign-import-map">
          {t('presetUi.importMapped')}
        </Button>
      </WriteAction>
    </>
  );
}
