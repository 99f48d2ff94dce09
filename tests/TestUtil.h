#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <ostream>

// Lets GoogleTest print QStrings in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE

namespace stilla::test {

/// The diary CSV's header line (docs/diary-csv.md), for tests that write a CSV to import.
inline const QByteArray kCsvHeader
    = "date,bedtime_night_before,wake_time,sleep_latency_min,awakenings,sleep_quality,"
      "rls_severity,magnesium_food_mg,magnesium_supplement_mg,"
      "caffeine_servings,exercise_min,notes\n";

/// A temporary folder that must exist for the test to make sense.
inline QString makeTempDir(QTemporaryDir& dir)
{
    EXPECT_TRUE(dir.isValid());
    return dir.path();
}

/// Writes @p content to @p name in @p dir (a test's input file) and returns its path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    EXPECT_EQ(file.write(content), content.size());
    return path;
}

} // namespace stilla::test
