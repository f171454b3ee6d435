import { Checkbox, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { canSummarise, SUMMARISE_BYTES, type InspectResult } from '../../../../shared/import-settings';
import type { useFormat } from '../../hooks/useFormat';

/**
 * The choice to keep one row per customer instead of every order line: offered for order files
 * DuckDB can read, and chosen for the user when the file is too large to keep row by row.
 */
export function SummariseChoice({
  result,
  fmt,
  value,
  set,
}: {
  result: InspectResult;
  fmt: ReturnType<typeof useFormat>;
  value: boolean | undefined;
  set(value: boolean): void;
}) {
  const { t } = useTranslation();
  const large = result.file.bytes >= SUMMARISE_BYTES;
  const offered = canSummarise(result);
  useEffect(() => {
    if (offered && large && value === undefined) set(true);
  }, [offered, large, value, set]);
  if (!offered) return null;
  const size = fmt.bytes(result.file.bytes);
  return (
    <div
      data-testid="summarise-choice"
      style={{ border: '1px solid rgba(5,5,5,0.1)', borderRadius: 8, padding: 12, marginBottom: 12 }}
    >
      <Checkbox checked={value ?? false} onChange={(e) => set(e.target.checked)} data-testid="summarise">
        <Typography.Text strong>{t('import.summarise')}</Typography.Text>
      </Checkbox>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 24px' }}>
        {t(large ? 'import.summariseLarge' : 'import.summariseWhy', { size })}
      </Typography.Paragraph>
    </div>
  );
}
