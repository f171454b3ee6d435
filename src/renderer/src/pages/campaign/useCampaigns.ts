import { useState } from 'react';
import type { SavedCampaignInfo } from '../../../../shared/campaign';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';

/**
 * A run's segments and the campaigns imported against it before (kept in the workspace), plus
 * those imported since; which one is shown (the newest unless chosen). Another run starts
 * with none shown; a language switch keeps them.
 */
export function useCampaigns(runId: number | undefined) {
  const { data: run } = useCall(
    () => (runId === undefined ? Promise.resolve(null) : call('run:get', { runId }).then((d) => d.result)),
    [runId],
  );
  const { data: saved } = useCall(
    () => (runId === undefined ? Promise.resolve(null) : call('campaign:list', { runId }).then((r) => r.campaigns)),
    [runId],
  );
  const [added, setAdded] = useState<{ runId: number | undefined; list: SavedCampaignInfo[] }>({ runId, list: [] });
  const [chosen, setChosen] = useState<{ runId: number | undefined; id: number } | null>(null);
  const campaigns = [...(saved ?? []), ...(added.runId === runId ? added.list : [])];
  const shownId = chosen !== null && chosen.runId === runId ? chosen.id : null;
  const shown = campaigns.find((c) => c.id === shownId) ?? campaigns.at(-1) ?? null;
  return {
    run,
    campaigns,
    shown,
    show: (id: number) => setChosen({ runId, id }),
    /** A campaign just imported against the run: listed and shown. */
    add: (campaign: SavedCampaignInfo) => {
      setAdded((a) => ({ runId, list: a.runId === runId ? [...a.list, campaign] : [campaign] }));
      setChosen({ runId, id: campaign.id });
    },
  };
}
