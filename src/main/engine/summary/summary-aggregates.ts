/**
 * What a dataset summarised per customer on import keeps of its orders besides the customers
 * table (in the workspace's dataset settings, under SUMMARY_AGGREGATES_KEY): small tables the
 * Overview and CLV read instead of the order lines. Months are month numbers (year × 12 + month,
 * 0 = January), days UTC day numbers, weekdays 0 = Monday; every row is an array of numbers.
 */
export interface SummaryAggregates {
  /** Per month × cohort (the month of the customers' first purchase): [month, cohort, customers who bought, orders, revenue, revenue of orders after the customer's first purchase day]. */
  months: number[][];
  /** Per month × weekday × hour: [month, weekday, hour, orders, orders with a time of day other than midnight]. */
  hours: number[][];
  /** Per day: [day, customers who bought, customers whose first purchase day it was]. */
  days: number[][];
}

export const SUMMARY_AGGREGATES_KEY = 'summaryAggregates';
