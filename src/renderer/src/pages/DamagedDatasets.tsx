import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DamagedDataset } from '../../../shared/schemas';
import { WriteAction } from '../components/WriteAction';
import { useFormat } from '../hooks/useFormat';

/** Datasets the workspace file holds damaged: said in plain words, each with its delete button; the rest works. */
export function DamagedDatasets({
  datasets,
  onRemove,
}: {
  datasets: DamagedDataset[];
  onRemove(dataset: DamagedDataset): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (datasets.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="damaged-datasets"
      message={t('data.damagedTitle', { count: datasets.length })}
      description={
        <List
          size="small"
          dataSource={datasets}
          renderItem={(d) => (
            <List.Item
              actions={[
                <WriteAction key="delete">
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => onRemove(d)}
                    data-testid="delete-damaged-dataset"
                  >
                    {t('common.delete')}
                  </Button>
                </WriteAction>,
              ]}
            >
              {t('data.damaged', { name: d.name, rows: fmt.int(d.rowCount) })}
            </List.Item>
          )}
        />
      }
    />
  );
}
