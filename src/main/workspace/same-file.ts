import type { DatasetInfo } from '../../shared/schemas';

/**
 * The first dataset imported from the same file: the same content (SHA-256), or, where one side
 * has no hash (a preview, a dataset from before hashes were kept), the same file name and size.
 */
export function sameFile(
  datasets: readonly DatasetInfo[],
  file: { name: string; bytes: number; sha256: string | null },
): DatasetInfo | null {
  return (
    datasets.find(({ source, sourceName }) =>
      source.sha256 && file.sha256
        ? source.sha256 === file.sha256
        : sourceName === file.name && source.bytes === file.bytes,
    ) ?? null
  );
}
