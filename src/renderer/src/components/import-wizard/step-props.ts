import type { ImportSettings, InspectResult } from '../../../../shared/import-settings';

export interface StepProps {
  result: InspectResult;
  settings: ImportSettings;
  update(change: Partial<ImportSettings>): void;
}
