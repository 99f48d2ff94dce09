#pragma once

#include "core/safety/Finding.h"

#include <QFrame>
#include <QSet>

#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace stilla {

/// What the guide says about the day shown: the safety findings, most severe first, one
/// compact line per cause (findings about the same amount are told once, see
/// SafetyEngine::group()), each with its details on demand and a link to its section of the
/// guide. Urgent findings are set apart so they cannot be missed: highlighted, in bold and
/// with their details open. The panel never grows above its height limit (about a quarter of
/// the page); beyond that it scrolls inside. Hidden when there is nothing to say.
///
/// Every text is made from the findings when it is shown and again on a language change, so
/// nothing stays in the language it was first shown in.
class FindingsPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setFindings(const std::vector<Finding>& findings);
    /// Every finding, as given (one per rule).
    const std::vector<Finding>& findings() const { return m_findings; }
    /// The lines shown: one per cause, most severe first.
    const std::vector<FindingGroup>& groups() const { return m_groups; }
    /// The tallest the panel may be, in pixels; it scrolls inside beyond that.
    void setHeightLimit(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// "Read more in the guide" for the article section @p sectionId.
    void guideSectionRequested(const QString& sectionId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Row
    {
        QFrame* frame = nullptr;
        QLabel* icon = nullptr;
        QLabel* severity = nullptr;
        QLabel* summary = nullptr;
        QToolButton* detailsButton = nullptr;
        QPushButton* guideButton = nullptr;
        QLabel* details = nullptr;
    };
    Row makeRow(std::size_t index, int iconSize);

    void rebuild();
    /// Sets every text and colour of the rows from the findings, in the current language.
    void retranslate();
    /// Puts the lines' buttons in the focus chain where the panel is.
    void updateTabOrder();
    /// The rows' tints and icons, after the appearance changed.
    void updateColours();
    void setExpanded(std::size_t index, bool expanded);
    bool isExpanded(const FindingGroup& group) const;
    /// The height of the lines at @p width: all of them, or when they are taller than the
    /// limit, as many whole lines as fit (at least the first), so that no line is cut, and
    /// the line that says how many more there are.
    int linesHeight(int width) const;
    /// The width the lines have now.
    int linesWidth() const;
    /// True when the lines at @p width are taller than the limit, so that they scroll.
    bool overflows(int width) const;
    int moreLineHeight() const;
    /// Says how many lines are below the part shown.
    void updateMore();

    QScrollArea* m_scrollArea;
    QWidget* m_content;
    QVBoxLayout* m_layout;
    QLabel* m_moreLabel; ///< "2 more safety notes below", while some are scrolled out of view
    std::vector<Finding> m_findings;
    std::vector<FindingGroup> m_groups;
    std::vector<Row> m_rows;
    QSet<QString> m_opened; ///< causes whose details the person opened
    QSet<QString> m_closed; ///< urgent causes whose details the person closed
    int m_heightLimit = QWIDGETSIZE_MAX;
};

} // namespace stilla
