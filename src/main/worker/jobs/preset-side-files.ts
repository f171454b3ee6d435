import { basename } from 'node:path';
import { createTranslate } from '../../../shared/i18n';
import { DROP_REASONS, PRESET_IDENTIFIER, type PresetExport, type PresetResult } from '../../../shared/presets';
import { WRITTEN, NOT_CHOSEN } from '../../engine/contacts/hygiene';
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

/** "<file stem>.dropped.csv" (UTF-8 with BOM): each customer left out — id, segment, why in words; never a contact value. */
export async function writeDroppedFile(filePath: string, rows: DroppedRows, options: PresetExport): Promise<SideFile> {
  const t = createTranslate(options.lang);
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
      lines.push([rows.ids[row], rows.segmentNames[rows.segmentOf[row]], words[f - 1]]);
  }
  const path = sideFilePath(filePath, 'dropped.csv');
  await writeFileAtomically(path, encodeText(csvText(lines, ','), 'utf8').bytes);
  return { kind: 'dropped', path, fileName: basename(path) };
}
