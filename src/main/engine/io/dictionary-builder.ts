import type { TableBudget } from './import-limits';

/** A DictionaryBuilder's fields, as sent between threads. */
export interface DictionaryState {
  codes: Int32Array;
  length: number;
  size: number;
  counts: Int32Array;
  slots: Int32Array;
  hashes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  arena: Uint8Array;
  arenaLength: number;
}

/**
 * Collects one column of cells as dictionary codes, straight from UTF-8 bytes: each distinct
 * value is stored once (hashed on its bytes), so no string is made for a repeated cell.
 * Code -1 is a null (empty cell).
 */
export class DictionaryBuilder {
  codes: Int32Array;
  length = 0;
  /** Distinct values so far. */
  size = 0;
  // Small to start, doubled as needed: a file of 10^5 columns makes 10^5 builders.
  counts = new Int32Array(8);
  private slots = new Int32Array(16).fill(-1);
  private hashes = new Int32Array(8);
  private starts = new Int32Array(8);
  private ends = new Int32Array(8);
  private arena = new Uint8Array(256);
  private arenaLength = 0;
  /** Takes each growth of the text store from the table's budget (which refuses a table too large). */
  budget: TableBudget | null = null;

  /** `expectedRows` sizes the code array up front (a guess from the file size) to avoid regrowing it. */
  constructor(expectedRows = 1024) {
    this.codes = new Int32Array(Math.max(16, expectedRows));
  }

  addNull(): void {
    if (this.length === this.codes.length) this.growCodes();
    this.codes[this.length++] = -1;
  }

  /** Adds the cell bytes[start, end); an empty cell is a null. Always true (a text column takes any cell, see ParsedColumn.add). */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    if (this.length === this.codes.length) this.growCodes();
    if (start === end) {
      this.codes[this.length++] = -1;
      return true;
    }
    const entry = this.entry(bytes, start, end);
    this.counts[entry]++;
    this.codes[this.length++] = entry;
    return true;
  }

  /** The entry of a non-empty value, made (with count 0) when new. The hot path of every import: locals, no calls on a hit. */
  private entry(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    const hashes = this.hashes;
    const starts = this.starts;
    const ends = this.ends;
    const arena = this.arena;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const entry = slots[slot];
      if (entry === -1) break;
      if (hashes[entry] === h) {
        const s = starts[entry];
        if (ends[entry] - s === len) {
          let k = 0;
          while (k < len && arena[s + k] === bytes[start + k]) k++;
          if (k === len) return entry;
        }
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.insert(bytes, start, end, h);
    slots[slot] = entry;
    if (this.size * 2 > slots.length) this.rehash();
    return entry;
  }

  /** Appends the cells of another builder (read from a later part of the same file). */
  append(other: DictionaryBuilder): void {
    const remap = new Int32Array(other.size);
    for (let e = 0; e < other.size; e++) {
      const entry = this.entry(other.arena, other.starts[e], other.ends[e]);
      this.counts[entry] += other.counts[e];
      remap[e] = entry;
    }
    const codes = other.finishCodes();
    while (this.length + codes.length > this.codes.length) this.growCodes();
    for (let i = 0; i < codes.length; i++) this.codes[this.length + i] = codes[i] < 0 ? -1 : remap[codes[i]];
    this.length += codes.length;
  }

  /** Its typed arrays and sizes, to send to another thread (the arrays can be transferred). */
  state(): DictionaryState {
    const { codes, length, size, counts, slots, hashes, starts, ends, arena, arenaLength } = this;
    return { codes, length, size, counts, slots, hashes, starts, ends, arena, arenaLength };
  }

  static fromState(state: DictionaryState): DictionaryBuilder {
    return Object.assign(new DictionaryBuilder(0), state);
  }

  private growCodes(): void {
    const next = new Int32Array(this.codes.length * 2);
    next.set(this.codes);
    this.codes = next;
  }

  private insert(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const len = end - start;
    if (this.arenaLength + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + len));
      this.budget?.spendText(next.length - this.arena.length, this.length);
      next.set(this.arena.subarray(0, this.arenaLength));
      this.arena = next;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaLength);
    const entry = this.size++;
    if (entry === this.hashes.length) {
      const grow = <T extends Int32Array>(a: T) => {
        const n = new Int32Array(a.length * 2);
        n.set(a);
        return n;
      };
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.counts = grow(this.counts);
    }
    this.hashes[entry] = hash;
    this.starts[entry] = this.arenaLength;
    this.ends[entry] = this.arenaLength + len;
    this.counts[entry] = 0;
    this.arenaLength += len;
    return entry;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = this.hashes[e] & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.slots = slots;
  }

  /** The text of one distinct value. */
  textOf(code: number): string {
    return new TextDecoder().decode(this.arena.subarray(this.starts[code], this.ends[code]));
  }

  /** The distinct values, in code order (the first `limit` only, when given). */
  values(limit = this.size): string[] {
    const decoder = new TextDecoder();
    const n = Math.min(limit, this.size);
    return Array.from({ length: n }, (_, e) => decoder.decode(this.arena.subarray(this.starts[e], this.ends[e])));
  }

  /**
   * The distinct values as Arrow Utf8 buffers, straight from the stored bytes (entries are
   * laid out one after another, so the offsets are the entry starts).
   */
  utf8(): { offsets: Int32Array; bytes: Uint8Array } {
    const offsets = new Int32Array(this.size + 1);
    offsets.set(this.starts.subarray(0, this.size));
    offsets[this.size] = this.arenaLength;
    return { offsets, bytes: this.arena.subarray(0, this.arenaLength) };
  }

  /** True when some distinct value satisfies the byte test (entry bytes, start, end). */
  someEntry(test: (bytes: Uint8Array, start: number, end: number) => boolean): boolean {
    for (let e = 0; e < this.size; e++) if (test(this.arena, this.starts[e], this.ends[e])) return true;
    return false;
  }

  /** Occurrences of each distinct value, in code order. */
  valueCounts(): Int32Array {
    return this.counts.subarray(0, this.size);
  }

  finishCodes(): Int32Array {
    return this.codes.subarray(0, this.length);
  }
}
