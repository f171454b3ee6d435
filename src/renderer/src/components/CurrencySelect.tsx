import { Select, type SelectProps } from 'antd';
import { CURRENCIES, type Currency } from '../../../shared/schemas';

/**
 * A small choice of the currencies a dataset's money can be shown in. Other props (disabled, and a
 * tooltip's handlers when WriteAction wraps it) go to the Select.
 */
export function CurrencySelect({
  value,
  label,
  testId,
  onChange,
  ...rest
}: Omit<SelectProps, 'value' | 'onChange'> & {
  value: string;
  label: string;
  testId: string;
  onChange(currency: Currency): void;
}) {
  return (
    <Select
      {...rest}
      size="small"
      style={{ width: 96 }}
      value={value as Currency}
      data-testid={testId}
      aria-label={label}
      options={CURRENCIES.map((c) => ({ value: c, label: c }))}
      onChange={onChange}
    />
  );
}
