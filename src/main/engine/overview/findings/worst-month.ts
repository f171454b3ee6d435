import type { OverviewRows } from '../overview-rows';
import { monthFinding } from './best-month';
import { completeMonthRevenue, type Days } from './complete-month-revenue';

/** "Your weakest month was February 2011: £447,137, 32 % below the monthly average." */
export const worstMonth = (rows: OverviewRows, period: Days, data: Days) =>
  monthFinding(completeMonthRevenue(rows, period, data), false);
