// WrappingLabel answers a layout's height questions as QLabel does, and follows every change
// that alters the answer (text, font, margins, format); it only stops asking QLabel twice.
#include "app/gui/widgets/WrappingLabel.h"

#include <QFont>

#include <gtest/gtest.h>

namespace stilla {
namespace {

const QString kText = QStringLiteral(
    "Ferritin and transferrin saturation matter in RLS: add a blood test when you have one, "
    "and ask your doctor which values are right for you.");

/// A plain QLabel set up as @p label is, to ask for the answer QLabel itself gives.
int qlabelHeight(const QLabel& label, int width)
{
    QLabel reference;
    reference.setWordWrap(label.wordWrap());
    reference.setTextFormat(label.textFormat());
    reference.setFont(label.font());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setContentsMargins(label.contentsMargins());
    reference.setText(label.text());
    return reference.heightForWidth(width);
}

TEST(WrappingLabelTest, AnswersAsAQLabelAtEveryWidthAskedAgain)
{
    WrappingLabel label(kText);
    EXPECT_TRUE(label.wordWrap());
    // More widths than the label remembers, each asked twice, in an order that reuses slots.
    for (int round = 0; round < 2; ++round) {
        for (int width = 60; width <= 900; width += 70)
            EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width)) << width;
    }
    EXPECT_GT(label.heightForWidth(80), label.heightForWidth(800));
}

TEST(WrappingLabelTest, FollowsAChangeOfTextFontMarginsAndFormat)
{
    WrappingLabel label(kText);
    const int width = 240;
    const int before = label.heightForWidth(width);

    label.setText(QStringLiteral("Short."));
    EXPECT_LT(label.heightForWidth(width), before);
    EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width));

    label.setText(kText);
    EXPECT_EQ(label.heightForWidth(width), before);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    EXPECT_GT(label.heightForWidth(width), before);
    EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width));

    label.setFont(QFont());
    label.setMargin(20);
    EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width));
    label.setMargin(0);
    label.setContentsMargins(0, 30, 0, 30);
    EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width));

    label.setContentsMargins(0, 0, 0, 0);
    label.setTextFormat(Qt::RichText);
    label.setText(QStringLiteral("<p>First paragraph.</p><p>Second paragraph.</p>"));
    EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width));
}

TEST(WrappingLabelTest, AMessageThatFollowsItsLayoutAsksForNoWidthOfItsOwn)
{
    WrappingLabel label(kText);
    const QSize natural = label.sizeHint();
    label.setFollowsLayoutWidth(true);
    // As wide as its longest word asks, no wider: a layout's own width decides where it wraps.
    EXPECT_LE(label.sizeHint().width(), label.minimumSizeHint().width());
    EXPECT_LT(label.sizeHint().width(), natural.width());
    for (int width = 60; width <= 900; width += 140)
        EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width)) << width;
    label.setFollowsLayoutWidth(false);
    EXPECT_EQ(label.sizeHint(), natural);
}

} // namespace
} // namespace stilla
