import { posix } from 'node:path';
import { AppError } from '../../../../shared/errors';
import { parsePartXml, type XmlVisitor } from './parse-part-xml';
import type { ZipPart } from './zip-directory';

/** Most bytes a workbook's small parts (workbook, relationships, styles) may unpack to. */
export const MAX_SMALL_PART_BYTES = 64 * 1024 ** 2;

/** A workbook's sheets (in order) and what reading a sheet needs: the parts, the date system, the date styles. */
export interface Workbook {
  sheets: { name: string; part: ZipPart | null }[];
  date1904: boolean;
  sharedStrings: ZipPart | null;
  styles: ZipPart | null;
}

/** Finds a part by name, as written or in another case (writers differ). */
export function findPart(parts: Map<string, ZipPart>, name: string): ZipPart | null {
  const exact = parts.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [n, part] of parts) if (n.toLowerCase() === lower) return part;
  return null;
}

function visit(open: XmlVisitor['open']): XmlVisitor {
  return { open, close: () => {}, text: () => {} };
}

/** A relationships part: id → target, resolved against the folder of the part it belongs to. */
function relationships(bytes: Uint8Array, parts: Map<string, ZipPart>, owner: string) {
  const rels = new Map<string, { type: string; target: string }>();
  const dir = posix.dirname(owner);
  const part = findPart(parts, posix.join(dir, '_rels', `${posix.basename(owner)}.rels`));
  if (!part) return rels;
  parsePartXml(
    bytes,
    part,
    MAX_SMALL_PART_BYTES,
    visit((name, a) => {
      if (name !== 'Relationship' || !a.Target) return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(dir, a.Target));
      rels.set(a.Id, { type: a.Type ?? '', target });
    }),
  );
  return rels;
}

/** The workbook part, from the package's relationships (xl/workbook.xml when they do not say). */
function workbookPart(bytes: Uint8Array, parts: Map<string, ZipPart>): ZipPart {
  const office = [...relationships(bytes, parts, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  const part = findPart(parts, office?.target ?? 'xl/workbook.xml') ?? findPart(parts, 'xl/workbook.xml');
  if (!part) throw new AppError('E_BAD_XLSX', 'The workbook is damaged: it has no workbook part.');
  return part;
}

/** Reads the workbook part and its relationships: sheet names and parts, date system, shared strings, styles. */
export function readWorkbook(bytes: Uint8Array, parts: Map<string, ZipPart>): Workbook {
  const book = workbookPart(bytes, parts);
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  parsePartXml(
    bytes,
    book,
    MAX_SMALL_PART_BYTES,
    visit((name, a) => {
      if (name === 'sheet') {
        const id = Object.keys(a).find((k) => k.endsWith(':id') || k === 'id');
        listed.push({ name: a.name ?? '', id: id ? a[id] : '' });
      } else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    }),
  );
  const rels = relationships(bytes, parts, book.name);
  const byType = (suffix: string, fallback: string) => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(suffix));
    return findPart(parts, rel?.target ?? fallback);
  };
  return {
    sheets: listed.map(({ name, id }) => {
      const target = rels.get(id)?.target;
      return { name, part: target ? findPart(parts, target) : null };
    }),
    date1904,
    sharedStrings: byType('/sharedStrings', 'xl/sharedStrings.xml'),
    styles: byType('/styles', 'xl/styles.xml'),
  };
}
