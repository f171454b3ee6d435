import { Tooltip } from 'antd';
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { useReadOnly } from '../hooks/useReadOnly';

/**
 * A control that would change the open workspace (import, rename, delete, a new run, a note…):
 * while the workspace is read-only it is disabled, and its tooltip says why and to save a copy
 * (useReadOnly). `title` is its tooltip otherwise. Views, exports and Save as are not wrapped.
 */
export function WriteAction({
  title,
  children,
}: {
  title?: ReactNode;
  children: ReactElement<{ disabled?: boolean }>;
}) {
  const readOnly = useReadOnly();
  const control = readOnly ? cloneElement(children, { disabled: true }) : children;
  const tip = readOnly ?? title;
  return tip ? <Tooltip title={tip}>{control}</Tooltip> : control;
}
