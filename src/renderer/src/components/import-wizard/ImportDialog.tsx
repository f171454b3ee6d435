import { Flex, Modal, Spin, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSettings } from '../../../../shared/import-settings';
import { requiredRoles } from '../../../../shared/roles';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useFormat } from '../../hooks/useFormat';
import type { useJobRunner } from '../../hooks/useJobRunner';
import { AlreadyImported } from './AlreadyImported';
import { CheckStep } from './CheckStep';
import { datasetName } from './dataset-name';
import { MeaningStep } from './MeaningStep';
import { PreviewStep } from './PreviewStep';
import { useImportCheck } from './useImportCheck';
import { useRunImport } from './useRunImport';
import { WizardFooter } from './WizardFooter';

export interface ImportDialogProps {
  file: { token: string; fileName: string };
  jobs: ReturnType<typeof useJobRunner>;
  onClose(): void;
  onImported(dataset: DatasetInfo): void;
}

/** The wizard for one chosen file (a new file starts a new one): Preview, Meaning, Check, then the import. */
export function ImportDialog({ file, jobs, onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [step, setStep] = useState(0);
  const [settings, setSettings] = useState<ImportSettings>({});
  const [name, setName] = useState(() => datasetName(file.fileName));
  // Kept apart from the read settings: choosing it changes what is kept, not how the file is read (no new check).
  const [summarise, setSummarise] = useState<boolean | undefined>(undefined);
  const { running, run: runImport } = useRunImport(file.token, jobs, onImported);
  const [goOn, setGoOn] = useState(false);
  const close = () => {
    void call('import:forget', { token: file.token });
    onClose();
  };
  const run = (checked = check.result) => void runImport(checked, { ...settings, summarise }, name);
  const check = useImportCheck(file.token, settings, { onUnreadable: close, onChecked: run });
  const { result, loading } = check;
  const update = (change: Partial<ImportSettings>) => setSettings((s) => ({ ...s, ...change }));
  const toStep = (next: number) => {
    check.enterStep(next);
    setStep(next);
  };
  const missing = result ? requiredRoles(result.kind).filter((r) => !result.roles[r]) : [];

  const steps = [t('import.stepPreview'), t('import.stepMeaning'), t('import.stepCheck')];
  return (
    <Modal
      open={!running}
      title={`${t('import.title')} — ${file.fileName}`}
      width={1100}
      onCancel={close}
      footer={
        <WizardFooter
          step={step}
          canNext={result !== null}
          canImport={result !== null && !loading && missing.length === 0}
          checking={check.checking !== null}
          onStep={toStep}
          onCancel={close}
          onImport={() => (check.checking ? check.importWhenChecked() : run())}
        />
      }
      destroyOnHidden
      maskClosable={false}
      data-testid="import-wizard"
    >
      {result?.alreadyImported && !goOn && (
        <AlreadyImported earlier={result.alreadyImported} onGoOn={() => setGoOn(true)} onCancel={close} />
      )}
      <Steps size="small" current={step} style={{ marginBottom: 16 }} items={steps.map((title) => ({ title }))} />
      <Spin spinning={loading && result !== null && step < 2}>
        {!result ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        ) : step === 0 ? (
          <PreviewStep {...{ result, settings, update }} />
        ) : step === 1 ? (
          <MeaningStep {...{ result, settings, update, name, setName, missing }} />
        ) : (
          <CheckStep
            {...{ result, settings, update, fmt }}
            summarise={{ value: summarise, set: setSummarise }}
            checking={check.checking}
            onStopChecking={check.cancel}
            onCheckAll={check.checkAll}
          />
        )}
      </Spin>
    </Modal>
  );
}
