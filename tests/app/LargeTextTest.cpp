// Text that fits: in the usual font, and in a font half as large again as the usual one at
// 1366×768 and a quarter as large again at 800×600 (what a person who needs larger text sets
// on the desktop), no one-line label, button, check box, radio button, combo box's chosen
// item or column heading on any page is cut, nor the content of an area that does not scroll
// sideways, in either language, also after switching from one to the other. (Wrapping labels
// grow in height and are not checked here.)
#include "AppFixture.h"
#include "UserInput.h"
#include "app/gui/experiment/ExperimentDialog.h"
#include "app/gui/foods/CustomFoodDialog.h"
#include "app/gui/labs/LabResultsDialog.h"
#include "app/gui/report/ReportDialog.h"
#include "core/diary/CustomFood.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QToolButton>

namespace stilla {
namespace {

class LargeTextTest : public test::AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        m_usualFont = QApplication::font();
    }
    /// The system font made @p scale times as large, before the window is made.
    void scaleFont(double scale)
    {
        QFont large = m_usualFont;
        large.setPointSizeF(std::max(m_usualFont.pointSizeF(), 10.0) * scale);
        QApplication::setFont(large);
    }
    void TearDown() override
    {
        AppFixture::TearDown();
        QApplication::setFont(m_usualFont);
    }

    /// The visible texts in @p root that do not fit the room they have, as "kind 'text'".
    static QStringList cutTexts(const QWidget* root)
    {
        QStringList cut;
        for (const QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(root) || widget->width() <= 0)
                continue;
            if (const auto* label = qobject_cast<const QLabel*>(widget)) {
                // A wrapping label grows in height; a one-line label must hold its text.
                if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()
                    || label->textFormat() == Qt::RichText
                    || label->text().contains(QLatin1Char('<')))
                    continue;
                const int needed
                    = label->fontMetrics().horizontalAdvance(label->text().remove(u'&'));
                if (needed > label->contentsRect().width() + 1)
                    cut << QStringLiteral("label '%1' (%2 of %3 px)")
                               .arg(label->text())
                               .arg(label->contentsRect().width())
                               .arg(needed);
            } else if (const auto* header = qobject_cast<const QHeaderView*>(widget)) {
                // A column's heading within its column (Qt 6.4 cuts one at both ends).
                if (header->orientation() != Qt::Horizontal || !header->model())
                    continue;
                const int margins
                    = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                for (int section = 0; section < header->count(); ++section) {
                    if (header->isSectionHidden(section))
                        continue;
                    const QString text
                        = header->model()->headerData(section, Qt::Horizontal).toString();
                    int needed = 0;
                    for (const QString& line : text.split(u'\n'))
                        needed = std::max(needed, header->fontMetrics().horizontalAdvance(line));
                    if (needed + margins > header->sectionSize(section) + 1)
                        cut << QStringLiteral("heading '%1' (%2 of %3 px)")
                                   .arg(text)
                                   .arg(header->sectionSize(section))
                                   .arg(needed + margins);
                }
            } else if (const auto* area = qobject_cast<const QScrollArea*>(widget)) {
                // An area that does not scroll sideways cuts what is wider than its view.
                if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && area->widget()
                    && area->widget()->width() > area->viewport()->width() + 1)
                    cut << QStringLiteral("scroll area '%1' (%2 of %3 px)")
                               .arg(area->accessibleName())
                               .arg(area->viewport()->width())
                               .arg(area->widget()->width());
            } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
                // The chosen item in the box beside the arrow: a combo box cuts it, unelided.
                if (combo->isEditable() || combo->currentText().isEmpty())
                    continue;
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = false;
                option.currentText = combo->currentText();
                const QRect field = combo->style()->subControlRect(
                    QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
                if (needed > field.width() + 1)
                    cut << QStringLiteral("combo box '%1' (%2 of %3 px)")
                               .arg(combo->currentText())
                               .arg(field.width())
                               .arg(needed);
            } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
                if (button->text().isEmpty())
                    continue;
                const QSize needed = button->sizeHint();
                if (needed.width() > button->width() + 1 || needed.height() > button->height() + 1)
                    cut << QStringLiteral("%1 '%2' (%3×%4 of %5×%6)")
                               .arg(
                                   QLatin1String(button->metaObject()->className()), button->text())
                               .arg(button->width())
                               .arg(button->height())
                               .arg(needed.width())
                               .arg(needed.height());
            }
        }
        return cut;
    }

    void expectNothingCut(const QSize& size)
    {
        MainWindow& window = showWindow();
        window.resize(size);
        EXPECT_GE(window.font().pointSizeF(), m_usualFont.pointSizeF());
        // English, Swedish and English again: what is sized for one language must make room
        // for the other when the language is switched.
        for (const char* language : {"en", "sv", "en"}) {
            window.setLanguage(QString::fromLatin1(language));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            for (MainWindow::PageId id :
                {MainWindow::PageId::Guide, MainWindow::PageId::Diary, MainWindow::PageId::Foods,
                    MainWindow::PageId::Charts, MainWindow::PageId::Settings}) {
                window.showPage(id);
                test::settleLayouts(); // as the person sees it
                const QStringList cut = cutTexts(&window);
                EXPECT_TRUE(cut.isEmpty()) << language << ", page " << int(id) << ":\n"
                                           << cut.join(u'\n').toStdString();
            }
        }
    }

    QFont m_usualFont;
};

TEST_F(LargeTextTest, HalfAsLargeAgainAt1366x768)
{
    scaleFont(1.5);
    expectNothingCut(QSize(1366, 768));
}

TEST_F(LargeTextTest, AQuarterAsLargeAgainAt800x600)
{
    scaleFont(1.25);
    expectNothingCut(QSize(800, 600));
}

TEST_F(LargeTextTest, NothingIsCutInTheUsualFontAt1366x768)
{
    expectNothingCut(QSize(1366, 768));
}

TEST_F(LargeTextTest, NothingIsCutInTheUsualFontAt800x600)
{
    expectNothingCut(QSize(800, 600));
}

TEST_F(LargeTextTest, TheDialogsHoldTheirTextsInTheUsualFontAndAQuarterLarger)
{
    for (const double scale : {1.0, 1.25}) {
        scaleFont(scale);
        for (const char* language : {"en", "sv"}) {
            ASSERT_TRUE(m_translators.setLanguage(QString::fromLatin1(language)));
            std::vector<std::unique_ptr<QDialog>> dialogs;
            dialogs.push_back(std::make_unique<LabResultsDialog>(
                *m_diary, *m_undo, m_clock.today(), m_clock.today()));
            dialogs.push_back(
                std::make_unique<ExperimentDialog>(*m_diary, *m_undo, *m_settings, m_clock));
            dialogs.push_back(std::make_unique<ReportDialog>(
                *m_diary, *m_settings, m_clock, QString::fromLatin1(language)));
            dialogs.push_back(std::make_unique<CustomFoodDialog>(CustomFood {}));
            for (const auto& dialog : dialogs) {
                dialog->show();
                test::settleLayouts();
                const QStringList cut = cutTexts(dialog.get());
                EXPECT_TRUE(cut.isEmpty()) << "font ×" << scale << ", " << language << ", "
                                           << dialog->metaObject()->className() << ":\n"
                                           << cut.join(u'\n').toStdString();
                dialog->close();
            }
        }
    }
}

} // namespace
} // namespace stilla
