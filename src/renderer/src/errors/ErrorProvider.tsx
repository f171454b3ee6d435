import { createContext, type ReactNode, type RefObject, useContext, useEffect, useRef } from 'react';
import { useErrorDialog } from '../hooks/useErrorDialog';
import type { ImportInstead } from './import-instead';
import type { MapRole } from './map-role';

/** Shows an error to the user: in the UI language, the code and technical message folded under "Details". */
export type ShowError = (err: unknown) => void;

const ErrorContext = createContext<ShowError | null>(null);
const ImportInsteadContext = createContext<RefObject<ImportInstead | null> | null>(null);
const MapRoleContext = createContext<RefObject<MapRole | null> | null>(null);

/**
 * The one place errors are shown. Components take `useShowError()` from here instead of an
 * `onError` prop threaded through every level; the provider sits inside antd's <App>, whose
 * modal and message it uses.
 */
export function ErrorProvider({ children }: { children: ReactNode }) {
  const importInstead = useRef<ImportInstead | null>(null);
  const mapRole = useRef<MapRole | null>(null);
  const show = useErrorDialog(importInstead, mapRole);
  return (
    <ImportInsteadContext.Provider value={importInstead}>
      <MapRoleContext.Provider value={mapRole}>
        <ErrorContext.Provider value={show}>{children}</ErrorContext.Provider>
      </MapRoleContext.Provider>
    </ImportInsteadContext.Provider>
  );
}

/** The error shower of the nearest ErrorProvider. */
export function useShowError(): ShowError {
  const show = useContext(ErrorContext);
  if (!show) throw new Error('useShowError is used outside <ErrorProvider>.');
  return show;
}

/** Sets what the error dialog's "Import it into a new workspace instead" does while the caller is mounted. */
export function useImportInstead(handler: ImportInstead): void {
  const ref = useContext(ImportInsteadContext);
  if (!ref) throw new Error('useImportInstead is used outside <ErrorProvider>.');
  useEffect(() => {
    ref.current = handler;
    return () => {
      ref.current = null;
    };
  });
}

/** Sets what a missing-role error's "Choose the column for …" button does (open the dataset's meanings) while the caller is mounted. */
export function useMapRole(handler: MapRole): void {
  const ref = useContext(MapRoleContext);
  if (!ref) throw new Error('useMapRole is used outside <ErrorProvider>.');
  useEffect(() => {
    ref.current = handler;
    return () => {
      ref.current = null;
    };
  });
}

/** Opens a dataset's column meanings for roles (what a missing-role error's button does), when the workspace view is there to open them. */
export function useOpenMeanings(): MapRole {
  const ref = useContext(MapRoleContext);
  if (!ref) throw new Error('useOpenMeanings is used outside <ErrorProvider>.');
  return (place) => ref.current?.(place);
}
