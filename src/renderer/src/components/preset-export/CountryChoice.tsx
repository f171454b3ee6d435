import { Form, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { countryCodes, countryName } from './country-names';

/** The country a phone number written without its code is read in (searchable, named in the UI language). */
export function CountryChoice({ value, onChange }: { value: string | null; onChange(code: string): void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  return (
    <Form.Item label={t('presetUi.defaultCountry')} htmlFor={id} extra={t('presetUi.defaultCountryHint')}>
      <Select
        id={id}
        showSearch
        optionFilterProp="label"
        value={value ?? undefined}
        onChange={onChange}
        options={countryCodes(lang).map((c) => ({ value: c, label: `${countryName(c, lang)} (${c})` }))}
        data-testid="preset-country"
      />
    </Form.Item>
  );
}
