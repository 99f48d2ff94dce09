// A VerticalScrollArea cannot be scrolled sideways, so it is never narrower than the least its
// content needs, and follows that least when the content changes.
#include "app/gui/widgets/VerticalScrollArea.h"

#include "UserInput.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace stilla {
namespace {

TEST(VerticalScrollAreaTest, IsNeverNarrowerThanItsContentNeedsAndFollowsIt)
{
    // Beside a list that takes what room there is, in a window too narrow for both.
    QWidget window;
    auto* row = new QHBoxLayout(&window);
    auto* list = new QListWidget(&window);
    row->addWidget(list, 1);
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* button = new QPushButton(QStringLiteral("Add to Monday 7 December"), content);
    column->addWidget(button);
    auto* area = new VerticalScrollArea(content, &window);
    row->addWidget(area);
    window.resize(220, 300);
    window.show();
    test::settleLayouts();
    const auto room
        = [&] { return area->viewport()->width() >= content->minimumSizeHint().width(); };
    EXPECT_TRUE(room()) << area->viewport()->width() << " of "
                        << content->minimumSizeHint().width();
    EXPECT_EQ(content->width(), area->viewport()->width()) << "nothing cut at its right edge";

    button->setText(QStringLiteral("Add to the diary for Wednesday 30 December 2026"));
    test::settleLayouts();
    EXPECT_TRUE(room()) << area->viewport()->width() << " of "
                        << content->minimumSizeHint().width();
    EXPECT_EQ(area->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

} // namespace
} // namespace stilla
