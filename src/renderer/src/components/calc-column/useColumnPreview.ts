import { useEffect, useState } from 'react';
import type { CalcDefinition, CalcPreview } from '../../../../shared/calc/calculated-column';
import { call } from '../../api';

export const PREVIEW_ROWS = 5;

/** A preview, or the problem the definition has (its code and details), for the definition now in the dialog. */
export type PreviewState =
  | { key: string; preview: CalcPreview; problem: null }
  | { key: string; preview: null; problem: { code: string; details?: unknown } };

/** The live preview: asked 250 ms after the last change; an answer for an older definition is never shown. */
export function useColumnPreview(datasetId: number, definition: CalcDefinition | null): PreviewState | null {
  const key = definition ? JSON.stringify(definition) : '';
  const [state, setState] = useState<PreviewState | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      call('dataset:previewColumn', {
        datasetId,
        definition: JSON.parse(key) as CalcDefinition,
        rows: PREVIEW_ROWS,
      }).then(
        (preview) => live && setState({ key, preview, problem: null }),
        (err: { code?: string; details?: unknown }) =>
          live && setState({ key, preview: null, problem: { code: err.code ?? 'E_INTERNAL', details: err.details } }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [datasetId, key]);
  return state && state.key === key ? state : null;
}
