export type Container = 'zip' | 'gzip' | 'ole2' | 'parquet' | 'arrow-file' | 'arrow-stream' | 'text';

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** What a file is, from its first bytes (magic numbers), not from its name. */
export function detectContainer(head: Uint8Array): Container {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31])) return 'arrow-file';
  if (startsWith(head, [0xff, 0xff, 0xff, 0xff])) return 'arrow-stream';
  return 'text';
}
