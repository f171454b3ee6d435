import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossSellSpec, TargetList } from '../../../../shared/products';
import type { RunInfo } from '../../../../shared/schemas';
import { call, newJobId } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { useCall } from '../../hooks/useCall';
import { useFormat } from '../../hooks/useFormat';
import { useJobRunner } from '../../hooks/useJobRunner';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { crossSellListName } from '../../../../shared/cross-sell-action';
import { itemNames, itemsEither } from './item-names';

/** A list to make: who it is for (a run, one of its segments or all) and what they bought and did not. */
export interface CrossSellDraft {
  runId: number | undefined;
  spec: CrossSellSpec;
}

/** How many customers a list would hold: a worker job, cancelled when the answer is no longer wanted. */
function previewCount(runId: number, spec: CrossSellSpec, signal: AbortSignal): Promise<number> {
  const jobId = newJobId();
  signal.addEventListener('abort', () => void call('job:cancel', { jobId }).catch(() => undefined));
  return call('lists:preview', { runId, spec, jobId }).then((r) => r.customers);
}

/**
 * A cross-sell list in the making: the run and segment chosen (the draft's to start), the
 * run's segments, the customers it would hold (counted again at each change), its name (the
 * suggested one until the user types), and Keep (a worker job; says what was kept).
 */
export function useCrossSell(draft: CrossSellDraft, runs: RunInfo[], onKept: (list: TargetList) => void) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const jobs = useJobRunner();
  const [runId, setRunId] = useState(draft.runId ?? runs.at(-1)?.id);
  const [segment, setSegment] = useState(draft.spec.segment);
  const [name, setName] = useState<string | null>(null);
  const spec: CrossSellSpec = { ...draft.spec, segment };
  const specKey = JSON.stringify(spec);
  const { data: segments } = useCall(
    () => (runId === undefined ? null : call('run:get', { runId }).then((d) => d.result.segments)),
    [runId],
  );
  const preview = useCall(
    (signal) => (runId === undefined ? null : previewCount(runId, JSON.parse(specKey) as CrossSellSpec, signal)),
    [runId, specKey],
  );
  const a = itemNames(spec.bought, lang);
  const b = itemNames(spec.notBought, lang);
  const segmentName = segment === null ? null : (segments?.[segment]?.name ?? null);
  const suggested = crossSellListName(spec, segmentName, lang);
  const finalName = Array.from((name ?? suggested).trim())
    .slice(0, 200)
    .join('');

  const keep = async () => {
    if (runId === undefined) return;
    try {
      const list = await jobs.run('lists:create', { runId, spec, name: finalName || undefined });
      void message.success(t('basketUi.kept', { name: list.name, n: fmt.int(list.customers) }));
      onKept(list);
    } catch (err) {
      showError(err);
    }
  };
  return {
    jobs,
    runId,
    /** Another run: its segments differ, so the list is for all its customers until one is chosen. */
    setRunId: (id: number) => {
      setRunId(id);
      setSegment(null);
    },
    segment,
    setSegment,
    segments,
    preview,
    offer: spec.bought.length
      ? t('basketUi.listOffer', { a, b, never: itemsEither(spec.notBought, lang) })
      : t('basketUi.listOfferAll', { b }),
    name: name ?? suggested,
    setName,
    keep,
  };
}
