#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace stilla {

/// QFileDialog's open and save questions with a seam for tests, as MessageBox has for
/// questions: setNextPath() makes the next one return that path at once instead of waiting for
/// a person. In unattended mode (tests, and `stilla` run by tests) no dialog ever opens: a
/// question without a path set is cancelled.
class FileDialog
{
public:
    /// The file to open, or empty when the person cancelled.
    static QString openFileName(
        QWidget* parent, const QString& caption, const QString& folder, const QString& filters);
    /// The file to save to, starting from @p suggested, or empty when cancelled. With
    /// @p selectedFilter, the filter the person chose (answered by the seam: the one that
    /// names the path's suffix).
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
        const QString& filters, QString* selectedFilter = nullptr);

    /// The answer to the next question (for tests); an empty path answers "cancel".
    static void setNextPath(const QString& path);
    /// The captions of the questions asked since the last call (for tests).
    static QStringList takeCaptions();
    /// Where those questions started: the folder, or the path suggested (for tests).
    static QStringList takeStartingPoints();
};

} // namespace stilla
