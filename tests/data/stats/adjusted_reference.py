"""Reference values for StatsAdjustedTest (tests/core/StatisticsTest.cpp): the lag-1
autocorrelations, the effective numbers of days and the adjusted intervals of docs/statistics.md,
computed with NumPy and SciPy (Debian 12: python3-scipy 1.10.1, python3-numpy 1.24.2).

Run: /usr/bin/python3 tests/data/stats/adjusted_reference.py
"""
import datetime

import numpy as np
from scipy import stats

# 30 days from 2024-03-01; None = not logged. Magnesium runs in streaks (a supplement taken
# for a week at a time), severity follows slowly.
MAGNESIUM = [150, 160, 140, 450, 470, 460, 480, 440, None, 150, 170, 160, 455, 465, 470,
             475, 160, 150, 140, 160, 450, 460, None, 470, 480, 150, 160, 170, 150, 160]
SEVERITY = [7, 7, 6, 5, 4, 4, 3, 4, 5, 6, 7, 7, 6, 5, 4, None, 4, 5, 6, 7, 6, 5, 4, 4, 3, 4,
            5, 6, 7, 7]
START = datetime.date(2024, 3, 1)


def lag_one(dates, values):
    today, tomorrow = [], []
    for i in range(len(dates) - 1):
        if (dates[i + 1] - dates[i]).days == 1:
            today.append(values[i])
            tomorrow.append(values[i + 1])
    if len(today) < 3 or np.std(today) == 0 or np.std(tomorrow) == 0:
        return 0.0
    return stats.pearsonr(today, tomorrow)[0]


def fisher(r, n):
    z, q = np.arctanh(r), stats.norm.ppf(0.975)
    se = 1 / np.sqrt(n - 3)
    return np.tanh(z - q * se), np.tanh(z + q * se)


def relationship():
    dates, x, y = [], [], []
    for i, (mg, sev) in enumerate(zip(MAGNESIUM, SEVERITY)):  # lag 0, severity
        if mg is not None and sev is not None:
            dates.append(START + datetime.timedelta(days=i))
            x.append(mg)
            y.append(sev)
    n = len(x)
    r = stats.pearsonr(x, y)[0]
    ax, ay = lag_one(dates, x), lag_one(dates, y)
    n_eff = min(n, n * (1 - ax * ay) / (1 + ax * ay))
    print("relationship n", n, "r %.17g" % r)
    print("  plain %.17g %.17g" % fisher(r, n))
    print("  ax %.17g ay %.17g n_eff %.17g" % (ax, ay, n_eff))
    print("  adjusted %.17g %.17g" % fisher(r, n_eff))


def welch(first, second, n1, n2):
    v1, v2 = np.var(first, ddof=1), np.var(second, ddof=1)
    a, b = v1 / n1, v2 / n2
    se = np.sqrt(a + b)
    df = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
    t = stats.t.ppf(0.975, df)
    d = np.mean(second) - np.mean(first)
    return d - t * se, d + t * se


def comparison():
    groups = {False: ([], []), True: ([], [])}
    for i, (mg, sev) in enumerate(zip(MAGNESIUM, SEVERITY)):
        if mg is None or sev is None:
            continue
        supplement = mg > 300  # the test logs a supplement on these days
        groups[supplement][0].append(START + datetime.timedelta(days=i))
        groups[supplement][1].append(sev)
    (d1, first), (d2, second) = groups[False], groups[True]
    a1, a2 = max(0.0, lag_one(d1, first)), max(0.0, lag_one(d2, second))
    n1 = len(first) * (1 - a1) / (1 + a1)
    n2 = len(second) * (1 - a2) / (1 + a2)
    print("comparison n", len(first), len(second))
    print("  plain %.17g %.17g" % welch(first, second, len(first), len(second)))
    print("  check scipy welch: %s" % (stats.ttest_ind(second, first, equal_var=False),))
    print("  a1 %.17g a2 %.17g n1 %.17g n2 %.17g" % (a1, a2, n1, n2))
    print("  adjusted %.17g %.17g" % welch(first, second, n1, n2))


relationship()
comparison()
