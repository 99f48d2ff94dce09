// A splitter keeps where the person dragged its handle, from one start of the program to the
// next; until they drag it, the page's own sizes hold. A combo box in a column made narrow
// shortens its chosen item with "…" instead of cutting it off.
#include "app/gui/widgets/RememberedSplitter.h"

#include "UserInput.h"
#include "app/gui/widgets/ElidingComboBox.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
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
        splitter->addWidget(new QLineEdit(QStringLiteral("Foods found"), splitter));
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

TEST(RememberedSplitterTest, F8MovesTheHandleFromTheKeyboardAndEscPutsItBack)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stilla.conf"));
    {
        Settings settings(file);
        SplitWindow split(settings);
        split.window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&split.window));
        auto* field = static_cast<QLineEdit*>(split.splitter->widget(0));
        QSplitterHandle* handle = split.splitter->handle(1);
        field->setFocus();
        const QList<int> before = split.splitter->sizes();
        const int step = 2 * handle->fontMetrics().horizontalAdvance(u'M');

        // F8 gives the handle the focus; two presses of Right move it two steps, stored as a
        // drag is; Esc puts it back, the settings too, and the focus where it was.
        QTest::keyClick(field, Qt::Key_F8);
        ASSERT_TRUE(handle->hasFocus());
        EXPECT_FALSE(handle->accessibleDescription().isEmpty());
        QTest::keyClick(handle, Qt::Key_Right);
        QTest::keyClick(handle, Qt::Key_Right);
        EXPECT_EQ(split.splitter->sizes()[0], before[0] + 2 * step);
        EXPECT_FALSE(settings.value(Settings::Key::FoodsSplitter).toByteArray().isEmpty());
        QTest::keyClick(handle, Qt::Key_Escape);
        EXPECT_EQ(split.splitter->sizes(), before);
        EXPECT_TRUE(settings.value(Settings::Key::FoodsSplitter).toByteArray().isEmpty())
            << "the page's own sizes still hold";
        EXPECT_TRUE(field->hasFocus());

        // End takes it as far as the second part allows; Enter keeps it there.
        QTest::keyClick(field, Qt::Key_F8);
        QTest::keyClick(handle, Qt::Key_End);
        const QList<int> atEnd = split.splitter->sizes();
        EXPECT_LT(atEnd[1], before[1]);
        QTest::keyClick(handle, Qt::Key_Right);
        EXPECT_EQ(split.splitter->sizes(), atEnd) << "no further than the end";
        QTest::keyClick(handle, Qt::Key_Home);
        EXPECT_LT(split.splitter->sizes()[0], before[0]);
        QTest::keyClick(handle, Qt::Key_Left);
        QTest::keyClick(handle, Qt::Key_Return);
        EXPECT_TRUE(field->hasFocus());
        ASSERT_TRUE(settings.sync());
    }
    // Kept as a drag is kept: the next start finds the handle at the left end.
    Settings settings(file);
    SplitWindow again(settings);
    EXPECT_LT(again.splitter->sizes()[0], 300);
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
