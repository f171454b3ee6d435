import type { Table } from 'apache-arrow';
import type { DatasetKind, RoleMapping } from '../../../../shared/roles';
import type { SummaryPurchaseColumns } from '../../clv/summary-purchases';
import type { ParallelRows } from '../../cluster/parallel-rows';
import type { CustomerFeatures } from '../../features/customer-features';
import type { CustomerTable } from '../../features/customer-table';

/** What a segment run reads: the customers with their fields and features, and the dataset they come from. */
export interface SegmentRunInput {
  /** Every customer's fields (features and attributes); `table.ids` are the customers, in order. */
  table: CustomerTable;
  /** The RFM inputs and purchase features, where the data has them. */
  features: CustomerFeatures | null;
  /** The analysis day, UTC ms (NaN when there is none). */
  analysisDate: number;
  /**
   * The dataset the customers come from; `rows()` reads its rows when a model needs them (CLV models
   * the transactions). `summary`: for a customers table summarised from order lines on import, the
   * columns and the days CLV reads instead of them.
   */
  dataset: {
    kind: DatasetKind;
    roles: RoleMapping;
    rows: () => Table;
    summary?: { columns: SummaryPurchaseColumns; days: () => number[][] } | null;
  };
}

export interface SegmentRunHooks {
  /** Fraction done (0–1) of the model's fit. */
  progress(fraction: number): void;
  /** Throws when the user cancelled. */
  checkCancel(): void;
  /** A second thread for large row work (clustering), when there is one. */
  parallel?: ParallelRows | null;
}
