import { basename } from 'node:path';
import { createTranslate } from '../../../shared/i18n';
import {
  DROP_REASONS,
  HASHED_PRESETS,
  PRESET_IDENTIFIER,
  type PresetExport,
  type PresetResult,
} from '../../../shared/presets';
import { WRITTEN, NOT_CHOSEN } from '../../engine/contacts/hygiene';
import { maskValue, personalValues } from '../../engine/report/mask-personal';
import { csvText, encodeText, type Cell } from '../../engine/report/csv-text';
import { sideFilePath } from '../../io/side-file-path';
import { writeFileAtomically } from '../../io/write-file-atomically';

type SideFile = PresetResult['sideFiles'][number];

/** "<file stem>.hashed.txt": which columns of the upload file hold SHA-256 hashes, and how each was normalised first. */
export async function writeHashedFile(
  filePath: string,
  hashed: readonly string[],
  notes: readonly string[],
  options: PresetExport,
): Promise<SideFile> {
  const t = createTranslate(options.lang);
  const path = sideFilePath(filePath, 'hashed.txt');
  const lines = [
    t('presetExport.hashedFileTitle', { file: basename(filePath) }),
    '',
    ...hashed.map((h) => `- ${h}`),
    ...(notes.length ? ['', ...notes] : []),
  ];
  await writeFileAtomically(path, `${lines.join('\n')}\n`);
  return { kind: 'hashed', path, fileName: basename(path) };
}

export interface DroppedRows {
  ids: readonly string[];
  segmentOf: ArrayLike<number>;
  segmentNames: readonly string[];
  fate: Int8Array;
}

/** Ids looked at to tell whether the customer ids are e-mail addresses or phone numbers. */
const ID_SAMPLE = 200;

/**
 * How the dropped file writes a customer's id: as it is, or — for a preset whose file holds hashed
 * identifiers only — masked (j***@example.com, 138****5678) when the ids are e-mail addresses or
 * phone numbers (a shop that keys customers by their e-mail), so no plain contact value lands beside
 * an ad platform's upload.
 */
function idText(rows: DroppedRows, options: PresetExport): (id: string) => string {
  if (!HASHED_PRESETS.includes(options.preset)) return (id) => id;
  const kind = personalValues(rows.ids.slice(0, ID_SAMPLE));
  return kind ? (id) => maskValue(kind, id) : (id) => id;
}

/** "<file stem>.dropped.csv" (UTF-8 with BOM): each customer left out — id, segment, why in words; never a contact value. */
export async function writeDroppedFile(filePath: string, rows: DroppedRows, options: PresetExport): Promise<SideFile> {
  const t = createTranslate(options.lang);
  const id = idText(rows, options);
  const identifier = PRESET_IDENTIFIER[options.preset];
  const words = DROP_REASONS.map((r) =>
    r === 'noContact'
      ? t(`presetExport.reason.noContact_${identifier}`)
      : t(`presetExport.reason.${r}`, { identifier: t(`presetExport.identifier.${identifier}`) }),
  );
  const lines: Cell[][] = [['customerId', 'segment', 'reason'].map((k) => t(`presetExport.droppedHeader.${k}`))];
  for (let row = 0; row < rows.fate.length; row++) {
    const f = rows.fate[row];
    if (f !== NOT_CHOSEN && f !== WRITTEN)
      lines.push([id(rows.ids[row]), rows.segmentNames[rows.segmentOf[row]], words[f - 1]]);
  }
  const path = sideFilePath(filePath, 'dropped.csv');
  await writeFileAtomically(path, encodeText(csvText(lines, ','), 'utf8').bytes);
  return { kind: 'dropped', path, fileName: basename(path) };
}
