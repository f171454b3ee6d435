import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportSettings } from '../../../shared/exports';
import { call } from '../api';
import { useShowError } from '../errors/ErrorProvider';

/** The logo on the report's page 1: chosen in an open dialog (checked in the main process), shown small, removable. */
function LogoField({ logo, onChange }: { logo: string | null; onChange(logo: string | null): void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const choose = () =>
    void call('report:chooseLogo', {}).then(
      (chosen) => chosen && onChange(chosen.logo),
      (err: unknown) => showError(err),
    );
  return (
    <div className="report-field">
      <span>{t('export.reportLogo')}</span>
      {logo ? (
        <Flex align="center" gap={8}>
          <img className="report-logo" src={logo} alt={t('export.reportLogo')} data-testid="report-logo" />
          <Button
            size="small"
            icon={<DeleteOutlined />}
            onClick={() => onChange(null)}
            data-testid="report-logo-remove"
          >
            {t('export.removeLogo')}
          </Button>
        </Flex>
      ) : (
        <Flex vertical gap={4} align="start">
          <Button size="small" icon={<PictureOutlined />} onClick={choose} data-testid="report-logo-choose">
            {t('export.chooseLogo')}
          </Button>
          <Typography.Text type="secondary">{t('export.noLogo')}</Typography.Text>
        </Flex>
      )}
    </div>
  );
}

/** The report's title page (title, client, author, logo) and the sections it holds, beside its preview. */
export function ReportSettingsForm({
  settings,
  onChange,
}: {
  settings: ReportSettings;
  onChange(settings: ReportSettings): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ReportSettings>) => onChange({ ...settings, ...patch });
  const text = (key: 'title' | 'client' | 'author', label: string, placeholder?: string) => (
    <label htmlFor={`${id}-${key}`} className="report-field">
      <span>{label}</span>
      <Input
        id={`${id}-${key}`}
        value={settings[key]}
        maxLength={200}
        placeholder={placeholder}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`report-${key}`}
      />
    </label>
  );
  return (
    <Flex vertical gap={8} className="report-settings" data-testid="report-settings">
      <Typography.Text strong>{t('export.reportDetails')}</Typography.Text>
      {text('title', t('export.reportName'), t('export.reportNamePlaceholder'))}
      {text('client', t('export.reportClient'))}
      {text('author', t('export.reportAuthor'))}
      <LogoField logo={settings.logo} onChange={(logo) => set({ logo })} />
      <div className="report-field">
        <span>{t('export.reportSections')}</span>
        <Checkbox.Group
          className="report-sections"
          value={settings.sections}
          // Kept in the report's order, whatever order they were ticked in.
          onChange={(v) => set({ sections: REPORT_SECTIONS.filter((s) => v.includes(s)) })}
          options={REPORT_SECTIONS.map((s) => ({ value: s, label: t(`export.section_${s}`) }))}
          data-testid="report-sections"
        />
      </div>
      <Checkbox
        checked={settings.technical}
        onChange={(e) => set({ technical: e.target.checked })}
        data-testid="report-technical"
      >
        {t('export.reportTechnical')}
      </Checkbox>
      <Typography.Text type="secondary">{t('export.reportKept')}</Typography.Text>
    </Flex>
  );
}
