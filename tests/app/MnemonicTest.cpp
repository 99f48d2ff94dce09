// Keyboard mnemonics (the underlined letter reached with Alt): within one window or dialog no
// letter may lead to two places, or Alt+letter cycles between them and a tired person pressing
// it lands somewhere unexpected. Checked on every page of the main window and in the dialogs
// that have mnemonics, in both languages.
#include "AppFixture.h"
#include "MainWindow.h"
#include "labs/LabResultsDialog.h"
#include "pages/DiaryPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>

#include <map>

namespace stilla {
namespace {

/// The mnemonic letter of @p text ("&Add" → 'a'), or a null QChar when it has none ("&&" is a
/// literal ampersand).
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Every letter used as a mnemonic by a widget of @p root that can be reached now (visible and
/// enabled), with the texts that use it. Labels count only when they have a buddy.
std::map<QChar, QStringList> mnemonicsIn(QWidget* root, QMenuBar* menuBar = nullptr)
{
    std::map<QChar, QStringList> used;
    const auto add = [&used](const QString& text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            used[letter] << text;
    };
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
            add(box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    if (menuBar) {
        for (QAction* action : menuBar->actions())
            add(action->text());
    }
    return used;
}

/// "a: &Add, &About" for every letter used more than once.
QStringList twiceUsed(const std::map<QChar, QStringList>& used)
{
    QStringList problems;
    for (const auto& [letter, texts] : used) {
        if (texts.size() > 1)
            problems << QString(letter) + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
    }
    return problems;
}

class MnemonicTest : public test::AppFixture
{
};

TEST_F(MnemonicTest, NoLetterLeadsToTwoPlacesOnAnyPageInEitherLanguage)
{
    MainWindow& window = showWindow();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        window.setLanguage(language);
        for (int page = 0; page < MainWindow::kPageCount; ++page) {
            window.showPage(MainWindow::PageId(page));
            if (MainWindow::PageId(page) == MainWindow::PageId::Diary) {
                // A day with a supplement and a medicine row, so their fields are there too.
                QTest::mouseClick(find<QPushButton>("addSupplementButton"), Qt::LeftButton);
                QTest::mouseClick(find<QPushButton>("addMedicationButton"), Qt::LeftButton);
                // Named, so the day can be left (a medicine needs a name).
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Duroferon"));
            }
            QCoreApplication::processEvents();
            const auto used = mnemonicsIn(window.page(MainWindow::PageId(page)), window.menuBar());
            // The check sees what a person can reach: the menus, and on the diary the form's
            // many labelled fields.
            EXPECT_GE(used.size(),
                MainWindow::PageId(page) == MainWindow::PageId::Diary ? std::size_t(20)
                                                                      : std::size_t(4))
                << language.toStdString() << ", page " << page;
            const QStringList problems = twiceUsed(used);
            EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ", page " << page << ":\n"
                                            << problems.join(QLatin1Char('\n')).toStdString();
        }
    }
}

TEST_F(MnemonicTest, TheLabResultsDialogUsesEachLetterOnce)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        ASSERT_TRUE(m_translators.setLanguage(language));
        LabResultsDialog dialog(*m_diary, m_clock.today(), m_clock.today());
        dialog.show();
        QCoreApplication::processEvents();
        const QStringList problems = twiceUsed(mnemonicsIn(&dialog));
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
    }
}

TEST(MnemonicOfTest, FindsTheLetterAndSkipsLiteralAmpersands)
{
    EXPECT_EQ(mnemonicOf(QStringLiteral("&Add")), QChar(u'a'));
    EXPECT_EQ(mnemonicOf(QStringLiteral("Add a &medication")), QChar(u'm'));
    EXPECT_EQ(mnemonicOf(QStringLiteral("Salt && &pepper")), QChar(u'p'));
    EXPECT_TRUE(mnemonicOf(QStringLiteral("No mnemonic")).isNull());
    EXPECT_TRUE(mnemonicOf(QStringLiteral("Ends with &")).isNull());
}

} // namespace
} // namespace stilla
