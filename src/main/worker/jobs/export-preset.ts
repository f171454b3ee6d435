import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { createTranslate } from '../../../shared/i18n';
import { missingRoleDetails } from '../../../shared/missing-role';
import type { PresetCheck } from '../../../shared/contract/preset-requests';
import {
  HASHED_PRESETS,
  PRESET_IDENTIFIER,
  type ContactField,
  type PresetExport,
  type PresetResult,
} from '../../../shared/presets';
import type { Role } from '../../../shared/roles';
import { contactRows } from '../../engine/contacts/contact-rows';
import { presetHygiene, WRITTEN } from '../../engine/contacts/hygiene';
import { readSuppressionFile } from '../../engine/contacts/read-suppression-file';
import {
  presetCsvParts,
  presetEntry,
  presetHashNotes,
  presetIdentity,
  presetLayout,
  type PresetOptions,
} from '../../engine/contacts/presets';
import { uniqueNames } from '../../engine/io/unique-names';
import type { Cell } from '../../engine/report/csv-text';
import { writeExport } from '../../io/write-export';
import type { JobContext } from '../protocol';
import { sourceOf } from './export-run';
import type { RunRef } from './load-run';
import { presetSource } from './preset-source';
import { writeDroppedFile, writeHashedFile } from './preset-side-files';

export interface PresetCheckInput extends RunRef {
  options: PresetExport;
  /** The suppression file's path, when one was chosen. */
  suppression: string | null;
}

export interface PresetExportInput extends PresetCheckInput {
  filePath: string;
}

/** The identifier a preset cannot do without, when the data has no column for it (nothing can be written). */
function missingIdentifier(preset: PresetExport['preset'], columns: Partial<Record<ContactField, string>>) {
  const need = PRESET_IDENTIFIER[preset];
  const has =
    need === 'emailOrPhone' ? columns.email !== undefined || columns.phone !== undefined : columns[need] !== undefined;
  return has ? null : need;
}

/** Klaviyo's custom properties: the run's member columns by key (E_INVALID_INPUT for one it has not), headed in the export's language. */
function propertiesOf(input: PresetCheckInput, ctx: JobContext, withValues: boolean) {
  const { options } = input;
  if (options.preset !== 'klaviyo' || !options.properties.length || !withValues) return [];
  const { columns } = sourceOf(input, options.lang, ctx);
  const chosen = options.properties.map((key) => {
    const column = columns.find((c) => c.key === key);
    if (!column)
      throw new AppError('E_INVALID_INPUT', createTranslate(options.lang)('presetExport.badProperty', { key }), {
        column: key,
        columns: columns.map((c) => c.key),
      });
    return column;
  });
  const headers = uniqueNames(chosen.map((c) => c.label[options.lang]));
  return chosen.map((column, i) => ({ header: headers[i], column }));
}

/** Who of the chosen customers is written and who is left out, and why (the work both jobs share). */
async function presetPlan(input: PresetCheckInput, ctx: JobContext, withValues: boolean) {
  const { options } = input;
  ctx.progress(0, { key: 'exportReading', params: {} });
  const source = await presetSource(input, options, ctx);
  const properties = propertiesOf(input, ctx, withValues);
  const hashing = HASHED_PRESETS.includes(options.preset);
  const presetOptions: PresetOptions = {
    defaultCountry: options.defaultCountry ?? null,
    // An ad platform's file is hashed: masking would leave nothing to match.
    mask: hashing ? [] : options.mask,
    properties: properties.map((p) => p.header),
    lang: options.lang,
  };
  const segmentNames = source.run.result.segments.map((s) => s.name[options.lang]);
  const row = contactRows({
    ids: source.members.ids,
    segmentOf: source.segmentOf,
    contacts: source.contacts,
    segmentNames,
    properties,
    currency: source.run.currency,
  });
  const suppression = input.suppression
    ? await readSuppressionFile(input.suppression, {
        ids: source.members.ids,
        contacts: source.contacts,
        defaultCountry: presetOptions.defaultCountry,
      })
    : null;
  ctx.throwIfCancelled();
  const needs = missingIdentifier(options.preset, source.contacts.columns);
  // Writing keeps each row's cells as its identifier is found, the contact read and its phone parsed once.
  const cells: (Cell[] | null)[] = withValues ? Array.from({ length: source.members.ids.length }, () => null) : [];
  let looked = 0;
  const identity = (r: number): string | null => {
    if (++looked % 4096 === 0) ctx.throwIfCancelled();
    if (!withValues) return presetIdentity(options.preset, row(r), presetOptions);
    const entry = presetEntry(options.preset, row(r), presetOptions);
    cells[r] = entry.cells;
    return entry.identity;
  };
  const hygiene = presetHygiene({
    size: source.members.ids.length,
    segmentOf: source.segmentOf,
    chosen: source.chosen,
    excludedSegments: new Set(options.excludeSegments),
    control: source.control,
    suppressed: suppression?.suppressed ?? null,
    identity: needs ? () => null : identity,
    spend: source.spend,
  });
  const counts = { ...hygiene.counts, suppressionUnmatched: suppression ? suppression.unmatched : null };
  return { source, segmentNames, presetOptions, cells, needs, hygiene, counts };
}

/** What a preset export would write (counts, the contact columns found, what is missing), without writing. */
export async function presetCheck(input: PresetCheckInput, ctx: JobContext): Promise<PresetCheck> {
  const plan = await presetPlan(input, ctx, false);
  return { counts: plan.counts, contacts: plan.source.contacts.columns, needs: plan.needs };
}

const NEEDS_ROLES: Record<'email' | 'phone' | 'emailOrPhone', Role[]> = {
  email: ['email'],
  phone: ['phone'],
  emailOrPhone: ['email', 'phone'],
};

/** Writes a run's chosen customers in a preset's format, and the side files beside it. */
export async function exportPreset(input: PresetExportInput, ctx: JobContext): Promise<PresetResult> {
  const { options, filePath } = input;
  const plan = await presetPlan(input, ctx, true);
  if (plan.needs) {
    const t = createTranslate(options.lang);
    const preset = t(`presetExport.presetName.${options.preset}`);
    throw new AppError(
      'E_MISSING_ROLE',
      t(`presetExport.needs.${plan.needs}`, { preset }),
      missingRoleDetails(NEEDS_ROLES[plan.needs]),
    );
  }
  ctx.progress(0.4, { key: 'exportWriting', params: { file: basename(filePath) } });
  const layout = presetLayout(options.preset, plan.presetOptions, options.encoding === 'gbk');
  const { fate } = plan.hygiene;
  const rows = (function* (): Generator<readonly Cell[]> {
    for (let r = 0; r < fate.length; r++) if (fate[r] === WRITTEN) yield plan.cells[r]!;
  })();
  const written = await writeExport(filePath, presetCsvParts(layout, rows, plan.counts.written), () =>
    ctx.throwIfCancelled(),
  );
  const sideFiles: PresetResult['sideFiles'] = [];
  if (layout.hashed.length)
    sideFiles.push(
      await writeHashedFile(filePath, layout.hashed, presetHashNotes(options.preset, options.lang), options),
    );
  if (options.droppedFile)
    sideFiles.push(
      await writeDroppedFile(
        filePath,
        { ids: plan.source.members.ids, segmentOf: plan.source.segmentOf, segmentNames: plan.segmentNames, fate },
        options,
      ),
    );
  return {
    path: filePath,
    fileName: basename(filePath),
    ...written,
    preset: options.preset,
    counts: plan.counts,
    hashed: layout.hashed,
    sideFiles,
  };
}
