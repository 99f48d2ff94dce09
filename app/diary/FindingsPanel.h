#pragma once

#include "safety/Finding.h"

#include <QFrame>

#include <vector>

class QVBoxLayout;

namespace stilla {

/// What the guide says about the day shown: the safety findings, most severe first, each with
/// a link to its section of the guide. Urgent findings are set apart so they cannot be missed,
/// in calm words. Hidden when there is nothing to say.
class FindingsPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setFindings(const std::vector<Finding>& findings);
    const std::vector<Finding>& findings() const { return m_findings; }

    static QString severityName(Severity severity);

signals:
    /// "Read more in the guide" for the article section @p sectionId.
    void guideSectionRequested(const QString& sectionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QVBoxLayout* m_layout;
    std::vector<Finding> m_findings;
};

} // namespace stilla
