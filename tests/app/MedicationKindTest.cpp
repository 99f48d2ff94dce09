// A medicine stored as "Other" whose name the safety notes read as a known kind: the kind box
// says so, so that it never seems to disagree with the notes beside it.
#include "AppFixture.h"
#include "app/gui/pages/DiaryPage.h"

#include <QComboBox>
#include <QLineEdit>

namespace stilla {
namespace {

class MedicationKindTest : public test::AppFixture
{
protected:
    /// The kind box of the medication row whose name is @p name.
    QComboBox* kindOf(const QString& name)
    {
        for (auto* edit : find<QWidget>("healthSection")
                              ->findChildren<QLineEdit*>(QStringLiteral("medicationNameEdit"))) {
            if (edit->text() == name)
                return edit->parentWidget()->findChild<QComboBox*>(
                    QStringLiteral("medicationKindComboBox"));
        }
        return nullptr;
    }
};

TEST_F(MedicationKindTest, AnOtherRowReadAsAKnownKindSaysSoOnItsKindBox)
{
    DayEntry day;
    day.date = m_clock.today();
    day.medications.push_back(
        {0, QStringLiteral("Gabapentin 300 mg"), MedicationClass::Other, QTime(21, 0)});
    day.medications.push_back({0, QStringLiteral("Vitamin D"), MedicationClass::Other, {}});
    ASSERT_TRUE(m_diary->save(day).ok());
    DiaryPage& page = showDiary();
    QComboBox* gabapentin = kindOf(QStringLiteral("Gabapentin 300 mg"));
    QComboBox* vitamin = kindOf(QStringLiteral("Vitamin D"));
    ASSERT_NE(gabapentin, nullptr);
    ASSERT_NE(vitamin, nullptr);
    EXPECT_EQ(gabapentin->currentText(), QStringLiteral("Other")) << "nothing stored changes";
    EXPECT_TRUE(gabapentin->toolTip().contains(QStringLiteral("Gabapentin or pregabalin")))
        << gabapentin->toolTip().toStdString();
    EXPECT_EQ(gabapentin->accessibleDescription(), gabapentin->toolTip());
    EXPECT_TRUE(vitamin->toolTip().isEmpty()) << vitamin->toolTip().toStdString();

    // Choosing a kind by keyboard ends it: the kind chosen is the one the notes read.
    gabapentin->setFocus();
    QTest::keyClick(gabapentin, Qt::Key_Home);
    EXPECT_NE(gabapentin->currentText(), QStringLiteral("Other"));
    EXPECT_TRUE(gabapentin->toolTip().isEmpty()) << gabapentin->toolTip().toStdString();
    ASSERT_TRUE(page.saveNow());
}

} // namespace
} // namespace stilla
