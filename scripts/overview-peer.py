#!/usr/bin/python3
"""overview-peer.py: pandas' computation of the Overview's monthly trend and cohort matrix, for `npm run bench`.

    /usr/bin/python3 scripts/overview-peer.py --data /tmp/benchdata [--reps 3]

On transactions.csv loaded once (read_csv is not timed, as the app's side starts from the dataset
in memory): per month the revenue, the orders (distinct order ids), the new customers (first
purchase in the month) and the returning ones; the cohort matrix (customers by the month of their
first purchase x months since: how many bought, and their revenue). Prints one line:
task=overview seconds=<median> runs=<each> months=… cohorts=… active_sum=… revenue_sum=… orders_sum=…
"""
import argparse
import os
import statistics
import time

import pandas as pd

ap = argparse.ArgumentParser()
ap.add_argument("--data", default="/tmp/benchdata")
ap.add_argument("--reps", type=int, default=3)
a = ap.parse_args()

tx = pd.read_csv(os.path.join(a.data, "transactions.csv"), parse_dates=["order_date"])


def overview():
    d = tx["order_date"]
    month = d.dt.year * 12 + d.dt.month - 1
    t = pd.DataFrame({"customer_id": tx["customer_id"], "order_id": tx["order_id"], "amount": tx["amount"],
                      "month": month})
    cohort = t.groupby("customer_id")["month"].transform("min")
    t["cohort"] = cohort
    t["k"] = t["month"] - cohort
    trend = t.groupby("month").agg(revenue=("amount", "sum"), orders=("order_id", "nunique"),
                                   active=("customer_id", "nunique"))
    cm = t[["customer_id", "month", "cohort", "k"]].drop_duplicates(["customer_id", "month"])
    trend["new"] = cm[cm["k"] == 0].groupby("month").size()
    trend["returning"] = trend["active"] - trend["new"].fillna(0)
    active = cm.groupby(["cohort", "k"]).size().unstack(fill_value=0)
    revenue = t.groupby(["cohort", "k"])["amount"].sum().unstack(fill_value=0)
    return trend, active, revenue


runs = []
for _ in range(a.reps):
    t0 = time.perf_counter()
    trend, active, revenue = overview()
    runs.append(time.perf_counter() - t0)
print(f"task=overview seconds={statistics.median(runs):.3f} runs={','.join(f'{r:.3f}' for r in runs)} "
      f"months={len(trend)} cohorts={len(active)} active_sum={int(active.to_numpy().sum())} "
      f"revenue_sum={trend['revenue'].sum():.2f} orders_sum={int(trend['orders'].sum())}", flush=True)
