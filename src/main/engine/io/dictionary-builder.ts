/**
 * Collects one column of cells as dictionary codes, straight from UTF-8 bytes: each distinct
 * value is stored once (hashed on its bytes), so no string is made for a repeated cell.
 * Code -1 is a null (empty cell).
 */
export class DictionaryBuilder {
  codes = new Int32Array(1024);
  length = 0;
  /** Distinct values so far. */
  size = 0;
  counts = new Int32Array(256);
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(256);
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private arena = new Uint8Array(1 << 16);
  private arenaLength = 0;

  private push(code: number): void {
    if (this.length === this.codes.length) {
      const next = new Int32Array(this.codes.length * 2);
      next.set(this.codes);
      this.codes = next;
    }
    this.codes[this.length++] = code;
  }

  addNull(): void {
    this.push(-1);
  }

  /** Adds the cell bytes[start, end); an empty cell is a null. */
  add(bytes: Uint8Array, start: number, end: number): void {
    if (start === end) {
      this.push(-1);
      return;
    }
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    const len = end - start;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === -1) break;
      if (this.hashes[entry] === h && this.ends[entry] - this.starts[entry] === len && this.same(entry, bytes, start, len)) {
        this.counts[entry]++;
        this.push(entry);
        return;
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.insert(bytes, start, end, h);
    this.slots[slot] = entry;
    this.push(entry);
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  private same(entry: number, bytes: Uint8Array, start: number, len: number): boolean {
    const s = this.starts[entry];
    const arena = this.arena;
    for (let k = 0; k < len; k++) if (arena[s + k] !== bytes[start + k]) return false;
    return true;
  }

  private insert(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const len = end - start;
    if (this.arenaLength + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + len));
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
    this.counts[entry] = 1;
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

  /** The distinct values, in code order (the first `limit` only, when given). */
  values(limit = this.size): string[] {
    const decoder = new TextDecoder();
    const n = Math.min(limit, this.size);
    const out = new Array<string>(n);
    for (let e = 0; e < n; e++) out[e] = decoder.decode(this.arena.subarray(this.starts[e], this.ends[e]));
    return out;
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
