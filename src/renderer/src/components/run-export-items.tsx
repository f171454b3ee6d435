import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { SqlRefusal } from './sql-export/sql-refusal';

/** What the export menu's items do: open the customer-list dialog, write the summary, open the report dialog, open the SQL dialog. */
export interface RunExportActions {
  members(): void;
  summary(format: 'csv' | 'xlsx'): void;
  report(): void;
  /** The SQL export, where the page knows the run's dataset; shown disabled with the reason when refused. */
  sql?: { open(): void; refusal: SqlRefusal | null };
}

/** The SQL item: "Export as SQL…", or the same disabled with one line saying why this run cannot be. */
function sqlItem(t: TFunction, sql: NonNullable<RunExportActions['sql']>): NonNullable<MenuProps['items']>[number] {
  const { refusal } = sql;
  return {
    key: 'sql',
    disabled: refusal !== null,
    label: (
      <span data-testid="export-sql-open">
        {t('sqlExport.menu')}
        {refusal && (
          <span className="menu-item-why" data-testid="export-sql-why">
            {t(`sqlExport.why_${refusal.reason}`, { field: refusal.field })}
          </span>
        )}
      </span>
    ),
    onClick: sql.open,
  };
}

/** A run's export menu: the customer list, the segment summary as CSV or XLSX, the report, and the run as SQL. */
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
    ...(actions.sql ? [sqlItem(t, actions.sql)] : []),
  ];
}
