#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <functional>

class QChartView;
class QWidget;

namespace stilla {

/// Saving and copying a chart as people see it: PNG at twice the screen resolution, a PDF page,
/// or a picture on the clipboard. Files are written atomically.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ChartExport)

public:
    static Status savePng(QChartView& view, const QString& path);
    static Status savePdf(QChartView& view, const QString& path, const QString& title);
    static void copyToClipboard(QChartView& view);

    /// Asks where to save the chart as a PNG picture (in the pictures folder by default) and
    /// saves it there; a failure is shown in a message over @p parent.
    static void savePngInteractive(QChartView& view, QWidget* parent);
    /// The same for a PDF page headed @p title, in the documents folder by default.
    static void savePdfInteractive(QChartView& view, const QString& title, QWidget* parent);

private:
    /// Asks for a path in @p folder, then saves with @p save and shows a failure.
    static void saveInteractive(QWidget* parent, QStandardPaths::StandardLocation folder,
        const QString& suffix, const QString& filter,
        const std::function<Status(const QString&)>& save);
};

} // namespace stilla
