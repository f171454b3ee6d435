import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExcludedLines } from '../../../../../shared/products';
import { call } from '../../../api';
import { WriteAction } from '../../../components/WriteAction';
import { useCall } from '../../../hooks/useCall';
import { useFormat } from '../../../hooks/useFormat';
import { NonProductsEditor } from './NonProductsEditor';

/** How many codes the line names before "…". */
const SHOWN_CODES = 6;

/**
 * The dataset's codes that are not products in one line ("Not products: POST, DOT, C2 … Edit"),
 * what they left out of the run's data (order lines, revenue), and the editor; a saved change
 * reloads what each segment buys (`onChanged`).
 */
export function NonProductCodes({
  datasetId,
  excluded,
  money,
  onChanged,
}: {
  datasetId: number;
  excluded: ExcludedLines | null;
  money(n: number): string;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useCall(() => call('products:nonProducts', { datasetId }), [datasetId]);
  const [editing, setEditing] = useState(false);
  const codes = settings.data?.codes ?? [];
  const listed = codes.slice(0, SHOWN_CODES).join(', ');
  return (
    <div data-testid="non-products" style={{ marginTop: 16 }}>
      <Flex align="center" gap={4} wrap>
        <Typography.Text type="secondary" data-testid="non-products-codes">
          {codes.length === 0
            ? t('productsUi.nonProductsNone')
            : t('productsUi.nonProducts', {
                codes:
                  codes.length > SHOWN_CODES
                    ? t('productsUi.nonProductsMore', { codes: listed, n: codes.length })
                    : listed,
              })}
        </Typography.Text>
        <WriteAction>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            disabled={!settings.data}
            onClick={() => setEditing(true)}
            data-testid="non-products-edit"
          >
            {t('productsUi.edit')}
          </Button>
        </WriteAction>
      </Flex>
      {excluded && (
        <Typography.Text type="secondary" data-testid="non-products-left-out">
          {excluded.lines === 0
            ? t('productsUi.leftOutNone')
            : t('productsUi.leftOut', { lines: fmt.int(excluded.lines), revenue: money(excluded.revenue) })}
        </Typography.Text>
      )}
      {editing && settings.data && (
        <NonProductsEditor
          datasetId={datasetId}
          settings={settings.data}
          excluded={excluded}
          money={money}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            settings.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}
