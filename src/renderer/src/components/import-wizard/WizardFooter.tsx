import { Button, Flex, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface WizardFooterProps {
  step: number;
  /** Whether Next can go on (a preview is there). */
  canNext: boolean;
  canImport: boolean;
  /** The check is reading every row: Import, pressed meanwhile, waits for it (and keeps the keyboard focus). */
  checking: boolean;
  onStep(step: number): void;
  onCancel(): void;
  onImport(): void;
}

/** Cancel, Back, and one button for Next and Import, so keyboard focus stays on it from step to step. */
export function WizardFooter({ step, canNext, canImport, checking, onStep, onCancel, onImport }: WizardFooterProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between">
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Space>
        {step > 0 && <Button onClick={() => onStep(step - 1)}>{t('import.back')}</Button>}
        {step < 2 ? (
          <Button
            key="primary"
            type="primary"
            onClick={() => onStep(step + 1)}
            disabled={!canNext}
            data-testid="wizard-next"
          >
            {t('import.next')}
          </Button>
        ) : (
          <Button
            key="primary"
            type="primary"
            onClick={onImport}
            disabled={!canImport && !checking}
            data-testid="wizard-import"
          >
            {t('import.run')}
          </Button>
        )}
      </Space>
    </Flex>
  );
}
