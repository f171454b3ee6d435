import { Button, Form, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PresetCheck } from '../../../../shared/contract/preset-requests';
import { CONTACT_FIELDS } from '../../../../shared/presets';
import type { Role } from '../../../../shared/roles';
import { useOpenMeanings } from '../../errors/ErrorProvider';

const NEEDED_ROLES: Record<NonNullable<PresetCheck['needs']>, Role[]> = {
  email: ['email'],
  phone: ['phone'],
  emailOrPhone: ['email', 'phone'],
};

/**
 * The contact columns the run's customers have (each with the column it comes from) and, when
 * the preset's identifier has none, one sentence and the way to the column meanings.
 */
export function PresetContacts({
  check,
  datasetId,
  onMap,
}: {
  check: PresetCheck | null;
  datasetId: number | null;
  /** Before the meanings open (the dialog closes). */
  onMap(): void;
}) {
  const { t } = useTranslation();
  const openMeanings = useOpenMeanings();
  const found = CONTACT_FIELDS.filter((f) => check?.contacts[f] !== undefined);
  return (
    <Form.Item label={t('presetUi.contactsFound')}>
      <Space wrap size={[6, 6]} data-testid="preset-contacts">
        {check === null && <Typography.Text type="secondary">…</Typography.Text>}
        {check !== null && found.length === 0 && (
          <Typography.Text type="secondary">{t('presetUi.noContacts')}</Typography.Text>
        )}
        {found.map((f) => (
          <Tag key={f} data-testid={`preset-contact-${f}`}>
            {t(`presetUi.field_${f}`)}: {check?.contacts[f]}
          </Tag>
        ))}
      </Space>
      {check?.needs && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="preset-needs">
          {t(`presetUi.needs_${check.needs}`)}{' '}
          {datasetId !== null && (
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              data-testid="preset-map-role"
              onClick={() => {
                onMap();
                openMeanings({ datasetId, roles: NEEDED_ROLES[check.needs!] });
              }}
            >
              {t('presetUi.mapButton')}
            </Button>
          )}
        </Typography.Paragraph>
      )}
    </Form.Item>
  );
}
