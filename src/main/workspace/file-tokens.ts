import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { readHead } from '../engine/io/open-byte-stream';

/** Files the user chose (dialog or drop), remembered under tokens: the renderer never names paths. */
export class FileTokens {
  private readonly chosen = new Map<string, string>();

  /** Remembers a file the user chose under a token. */
  register(filePath: string): { token: string; fileName: string } {
    const token = randomUUID();
    this.chosen.set(token, filePath);
    return { token, fileName: basename(filePath) };
  }

  /** A file dropped on the window: checked to be a readable file, then chosen like one from the dialog. */
  drop(filePath: string): { token: string; fileName: string } {
    readHead(filePath, 1);
    return this.register(filePath);
  }

  /** The path behind a token; E_NOT_FOUND when it was forgotten. */
  path(token: string): string {
    const file = this.chosen.get(token);
    if (!file) throw new AppError('E_NOT_FOUND', 'That file is no longer chosen; choose it again.');
    return file;
  }

  forget(token: string): void {
    this.chosen.delete(token);
  }
}
