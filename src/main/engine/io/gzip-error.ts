import { AppError } from '../../../shared/errors';

/**
 * A gzip stream's failure as the user's error: the stream ends before its end (a file cut short
 * by a download or a copy) is E_GZIP_TRUNCATED, bytes that do not inflate or fail the checksum are
 * E_BAD_GZIP; null for any other error (zlib names these with its Z_BUF_ERROR and Z_DATA_ERROR codes).
 */
export function gzipError(err: unknown): AppError | null {
  const { code, message } = err as NodeJS.ErrnoException;
  if (code === 'Z_BUF_ERROR')
    return new AppError('E_GZIP_TRUNCATED', `The compressed file ends early: ${message}`, { zlib: code });
  if (code === 'Z_DATA_ERROR')
    return new AppError('E_BAD_GZIP', `The compressed file's data is corrupt: ${message}`, { zlib: code });
  return null;
}
