import { Flex, Modal, Spin, Steps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_ALL_BYTES, type ImportSettings } from '../../../../shared/import-settings';
import { requiredRoles } from '../../../../shared/roles';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { useFormat } from '../../hooks/useFormat';
import type { useJobRunner } from '../../hooks/useJobRunner';
import { AlreadyImported } from './AlreadyImported';
import { CheckStep } from './CheckStep';
import { datasetName } from './dataset-name';
import { MeaningStep } from './MeaningStep';
import { PreviewStep } from './PreviewStep';
import { useInspect } from './useInspect';
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
  const showError = useShowError();
  const [step, setStep] = useState(0);
  const [settings, setSettings] = useState<ImportSettings>({});
  const [name, setName] = useState(() => datasetName(file.fileName));
  const [running, setRunning] = useState(false);
  // The check reads every row with the meaning fixed as the user left it, so its figures are the import's.
  const [meaning, setMeaning] = useState<Pick<ImportSettings, 'kind' | 'roles'> | null>(null);
  const [checkAll, setCheckAll] = useState(true);
  const [goOn, setGoOn] = useState(false);
  const close = () => {
    void call('import:forget', { token: file.token });
    onClose();
  };
  const asked = useMemo(() => (meaning ? { ...settings, ...meaning } : settings), [settings, meaning]);
  const { result, loading, job, cancel } = useInspect(file.token, asked, meaning && checkAll ? 'all' : 'preview', {
    onUnreadable: close,
    onCancelled: () => setCheckAll(false),
  });
  const update = (change: Partial<ImportSettings>) => setSettings((s) => ({ ...s, ...change }));
  const toStep = (next: number) => {
    setMeaning(next === 2 && result ? { kind: result.kind, roles: result.roles } : null);
    setCheckAll(result !== null && result.file.bytes <= CHECK_ALL_BYTES);
    setStep(next);
  };
  const missing = result ? requiredRoles(result.kind).filter((r) => !result.roles[r]) : [];

  const run = async () => {
    if (!result) return;
    // The wizard steps aside while the import runs: one progress dialog, with Cancel.
    setRunning(true);
    try {
      const dataset = await jobs.run('import:run', {
        token: file.token,
        settings: { ...settings, kind: result.kind, roles: result.roles, name: name.trim() || undefined },
      });
      void call('import:forget', { token: file.token });
      onImported(dataset);
    } catch (err) {
      showError(err);
    } finally {
      setRunning(false);
    }
  };

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
          checking={meaning !== null && loading}
          onStep={toStep}
          onCancel={close}
          onImport={() => void run()}
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
      <Spin spinning={loading && result !== null && !meaning}>
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
            checking={meaning && checkAll ? job : null}
            onStopChecking={cancel}
            onCheckAll={() => setCheckAll(true)}
          />
        )}
      </Spin>
    </Modal>
  );
}
