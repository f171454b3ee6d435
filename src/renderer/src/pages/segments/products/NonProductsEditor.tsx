import { App, Button, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExcludedLines, NonProductSettings } from '../../../../../shared/products';
import { call } from '../../../api';
import { useShowError } from '../../../errors/ErrorProvider';
import { LeftOutCodes } from './LeftOutCodes';

/**
 * The editor of a dataset's codes that are not products: the list as tags (type a code, Enter),
 * back to the defaults, and what the list left out of the run's data, code by code. Save keeps
 * the list in one change (the defaults kept as "no own list").
 */
export function NonProductsEditor({
  datasetId,
  settings,
  excluded,
  money,
  onClose,
  onSaved,
}: {
  datasetId: number;
  settings: NonProductSettings;
  excluded: ExcludedLines | null;
  money(n: number): string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [codes, setCodes] = useState<string[]>(settings.codes);
  const [saving, setSaving] = useState(false);
  const isDefaults = codes.length === settings.defaults.length && codes.every((c, i) => c === settings.defaults[i]);
  const save = async () => {
    setSaving(true);
    try {
      await call('products:setNonProducts', { datasetId, codes: isDefaults ? null : codes });
      void message.success(t('productsUi.saved'));
      onSaved();
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('productsUi.editorTitle')}
      onCancel={onClose}
      width={640}
      data-testid="non-products-editor"
      footer={[
        <Button
          key="reset"
          onClick={() => setCodes([...settings.defaults])}
          disabled={isDefaults}
          data-testid="non-products-reset"
        >
          {t('productsUi.reset')}
        </Button>,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void save()} data-testid="non-products-save">
          {t('productsUi.save')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('productsUi.editorHint')}</Typography.Paragraph>
      <Tag data-testid="non-products-which">
        {t(isDefaults ? 'productsUi.editorDefaults' : 'productsUi.editorEdited')}
      </Tag>
      <Select
        mode="tags"
        style={{ width: '100%', marginTop: 8 }}
        value={codes}
        onChange={(v: string[]) => setCodes(v.map((c) => c.trim()).filter((c) => c !== ''))}
        tokenSeparators={[',']}
        open={false}
        suffixIcon={null}
        placeholder={t('productsUi.editorPlaceholder')}
        aria-label={t('productsUi.editorTitle')}
        data-testid="non-products-input"
      />
      {excluded && excluded.codes.length > 0 && <LeftOutCodes excluded={excluded} money={money} />}
    </Modal>
  );
}
