const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML's escapes for characters XML cannot carry as they are (`_x000D_` is a carriage return, `_x005F_` a `_`). */
export function unescapeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/**
 * The text of a string item — a shared string (`<si>`) or an inline one (`<is>`): its `<t>` runs
 * joined, without the phonetic guides (`<rPh>`) a Japanese workbook adds, escapes undone.
 */
export class StringItem {
  private value = '';
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 't') this.inText = this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
  }

  add(text: string): void {
    if (this.inText) this.value += text;
  }

  take(): string {
    const value = unescapeXstring(this.value);
    this.value = '';
    this.inText = false;
    this.phonetic = 0;
    return value;
  }
}
