// The self-experiment's adherence: counted over the days logged, per phase too.
#include "core/experiment/ExperimentResult.h"
#include "tests/core/ExperimentDiaries.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace stilla {
namespace {

using test::plan;
using test::series;

TEST(ExperimentResultTest, ADayWithNothingLoggedIsNotCountedAsKeptToThePlan)
{
    // A day with nothing in the diary says nothing about the plan: counted as "no supplement",
    // it made the A phases look kept and the B phases look missed.
    const ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3);
    DailySeries s = series(p, 56, false);
    for (DailyPoint& point : s.days) {
        if (p.start.daysTo(point.date) % 2 == 1)
            point = DailyPoint {point.date, {}, {}, {}, {}, {}, {}, {}}; // every other day blank
    }
    const ExperimentResult r = ExperimentResult::compute(p, s, p.plannedEnd());
    EXPECT_EQ(r.daysLoggedA, 14); // of 28 A days, every other one blank
    EXPECT_EQ(r.daysLoggedB, 14);
    int logged = 0;
    int kept = 0;
    for (const ExperimentResult::Phase& phase : r.phases) {
        EXPECT_EQ(phase.daysLogged, 7) << phase.phase;
        logged += phase.daysLogged;
        kept += phase.daysKept;
    }
    EXPECT_EQ(logged, 28);
    EXPECT_NEAR(*r.adherenceA + *r.adherenceB, double(kept) / 14, 1e-12);
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    EXPECT_TRUE(r.describeAdherence().contains(QStringLiteral("of the B days (14), none on")))
        << r.describeAdherence().toStdString();
    QLocale::setDefault(previous);
}

} // namespace
} // namespace stilla
