#include "WrappingLabel.h"

#include <algorithm>

namespace stilla {

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrappingLabel::setFollowsLayoutWidth(bool follows)
{
    if (follows == m_followsLayoutWidth)
        return;
    m_followsLayoutWidth = follows;
    updateGeometry();
}

QSize WrappingLabel::sizeHint() const
{
    const QSize natural = QLabel::sizeHint();
    if (!m_followsLayoutWidth)
        return natural;
    // The height stays QLabel's: layouts ask the height for the width they give (heightForWidth).
    return {std::min(natural.width(), minimumSizeHint().width()), natural.height()};
}

WrappingLabel::Inputs WrappingLabel::currentInputs() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), logicalDpiY(), textFormat(),
        alignment(), wordWrap()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Inputs inputs = currentInputs();
    if (!(inputs == m_inputs)) {
        m_inputs = std::move(inputs);
        m_answers.fill({});
        m_next = 0;
    }
    const auto known = std::find_if(m_answers.begin(), m_answers.end(),
        [width](const Answer& answer) { return answer.width == width; });
    if (known != m_answers.end())
        return known->height;
    const int height = QLabel::heightForWidth(width);
    m_answers.at(m_next) = {width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

} // namespace stilla
