// A date typed whole into a date field is the date the field then holds, in Swedish and in
// English, from Tab or over the selected text, with or without leading zeros.
#include "app/gui/widgets/DateEdit.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace stilla {
namespace {

struct DateWindow
{
    explicit DateWindow(const QString& format)
        : before(new QLineEdit(&window))
        , edit(new DateEdit(QDate(2026, 11, 8), &window))
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(edit);
        edit->setDisplayFormat(format);
        edit->setMinimumDate(QDate(1900, 1, 1));
        edit->setMaximumDate(QDate(2027, 12, 31));
        window.show();
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    /// Tab from the field before, type @p keys and press Enter: the date the field then holds.
    QDate typedFromTab(const QString& keys)
    {
        edit->setDate(QDate(2026, 11, 8));
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        EXPECT_TRUE(edit->hasFocus());
        QTest::keyClicks(edit, keys);
        QTest::keyClick(edit, Qt::Key_Return);
        return edit->date();
    }
    /// Ctrl+A in the field, then @p keys and Enter.
    QDate typedOverAll(const QString& keys)
    {
        edit->setDate(QDate(2026, 11, 8));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, keys);
        QTest::keyClick(edit, Qt::Key_Return);
        return edit->date();
    }
    QWidget window;
    QLineEdit* before;
    DateEdit* edit;
};

TEST(DateEditTest, ADateTypedWholeInSwedishIsTheDateHeld)
{
    DateWindow swedish(QStringLiteral("yyyy-MM-dd"));
    // QDateEdit alone: 2026-11-12, 2025-11-21, 2024-11-08 for the first three.
    EXPECT_EQ(swedish.typedFromTab(QStringLiteral("2026-12-01")), QDate(2026, 12, 1));
    EXPECT_EQ(swedish.typedFromTab(QStringLiteral("2025-2-1")), QDate(2025, 2, 1));
    EXPECT_EQ(swedish.typedFromTab(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    EXPECT_EQ(swedish.typedOverAll(QStringLiteral("2025-06-15")), QDate(2025, 6, 15));
    EXPECT_EQ(swedish.edit->text(), QStringLiteral("2025-06-15"));
}

TEST(DateEditTest, ADateTypedWholeInEnglishIsTheDateHeld)
{
    DateWindow english(QStringLiteral("dd/MM/yyyy"));
    EXPECT_EQ(english.typedFromTab(QStringLiteral("15/11/2026")), QDate(2026, 11, 15));
    EXPECT_EQ(english.typedFromTab(QStringLiteral("1/2/2025")), QDate(2025, 2, 1));
    // Through 29 November and February 2026, which has no 29th: QDateEdit cut it to the 28th.
    EXPECT_EQ(english.typedFromTab(QStringLiteral("29/02/2024")), QDate(2024, 2, 29));
    // Over the whole text QDateEdit refused every key and kept 08/11/2026.
    EXPECT_EQ(english.typedOverAll(QStringLiteral("30/11/2026")), QDate(2026, 11, 30));
}

TEST(DateEditTest, TheDateIsReportedOnceWhenTheTypingIsDoneAndArrowsStillStep)
{
    DateWindow swedish(QStringLiteral("yyyy-MM-dd"));
    QSignalSpy changed(swedish.edit, &QDateEdit::dateChanged);
    EXPECT_EQ(swedish.typedFromTab(QStringLiteral("2026-12-01")), QDate(2026, 12, 1));
    // Once for setting 8 November again, once for the date typed: not for each section.
    ASSERT_EQ(changed.size(), 1 + 1);
    EXPECT_EQ(changed.last().first().toDate(), QDate(2026, 12, 1));
    // Up in the day section steps a day, as before, and says so at once.
    swedish.edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(swedish.edit, Qt::Key_Up);
    EXPECT_EQ(swedish.edit->date(), QDate(2026, 12, 2));
    EXPECT_EQ(changed.last().first().toDate(), QDate(2026, 12, 2));
    // A date outside the field's range is not taken: the field goes back, and says so.
    EXPECT_EQ(swedish.typedFromTab(QStringLiteral("2099-01-01")), QDate(2026, 11, 8));
    EXPECT_TRUE(QToolTip::isVisible());
}

TEST(DateEditTest, ADateThatDoesNotExistGoesBackToTheDateBeforeAndSaysSo)
{
    DateWindow english(QStringLiteral("dd/MM/yyyy"));
    // QDateEdit alone made it 28/02/2025: another day, silently.
    EXPECT_EQ(english.typedFromTab(QStringLiteral("31/02/2025")), QDate(2026, 11, 8));
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(),
        QStringLiteral("\u201C31/02/2025\u201D is not a date this field can hold; it shows "
                       "08/11/2026 again."));
    // Half a date is left to QDateEdit's sections: nothing is said.
    QToolTip::hideText();
    EXPECT_EQ(english.typedFromTab(QStringLiteral("15")), QDate(2026, 11, 15));
    EXPECT_FALSE(QToolTip::isVisible());
}

} // namespace
} // namespace stilla
