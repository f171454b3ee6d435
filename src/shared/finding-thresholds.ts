/**
 * The thresholds of the Overview's findings (engine/overview/findings), in one place: the rules
 * read them, and the method text (findingsMethod) says them to people.
 */
export const FINDING_THRESHOLDS = {
  /** At most this many findings are shown, the most important first. */
  shown: 6,
  /** Concentration: the share of customers looked at, and the fewest customers in the period. */
  concentrationTop: 0.2,
  concentrationCustomers: 50,
  /** Regulars slipping away: at least this many orders in the year before the analysis day … */
  regularOrders: 3,
  /** … on average fewer than this many days apart … */
  regularGap: 31,
  /** … and none in the last this many days; the finding needs at least `slippingCustomers` of them. */
  slippingDays: 90,
  slippingCustomers: 5,
  /** The year looked back on: the window the regulars are counted in, and "last year". */
  yearDays: 365,
  /** First-time buyers who come back within this many days; at least this many buyers per year compared. */
  repeatDays: 90,
  repeatBuyers: 30,
  /** New customers: the last this many complete months against as many before; at least this many before. */
  trendMonths: 3,
  trendCustomers: 20,
  /** A change smaller than this (either way) is "about the same". */
  steadyChange: 0.05,
  /** Best and worst month: among at least this many complete months. */
  months: 6,
  /** Returning revenue: at least this many customers buying in the period. */
  returningCustomers: 30,
  /** A change in a share smaller than this (in points) is "about the same". */
  steadyPoints: 0.02,
  /** Cohorts: retention in this month after the first purchase … */
  cohortMonth: 3,
  /** … of cohorts of at least this many customers, at least `cohortCount` of them … */
  cohortSize: 30,
  cohortCount: 4,
  /** … differing from the others by at least this many points, and by more than chance (|z| ≥ cohortZ). */
  cohortPoints: 0.05,
  cohortZ: 2,
} as const;
