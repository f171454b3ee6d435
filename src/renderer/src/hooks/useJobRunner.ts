import { useCallback, useRef, useState } from 'react';
import type { InputOf, OutputOf, ProgressMessage, RequestName } from '../../../shared/contract';
import { call, newJobId, on } from '../api';

export interface ActiveJob {
  jobId: string;
  fraction: number;
  message: ProgressMessage | null;
  cancelling: boolean;
  startedAt: number;
}

type JobRequest = { [N in RequestName]: InputOf<N> extends { jobId: string } ? N : never }[RequestName];

/** Runs a request that is backed by a worker job, tracking its progress events and offering cancel. */
export function useJobRunner() {
  const [active, setActive] = useState<ActiveJob | null>(null);
  const activeRef = useRef<ActiveJob | null>(null);

  const update = (job: ActiveJob | null) => {
    activeRef.current = job;
    setActive(job);
  };

  const run = useCallback(
    async <N extends JobRequest>(name: N, input: Omit<InputOf<N>, 'jobId'>): Promise<OutputOf<N>> => {
      const jobId = newJobId();
      update({ jobId, fraction: 0, message: null, cancelling: false, startedAt: Date.now() });
      const off = on('job:progress', (p) => {
        const current = activeRef.current;
        if (p.jobId === jobId && current) update({ ...current, fraction: p.fraction, message: p.message });
      });
      try {
        return await call(name, { ...input, jobId } as InputOf<N>);
      } finally {
        off();
        update(null);
      }
    },
    [],
  );

  const cancel = useCallback(async () => {
    const current = activeRef.current;
    if (!current) return;
    update({ ...current, cancelling: true });
    await call('job:cancel', { jobId: current.jobId });
  }, []);

  return { active, run, cancel };
}
