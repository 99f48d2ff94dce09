// A splitter keeps where the person dragged its handle, from one start of the program to the
// next; until they drag it, the page's own sizes hold. A combo box in a column made narrow
// shortens its chosen item with "…" instead of cutting it off.
#include "app/gui/widgets/RememberedSplitter.h"

#include "UserInput.h"
#include "app/gui/widgets/ElidingComboBox.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QSplitterHandle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

namespace stilla {
namespace {

/// A window of 600 px with a splitter of two labels, the second at 150 px unless restored.
struct SplitWindow
{
    explicit SplitWindow(Settings& settings)
        : splitter(new RememberedSplitter(settings, Settings::Key::FoodsSplitter, &window))
    {
        auto* layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(splitter);
        splitter->addWidget(new QLabel(QStringLiteral("Foods found"), splitter));
        splitter->addWidget(new QLabel(QStringLiteral("The chosen food"), splitter));
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 0);
        splitter->setDefaultSizes({450, 150});
        window.resize(600, 200);
        window.show();
        test::settleLayouts();
    }
    QWidget window;
    RememberedSplitter* splitter;
};

TEST(RememberedSplitterTest, AHandleDraggedStaysWhereThePersonLeftIt)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stilla.conf"));
    {
        Settings settings(file);
        SplitWindow first(settings);
        const QList<int> before = first.splitter->sizes();
        EXPECT_NEAR(before[1], 150, 1) << "the page's default";
        // Sizes the program sets are not the person's choice.
        first.splitter->setSizes({400, 200});
        EXPECT_TRUE(settings.value(Settings::Key::FoodsSplitter).toByteArray().isEmpty());
        // The person drags the handle 120 px to the left, with the mouse.
        QSplitterHandle* handle = first.splitter->handle(1);
        const QPoint grip = handle->rect().center();
        // (Each position is the handle's own, and the handle moves with the drag.)
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(120, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip);
        test::settleLayouts();
        const QList<int> dragged = first.splitter->sizes();
        EXPECT_NEAR(dragged[1], 320, 2) << dragged[0] << " " << dragged[1];
        ASSERT_TRUE(settings.sync());
    }
    // The next start: the same sizes, though the default says otherwise.
    Settings settings(file);
    SplitWindow again(settings);
    const QList<int> restored = again.splitter->sizes();
    EXPECT_NEAR(restored[1], 320, 2) << restored[0] << " " << restored[1];
}

TEST(RememberedSplitterTest, SomethingThatIsNotASplittersStateLeavesTheDefault)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    settings.setValue(Settings::Key::FoodsSplitter, QByteArray("not a state"));
    SplitWindow window(settings);
    EXPECT_NEAR(window.splitter->sizes()[1], 150, 1);
}

TEST(ElidingComboBoxTest, AChosenItemTooLongEndsInAnEllipsisWithTheWholeTextOnHover)
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* combo = new ElidingComboBox(&window);
    combo->addItem(QStringLiteral("1 cup, chopped or diced, without the stalks (140 g)"));
    combo->addItem(QStringLiteral("1 g"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    layout->addWidget(combo);
    window.resize(160, 60);
    window.show();
    test::settleLayouts();
    EXPECT_TRUE(combo->isElided());
    QHelpEvent hover(
        QEvent::ToolTip, combo->rect().center(), combo->mapToGlobal(combo->rect().center()));
    QApplication::sendEvent(combo, &hover);
    EXPECT_EQ(QToolTip::text(), combo->currentText());
    // An item that fits has no tooltip of its own.
    combo->setCurrentIndex(1);
    EXPECT_FALSE(combo->isElided());
    QApplication::sendEvent(combo, &hover);
    EXPECT_NE(QToolTip::text(), QStringLiteral("1 g"));
}

} // namespace
} // namespace stilla
