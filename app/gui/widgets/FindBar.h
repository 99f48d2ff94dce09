#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace stilla {

/// A find-as-you-type bar: Enter goes to the next hit, Shift+Enter to the previous one,
/// Escape closes. It only reports what the user wants; the owner does the searching and
/// tells it the result with setResult().
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    QString query() const;
    /// Shows and focuses the bar, selecting any text already typed.
    void activate();
    /// "3 of 7", "No matches" or nothing for an empty query.
    void setResult(int current, int total);
    QString resultText() const;

signals:
    void queryChanged(const QString& query);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void close();

    QLineEdit* m_edit;
    QLabel* m_resultLabel;
    QToolButton* m_previousButton;
    QToolButton* m_nextButton;
    QToolButton* m_closeButton;
    int m_current = 0;
    int m_total = 0;
};

} // namespace stilla
