#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class QChartView;

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
};

} // namespace stilla
