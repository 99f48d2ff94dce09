"""Reference values for TrendBucketsTest (tests/core/TrendBucketsTest.cpp): the means and the
middle half (25th and 75th percentiles, numpy.percentile's default linear method) of the trend
chart's weekly and four-weekly buckets, computed with NumPy (Debian 12: python3-numpy 1.24.2).

Buckets follow the calendar: a week is Monday to Sunday, four weeks are counted from Monday
1 January 2001, so a range that starts within a week or four weeks has a shorter first bucket.
The days are indexed from the range's first day; their values depend only on the index.

Run: /usr/bin/python3 tests/data/stats/trend_buckets_reference.py
"""
import datetime

import numpy as np

CALENDAR_START = datetime.date(2001, 1, 1)  # a Monday


def severity(i):  # missing on every fifth day
    return None if i % 5 == 4 else float((i * 7) % 11)


def quality(i):
    return float(1 + (i * 3) % 5)


def hours(i):  # hours asleep, missing on every sixth day
    return None if i % 6 == 5 else 5 + ((i * 5) % 9) / 2


def moving_average(values, window=7):
    out = []
    for i in range(len(values)):
        logged = [v for v in values[max(0, i - window + 1):i + 1] if v is not None]
        out.append(sum(logged) / len(logged) if logged else None)
    return out


def bucket(values, start, size):
    logged = [v for v in values[start:start + size] if v is not None]
    if not logged:
        return None
    return (len(logged), np.mean(logged), np.percentile(logged, 25), np.percentile(logged, 75))


def show(name, days, size, starts, average=False):
    sev = [severity(i) for i in range(days)]
    qual = [quality(i) for i in range(days)]
    sleep = [hours(i) for i in range(days)]
    if average:
        sev, qual, sleep = moving_average(sev), moving_average(qual), moving_average(sleep)
    for start in starts:
        print(name, start, "severity", bucket(sev, start, size), "quality", bucket(qual, start, size),
              "hours", bucket(sleep, start, size))


def calendar_buckets(first, days, size):
    """[start, end) day indices of each bucket, by the dates' place in the calendar."""
    period = [((first + datetime.timedelta(days=i)) - CALENDAR_START).days // size
              for i in range(days)]
    starts = [i for i in range(days) if i == 0 or period[i] != period[i - 1]]
    return list(zip(starts, starts[1:] + [days]))


def show_calendar(name, first, days, size, which):
    sev = [severity(i) for i in range(days)]
    qual = [quality(i) for i in range(days)]
    sleep = [hours(i) for i in range(days)]
    buckets = calendar_buckets(first, days, size)
    print(name, "from", first, "buckets", len(buckets))
    for index in which:
        start, end = buckets[index]
        print(" bucket", index, "days", start, "to", end - 1, "severity",
              bucket(sev, start, end - start), "quality", bucket(qual, start, end - start),
              "hours", bucket(sleep, start, end - start))


show("weekly", 130, 7, [0, 7, 126])
show("four-weekly", 800, 28, [0, 784])
show("weekly, 7-day average", 130, 7, [0, 126], average=True)
show_calendar("weekly from a Thursday", datetime.date(2024, 1, 4), 130, 7, [0, 1, -1])
show_calendar("four-weekly from within four weeks", datetime.date(2024, 1, 18), 800, 28,
              [0, 1, -1])
