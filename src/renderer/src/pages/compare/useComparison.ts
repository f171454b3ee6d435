import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../shared/compare';
import type { RunResult } from '../../../../shared/segments';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';
import type { Move } from './MovesExport';

interface Compared {
  fromId: number;
  toId: number;
  names: { from: RunResult; to: RunResult };
  comparison: Comparison;
}

/**
 * Compares two runs in the worker and exports the customers of a matrix row. The comparison
 * shown is that of the runs chosen now: choosing another run hides it until Compare is pressed.
 */
export function useComparison(
  fromId: number | undefined,
  toId: number | undefined,
  jobs: ReturnType<typeof useJobRunner>,
) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { message } = App.useApp();
  const showError = useShowError();
  const [compared, setCompared] = useState<Compared | null>(null);
  const shown = compared && compared.fromId === fromId && compared.toId === toId ? compared : null;

  const compare = async () => {
    if (fromId === undefined || toId === undefined) return;
    try {
      const [from, to, comparison] = await Promise.all([
        call('run:get', { runId: fromId }),
        call('run:get', { runId: toId }),
        jobs.run('run:compare', { fromRunId: fromId, toRunId: toId }),
      ]);
      setCompared({ fromId, toId, names: { from: from.result, to: to.result }, comparison });
    } catch (err) {
      showError(err);
    }
  };

  const exportMoves = async (row: string, move: Move) => {
    if (fromId === undefined || toId === undefined) return;
    try {
      const saved = await call('run:exportMoves', { fromRunId: fromId, toRunId: toId, row, move, lang });
      if (saved) message.success(t('export.savedFile', { file: saved.fileName }));
    } catch (err) {
      showError(err);
    }
  };
  return { shown, compare, exportMoves };
}
