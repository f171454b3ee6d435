import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Path of the better-sqlite3 binary to load (Electron), see native-binding.ts. */
  nativeBinding?: string;
}

/** Opens a SQLite connection with the settings every workspace connection uses. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    nativeBinding: options.nativeBinding,
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('foreign_keys = ON');
    // In WAL mode NORMAL cannot corrupt the file; a power cut may lose only the last commit.
    db.pragma('synchronous = NORMAL');
  }
  return db;
}
