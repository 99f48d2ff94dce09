// A number field that refuses a digit says why, at the field: the range and what was not
// possible. It said nothing: "15" typed into the severity left "1".
#include "app/gui/widgets/RangeHint.h"

#include "app/gui/widgets/OptionalSpinBox.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace stilla {
namespace {

TEST(RangeHintTest, ADigitRefusedForItsRangeIsExplainedAtTheField)
{
    RangeHint::install();
    QWidget window;
    auto* severity = new OptionalSpinBox(0, 10, &window); // "–" below 0: not recorded
    auto* grams = new QDoubleSpinBox(&window);
    grams->setRange(0, 5000);
    grams->setDecimals(0);
    grams->setSuffix(QStringLiteral(" g"));
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(severity);
    layout->addWidget(grams);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_7); // over the "–": taken, and nothing to say
    EXPECT_EQ(severity->optionalValue(), 7);
    EXPECT_FALSE(QToolTip::isVisible());
    severity->selectAll();
    QTest::keyClicks(severity, QStringLiteral("15"));
    EXPECT_EQ(severity->optionalValue(), 1) << "the spin box still refuses the 5";
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), QStringLiteral("From 0 to 10: 15 is not possible."));

    QToolTip::hideText();
    grams->setFocus();
    grams->selectAll();
    QTest::keyClicks(grams, QStringLiteral("99999"));
    EXPECT_EQ(grams->value(), 999);
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), QStringLiteral("From 0 to 5,000 g: 9999 g is not possible."));
}

} // namespace
} // namespace stilla
