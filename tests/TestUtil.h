#pragma once

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

/// A temporary folder that must exist for the test to make sense.
inline QString makeTempDir(QTemporaryDir& dir)
{
    EXPECT_TRUE(dir.isValid());
    return dir.path();
}

} // namespace stilla::test
