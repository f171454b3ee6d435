import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';

/** What the export menu's items do: open the customer-list dialog, write the summary, open the report dialog. */
export interface RunExportActions {
  members(): void;
  summary(format: 'csv' | 'xlsx'): void;
  report(): void;
}

/** A run's export menu: the customer list, the segment summary as CSV or XLSX, and the report. */
export function runExportItems(t: TFunction, actions: RunExportActions): NonNullable<MenuProps['items']> {
  return [
    {
      key: 'members',
      label: <span data-testid="export-members-open">{t('export.members')}</span>,
      onClick: actions.members,
    },
    {
      key: 'summaryCsv',
      label: <span data-testid="export-summary-csv">{t('export.summaryCsv')}</span>,
      onClick: () => actions.summary('csv'),
    },
    {
      key: 'summaryXlsx',
      label: <span data-testid="export-summary-xlsx">{t('export.summaryXlsx')}</span>,
      onClick: () => actions.summary('xlsx'),
    },
    { type: 'divider' },
    {
      key: 'report',
      label: <span data-testid="export-report-open">{t('export.report')}</span>,
      onClick: actions.report,
    },
  ];
}
