#pragma once

#include <QDate>
#include <QDateTime>

namespace stilla {

/// Where "now" comes from. Pass a Clock to anything that needs today's date, so tests can
/// pin the date with FixedClock instead of depending on when they run.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

/// The real wall clock, in local time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that says what it is told; for tests and for the demo diary.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace stilla
