"""Reference values for ExperimentResultTest (tests/core/ExperimentTest.cpp): two planned
self-experiments on made-up diaries, analysed as docs/statistics.md says, with statsmodels
(Debian 12: python3-statsmodels 0.13.5, NumPy 1.24.2):

    OLS(y, add_constant(B)).fit(cov_type='HAC', cov_kwds={'maxlags': L}, use_t=True)

with L = floor(4 * (n / 100) ** (2 / 9)). The schedule is worked out here independently of the
C++ code. Run: /usr/bin/python3 tests/data/stats/experiment_reference.py
"""
import datetime

import numpy as np
import statsmodels.api as sm


def schedule(start, pattern, phase_days, washout, pauses, date):
    """(phase, arm, washout) for date, or None when not in a phase."""
    index = (date - start).days
    if index < 0:
        return None
    for since, until in pauses:
        if date >= since:
            if date < until:
                return None
            index -= (until - since).days
    phase = index // phase_days
    if phase >= len(pattern):
        return None
    day = index % phase_days + 1
    return phase, pattern[phase], day <= washout


def noise(i):
    return ((i * 37 + 11) % 7) - 3


def streak(i):
    return ((i // 5) % 3) - 1


def supplement_logged(i, with_magnesium):
    """The made-up diaries log the supplement on B days except every 13th day, and once on an
    A day (the 30th)."""
    return (with_magnesium and i % 13 != 0) or (not with_magnesium and i == 30)


def analyse(name, start, pattern, phase_days, washout, pauses, outcome_of, night, days):
    rows = []
    kept = {"A": [0, 0], "B": [0, 0]}
    for i in range(days):
        date = start + datetime.timedelta(days=i)
        where = schedule(start, pattern, phase_days, washout, pauses, date)
        if where is None:
            continue
        logged = supplement_logged(i, where[1] == "B")
        kept[where[1]][0] += 1
        kept[where[1]][1] += logged if where[1] == "B" else not logged
        if where[2]:
            continue
        value = outcome_of(i + (1 if night else 0), where[1] == "B")
        if value is None:
            continue
        rows.append((where[0], where[1], value))
    y = np.array([v for _, _, v in rows], dtype=float)
    b = np.array([1.0 if arm == "B" else 0.0 for _, arm, _ in rows])
    n = len(y)
    lags = int(np.floor(4 * (n / 100) ** (2 / 9)))
    fit = sm.OLS(y, sm.add_constant(b)).fit(cov_type="HAC", cov_kwds={"maxlags": lags},
                                            use_t=True)
    low, high = fit.conf_int(0.05)[1]
    print(name)
    print("  n_a %d n_b %d maxlags %d" % ((b == 0).sum(), (b == 1).sum(), lags))
    print("  mean_a %.17g mean_b %.17g" % (y[b == 0].mean(), y[b == 1].mean()))
    print("  difference %.17g se %.17g" % (fit.params[1], fit.bse[1]))
    print("  ci95 %.17g %.17g" % (low, high))
    print("  adherence_a %d/%d adherence_b %d/%d" % (kept["A"][1], kept["A"][0], kept["B"][1],
                                                     kept["B"][0]))
    # The per-phase chart: each phase's analysed days and their mean, in phase order.
    for phase in sorted({p for p, _, _ in rows}):
        values = np.array([v for p, _, v in rows if p == phase], dtype=float)
        print("  phase %d %s n %d mean %.17g" % (phase + 1, pattern[phase], len(values),
                                                  values.mean()))


# 1. ABAB, 14-day phases, 3 washout days, RLS severity of the same day; some days not logged.
def severity(i, with_magnesium):
    if i % 11 == 5:
        return None
    value = 6 + streak(i) + noise(i) // 2 - (2 if with_magnesium else 0)
    return float(min(10, max(0, value)))


analyse("severity ABAB 14/3", datetime.date(2024, 1, 1), "ABAB", 14, 3, [], severity, False,
        56)

# 2. ABBA, 7-day phases, 2 washout days, total sleep of the night after, paused for 3 days
#    from 2024-05-10 (the 10th day), so the schedule ends 3 days later.
START2 = datetime.date(2024, 5, 1)


def total_sleep(i, with_magnesium):
    # i is the day the night is stored on; the arm is that of the day before it.
    if i % 9 == 4:
        return None
    return 420.0 + 10 * noise(i) + 5 * streak(i) + (12 if with_magnesium else 0)


def total_sleep_of_night(i_night_stored, with_magnesium):
    return total_sleep(i_night_stored, with_magnesium)


analyse("total sleep ABBA 7/2 paused", START2, "ABBA", 7, 2,
        [(datetime.date(2024, 5, 10), datetime.date(2024, 5, 13))], total_sleep_of_night, True,
        31)
