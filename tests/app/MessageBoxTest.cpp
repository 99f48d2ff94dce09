// A question box answers Return with the answer it was asked to default to: the safe one, for
// a question such as "Is this amount right?", where Yes saves an unusual dose.
#include "app/gui/widgets/MessageBox.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace stilla {
namespace {

TEST(MessageBoxTest, ReturnInAQuestionTakesItsDefaultAnswerAndTheFocusIsOnIt)
{
    QWidget parent;
    parent.show();
    QString focused;
    QTimer::singleShot(0, [&focused] {
        QWidget* box = QApplication::activeModalWidget();
        if (!box)
            return;
        QWidget* focus = box->focusWidget();
        if (auto* button = qobject_cast<QPushButton*>(focus))
            focused = button->text();
        QTest::keyClick(focus ? focus : box, Qt::Key_Return);
    });
    const auto answer = MessageBox::question(&parent, QStringLiteral("Is this amount right?"),
        QStringLiteral("2,500 mg"), QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    EXPECT_EQ(answer, QMessageBox::No);
    EXPECT_EQ(focused, QStringLiteral("&No")) << "the focus frame is where Return goes";
}

} // namespace
} // namespace stilla
