import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnlyContext } from './read-only-context';

/**
 * While the open workspace is read-only, what a control that would change it says instead (it
 * is write-protected: save a copy and work there); null while it may be changed. `readOnly`
 * stands in for the context where the workspace is at hand (the shell, above WorkspaceView).
 */
export function useReadOnly(readOnly?: boolean): string | null {
  const { t } = useTranslation();
  const provided = useContext(ReadOnlyContext);
  if (!(readOnly ?? provided)) return null;
  return t('workspace.readOnlyHint', { file: t('workspace.file'), saveAs: t('workspace.saveAs') });
}
