import { createContext, type ReactNode, useContext } from 'react';
import { useErrorDialog } from '../hooks/useErrorDialog';

/** Shows an error to the user: in the UI language, the code and technical message folded under "Details". */
export type ShowError = (err: unknown) => void;

const ErrorContext = createContext<ShowError | null>(null);

/**
 * The one place errors are shown. Components take `useShowError()` from here instead of an
 * `onError` prop threaded through every level; the provider sits inside antd's <App>, whose
 * modal and message it uses.
 */
export function ErrorProvider({ children }: { children: ReactNode }) {
  const show = useErrorDialog();
  return <ErrorContext.Provider value={show}>{children}</ErrorContext.Provider>;
}

/** The error shower of the nearest ErrorProvider. */
export function useShowError(): ShowError {
  const show = useContext(ErrorContext);
  if (!show) throw new Error('useShowError is used outside <ErrorProvider>.');
  return show;
}
