#pragma once

#include "DiaryCommand.h"
#include "core/labs/LabResult.h"

#include <QDate>

#include <optional>

namespace stilla {

class DiaryStore;

/// Saves or removes the blood test results of one date, undoably.
class LabResultCommand final : public DiaryCommand
{
public:
    /// @p before: the date's results as stored (nullopt: none); @p after: as they are to be
    /// (nullopt: remove them). Both of @p date.
    LabResultCommand(DiaryStore& store, const QDate& date, std::optional<LabResult> before,
        std::optional<LabResult> after, const QString& text);

protected:
    Status write(bool forward) override;

private:
    DiaryStore& m_store;
    QDate m_date;
    std::optional<LabResult> m_before;
    std::optional<LabResult> m_after;
};

} // namespace stilla
