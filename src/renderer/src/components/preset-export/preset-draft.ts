import type { MembersExport } from '../../../../shared/exports';
import {
  HASHED_PRESETS,
  type ContactField,
  type ControlDraw,
  type ExportPreset,
  type PresetExport,
} from '../../../../shared/presets';
import type { Language } from '../../../../shared/schemas';
import type { ChosenFile } from './SuppressionChoice';

/** The preset options the dialog holds while the user chooses them. */
export interface PresetDraft {
  excludeSegments: number[];
  /** Leave out the control group of the draw the dialog was opened with. */
  leaveOutControl: boolean;
  /** Null until the data's most common country (or the locale's) is known. */
  defaultCountry: string | null;
  properties: string[];
  mask: ContactField[];
  encoding: 'utf8' | 'gbk';
  droppedFile: boolean;
  suppression: ChosenFile | null;
}

export const emptyDraft = (): PresetDraft => ({
  excludeSegments: [],
  leaveOutControl: true,
  defaultCountry: null,
  properties: [],
  mask: [],
  encoding: 'utf8',
  droppedFile: false,
  suppression: null,
});

/** What the list holds beside the preset's own options: the segments (none: all), or a list the run made. */
export interface PresetScope {
  segments: number[];
  only?: MembersExport['only'];
  listId?: number;
  excludeControl?: ControlDraw;
  lang: Language;
}

/** The export's options from the draft (export:presetCheck and export:preset take the same). */
export function presetOptions(preset: ExportPreset, draft: PresetDraft, scope: PresetScope): PresetExport {
  const hashed = HASHED_PRESETS.includes(preset);
  return {
    preset,
    segments: !scope.only && scope.listId === undefined && scope.segments.length ? scope.segments : undefined,
    only: scope.only,
    listId: scope.listId,
    excludeSegments: draft.excludeSegments,
    excludeControl: scope.excludeControl && draft.leaveOutControl ? scope.excludeControl : undefined,
    defaultCountry: draft.defaultCountry ?? undefined,
    properties: preset === 'klaviyo' ? draft.properties : [],
    mask: hashed ? [] : draft.mask,
    encoding: preset === 'chinaTags' ? draft.encoding : 'utf8',
    droppedFile: draft.droppedFile,
    lang: scope.lang,
  };
}
