import { TableOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTable } from '../charts/chart-table';

/** A chart's numbers as a table behind "Show data table": a focusable region, captioned with the chart's title. */
export function ChartDataTable({ table, title }: { table: ChartTable; title: string }) {
  const { t } = useTranslation();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <>
      <Button
        type="link"
        size="small"
        className="chart-table-toggle"
        icon={<TableOutlined />}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((s) => !s)}
        data-testid="chart-table-toggle"
      >
        {showTable ? t('chart.hideTable') : t('chart.showTable')}
      </Button>
      <div
        id={tableId}
        className="chart-table"
        hidden={!showTable}
        tabIndex={showTable ? 0 : -1}
        role="region"
        aria-label={t('chart.tableOf', { title })}
      >
        {showTable && (
          <table data-testid="chart-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
