import { Button, Typography } from 'antd';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { missingRolesOf } from '../../../shared/missing-role';
import type { MapRole } from './map-role';

interface MissingRoleProps {
  error: unknown;
  mapRole: RefObject<MapRole | null>;
  /** Before the place opens (the dialog closes). */
  onMap(): void;
  /** What the dialog says of any other error. */
  children: ReactNode;
}

/**
 * The error dialog's words for a missing role: the roles named in the UI language, and a button
 * that opens the place to map them (the dataset's column meanings) when the error names its dataset.
 */
export function MissingRole({ error, mapRole, onMap, children }: MissingRoleProps) {
  const { t } = useTranslation();
  const missing = missingRolesOf(error);
  if (!missing) return children;
  if (missing.source === 'matchFile')
    return (
      <Typography.Paragraph data-testid="missing-role">
        {t('matchFile.noColumn', { columns: (missing.columns ?? []).join(', ') })}
      </Typography.Paragraph>
    );
  const roles = missing.source
    ? missing.roles.map((r) => t(`meanings.campaignColumns.${r}`)).join(', ')
    : missing.roles.map((r) => t(`roles.${r}`)).join(', ');
  const { datasetId } = missing;
  if (missing.source === 'campaignFile')
    return (
      <Typography.Paragraph data-testid="missing-role">{t('meanings.missingInFile', { roles })}</Typography.Paragraph>
    );
  return (
    <>
      <Typography.Paragraph data-testid="missing-role">{t('meanings.missing', { roles })}</Typography.Paragraph>
      {datasetId !== undefined && mapRole.current && (
        <Typography.Paragraph>
          <Button
            type="primary"
            data-testid="map-role"
            onClick={() => {
              onMap();
              mapRole.current?.({ datasetId, roles: missing.roles });
            }}
          >
            {t('meanings.mapButton', { roles })}
          </Button>
        </Typography.Paragraph>
      )}
    </>
  );
}
