#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QVBoxLayout;

namespace stilla {

/// Base of the main window's pages: a title and an intro line at the top, the page's own
/// content below, and retranslation when the language changes at run time.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget* parent = nullptr);

protected:
    /// Called once from the subclass constructor after it has built its widgets, and again on
    /// every language change. Subclasses set all their texts here.
    virtual void retranslate() = 0;

    void setHeader(const QString& title, const QString& intro);
    /// Layout for the page's content, below the header.
    QVBoxLayout* contentLayout() const { return m_contentLayout; }
    /// The row of the page title: widgets added here stand to the right of the title.
    QHBoxLayout* headerLayout() const { return m_headerLayout; }

    void changeEvent(QEvent* event) override;

private:
    QLabel* m_titleLabel;
    QLabel* m_introLabel;
    QVBoxLayout* m_contentLayout;
    QHBoxLayout* m_headerLayout;
};

} // namespace stilla
