#include "FileDialog.h"

#include "MessageBox.h"

#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace stilla {

namespace {

std::optional<QString>& nextPath()
{
    static std::optional<QString> path;
    return path;
}

QStringList& captions()
{
    static QStringList asked;
    return asked;
}

QStringList& startingPoints()
{
    static QStringList shown;
    return shown;
}

/// The seam's answer, if it has one or if no person is there to ask.
std::optional<QString> answered(const QString& caption, const QString& startingPoint)
{
    captions() << caption;
    startingPoints() << startingPoint;
    if (nextPath()) {
        const QString path = *nextPath();
        nextPath().reset();
        return path;
    }
    if (MessageBox::isUnattended())
        return QString();
    return std::nullopt;
}

} // namespace

QString FileDialog::openFileName(
    QWidget* parent, const QString& caption, const QString& folder, const QString& filters)
{
    if (const auto path = answered(caption, folder))
        return *path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filters);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
    const QString& filters, QString* selectedFilter)
{
    if (const auto path = answered(caption, suggested)) {
        if (selectedFilter) {
            const QString pattern = QStringLiteral("*.") + QFileInfo(*path).suffix();
            const QStringList all = filters.split(QStringLiteral(";;"));
            for (const QString& filter : all) {
                if (filter.contains(pattern, Qt::CaseInsensitive)) {
                    *selectedFilter = filter;
                    break;
                }
            }
        }
        return *path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filters, selectedFilter);
}

void FileDialog::setNextPath(const QString& path)
{
    nextPath() = path;
}

QStringList FileDialog::takeCaptions()
{
    return std::exchange(captions(), {});
}

QStringList FileDialog::takeStartingPoints()
{
    return std::exchange(startingPoints(), {});
}

} // namespace stilla
