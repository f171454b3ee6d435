import { AppError } from '../../../../shared/errors';
import { excelSerialText } from '../excel-serial';
import { EXACT_INTEGER_LIMIT, writtenNumberText } from '../spreadsheet-number';
import { StopReading } from './inflate-part';
import { parsePartXml, type XmlVisitor } from './parse-part-xml';
import { columnOf, type SheetRow } from './sheet-row';
import { StringItem, unescapeXstring } from './string-item';
import type { ZipPart } from './zip-directory';

/** What a sheet's cells are read with: the shared strings, which styles are dates, the date system. */
export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  isCancelled?: () => boolean;
}

/** Follows the sheet's XML, one cell at a time, and hands each row on when it closes. */
class SheetVisitor implements XmlVisitor {
  private row: SheetRow | null = null;
  private lastLine = 0;
  private rows = 0;
  private column = -1;
  private type = 'n';
  private style = 0;
  private value = '';
  private inValue = false;
  private inline: StringItem | null = null;

  constructor(
    private readonly context: SheetContext,
    private readonly onRow: (row: SheetRow) => boolean,
  ) {}

  open(name: string, a: Record<string, string>): void {
    if (name === 'c') {
      const ref = a.r;
      this.column = ref === undefined ? this.column + 1 : columnOf(ref);
      this.type = a.t ?? 'n';
      this.style = a.s === undefined ? 0 : Number(a.s);
      this.value = '';
    } else if (name === 'v') this.inValue = true;
    else if (name === 'is') this.inline = new StringItem();
    else if (this.inline) this.inline.open(name);
    else if (name === 'row') {
      this.lastLine = a.r === undefined ? this.lastLine + 1 : Number(a.r);
      this.row = { line: this.lastLine, columns: [], texts: [], rounded: null };
      this.column = -1;
    }
  }

  text(text: string): void {
    if (this.inValue) this.value += text;
    else if (this.inline) this.inline.add(text);
  }

  close(name: string): void {
    if (name === 'v') this.inValue = false;
    else if (name === 'is') this.value = this.inline!.take();
    else if (this.inline && name !== 'c') this.inline.close(name);
    else if (name === 'c') this.cell();
    else if (name === 'row') this.endRow();
  }

  /** The closed cell's text, by its type (an error cell is empty). */
  private cell(): void {
    const row = this.row;
    const type = this.inline ? 'inlineStr' : this.type;
    const value = this.value;
    this.inline = null;
    if (!row || this.column < 0 || value === '') return;
    let text: string | null;
    if (type === 'n') text = this.number(row, value);
    else if (type === 's') text = this.context.strings[Number(value)] ?? null;
    else if (type === 'str' || type === 'inlineStr') text = unescapeXstring(value);
    else if (type === 'b') text = value === '1' || value === 'true' ? 'true' : 'false';
    else if (type === 'd') text = value.replace('T', ' ').replace(/Z$/, '');
    else text = null;
    if (text === null || text === '') return;
    row.columns.push(this.column);
    row.texts.push(text);
  }

  private number(row: SheetRow, value: string): string {
    if (this.context.dateStyles[this.style]) {
      const serial = Number(value);
      if (Number.isFinite(serial)) return excelSerialText(serial, this.context.date1904);
    }
    const long = value.length > 15 || value.includes('E') || value.includes('e');
    if (long && Math.abs(Number(value)) >= EXACT_INTEGER_LIMIT) (row.rounded ??= []).push(this.column);
    return writtenNumberText(value);
  }

  private endRow(): void {
    const row = this.row;
    this.row = null;
    if (!row || row.columns.length === 0) return;
    if ((++this.rows & 4095) === 0 && this.context.isCancelled?.())
      throw new AppError('E_CANCELLED', 'The import was cancelled.');
    if (!this.onRow(row)) throw new StopReading();
  }
}

/**
 * Streams a sheet's rows — only the cells the file holds, whatever its `<dimension>` declares —
 * to `onRow` (false stops reading). Cost and memory follow the cells present.
 */
export function readSheetRows(
  bytes: Uint8Array,
  part: ZipPart,
  limit: number,
  context: SheetContext,
  onRow: (row: SheetRow) => boolean,
): void {
  try {
    parsePartXml(bytes, part, limit, new SheetVisitor(context, onRow));
  } catch (err) {
    if (!(err instanceof StopReading)) throw err;
  }
}
