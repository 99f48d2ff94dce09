#include "ChartExport.h"

#include "ChartBase.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/MessageBox.h"

#include <QBuffer>
#include <QChartView>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>

namespace stilla {

namespace {

/// The chart as a picture, dark on light whatever the appearance on screen (a chart in a
/// document or on paper is read on white), then back in the view's colours.
QImage render(QChartView& view, qreal scale)
{
    auto* chart = qobject_cast<ChartBase*>(view.chart());
    if (chart)
        chart->followPalette(ChartBase::exportPalette());
    const QRect shown = view.viewport()->rect();
    QImage image(shown.size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(ChartBase::exportPalette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // The target in the picture's logical size: by default QGraphicsView::render fills
        // the device's size in pixels, which the ratio then doubled again, so the picture
        // held only the chart's top-left quarter.
        view.render(&painter, QRectF(QPointF(0, 0), shown.size()), shown);
    }
    if (chart)
        chart->followPalette(view.palette());
    return image;
}

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error {ChartExport::tr("Could not save %1: %2. Check that the folder exists and "
                                      "that you may write to it.")
                          .arg(path, file.errorString())};
    }
    return {};
}

} // namespace

Status ChartExport::savePng(QChartView& view, const QString& path)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    render(view, 2.0).save(&buffer, "PNG");
    return writeAtomically(path, png);
}

Status ChartExport::savePdf(QChartView& view, const QString& path, const QString& title)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Stilla"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        QFont font = painter.font();
        font.setPointSize(14);
        font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        const int titleHeight = painter.fontMetrics().height() * 2;
        painter.drawText(QRect(page.left(), page.top(), page.width(), titleHeight),
            Qt::AlignLeft | Qt::AlignVCenter, title);
        const QImage image = render(view, 3.0);
        const QRect target(
            page.left(), page.top() + titleHeight, page.width(), page.height() - titleHeight);
        const QSize fitted = image.size().scaled(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(target.topLeft(), fitted), image);
    }
    return writeAtomically(path, pdf);
}

void ChartExport::copyToClipboard(QChartView& view)
{
    QGuiApplication::clipboard()->setImage(render(view, 2.0));
}

void ChartExport::savePngInteractive(QChartView& view, QWidget* parent)
{
    saveInteractive(parent, QStandardPaths::PicturesLocation, QStringLiteral(".png"),
        tr("PNG pictures (*.png)"), [&view](const QString& path) { return savePng(view, path); });
}

void ChartExport::savePdfInteractive(QChartView& view, const QString& title, QWidget* parent)
{
    saveInteractive(parent, QStandardPaths::DocumentsLocation, QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"),
        [&view, &title](const QString& path) { return savePdf(view, path, title); });
}

void ChartExport::saveInteractive(QWidget* parent, QStandardPaths::StandardLocation folder,
    const QString& suffix, const QString& filter, const std::function<Status(const QString&)>& save)
{
    const QString path = FileDialog::saveFileName(parent, tr("Save the Chart"),
        QStandardPaths::writableLocation(folder) + QLatin1Char('/') + tr("stilla-chart") + suffix,
        filter);
    if (path.isEmpty())
        return;
    if (const Status saved = save(path); !saved)
        MessageBox::inform(parent, QMessageBox::Warning, tr("Saving failed"), saved.errorMessage());
}

} // namespace stilla
