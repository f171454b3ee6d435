import { unzipSync } from 'fflate';
import { AppError } from '../../../shared/errors';

/** Most bytes a zip may inflate to (a "zip bomb" declares far more). */
export const MAX_UNZIPPED_BYTES = 2 * 1024 ** 3;
/** A ratio no real spreadsheet or CSV reaches. */
export const MAX_RATIO = 1000;

export interface ZipEntry {
  name: string;
  size: number;
}

/**
 * Lists a zip's files, or inflates the chosen ones, refusing archives whose declared sizes
 * exceed the limits before anything is inflated (E_ZIP_TOO_LARGE) and damaged ones (E_BAD_ZIP).
 */
export function unzipEntries(
  bytes: Uint8Array,
  want: (name: string) => boolean = () => true,
): { entries: ZipEntry[]; files: Record<string, Uint8Array> } {
  const entries: ZipEntry[] = [];
  let total = 0;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        entries.push({ name: file.name, size: file.originalSize });
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES || (total > 100 * 1024 ** 2 && total > MAX_RATIO * bytes.length)) {
          throw new AppError(
            'E_ZIP_TOO_LARGE',
            'The archive would unpack to far more data than it holds (a "zip bomb"); it was not opened.',
            {
              declaredBytes: total,
            },
          );
        }
        return want(file.name);
      },
    });
    return { entries, files };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('E_BAD_ZIP', `The archive is damaged: ${(err as Error).message}`);
  }
}
