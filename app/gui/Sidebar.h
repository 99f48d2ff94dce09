#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace stilla {

/// The main window's left column: one row per page, with its icon and title, and "About
/// Stilla" at the foot. It only shows and reports the choice; the window decides whether the
/// page may change (the diary may hold changes that cannot be saved yet).
class Sidebar final : public QWidget
{
    Q_OBJECT

public:
    /// One row per icon name, in page order.
    explicit Sidebar(const QStringList& iconNames, QWidget* parent = nullptr);

    /// The rows' titles in the current language, in page order. The first four rows are
    /// reached with Ctrl+1 to Ctrl+4, which their tooltips say.
    void setPageTitles(const QStringList& titles);
    int currentRow() const;
    /// Marks @p row as the current page without reporting it as a choice.
    void showRow(int row);
    /// Chooses @p row as if the person had: rowChosen() follows when it was not current yet.
    void chooseRow(int row);

signals:
    /// The person chose the page in @p row.
    void rowChosen(int row);
    void aboutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QListWidget* m_navigation;
    QToolButton* m_aboutButton;
};

} // namespace stilla
