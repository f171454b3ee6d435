import { createContext } from 'react';

/** Whether the open workspace is read-only (its file or folder is write-protected); WorkspaceView provides it. */
export const ReadOnlyContext = createContext(false);
