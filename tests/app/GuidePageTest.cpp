#include "app/gui/pages/GuidePage.h"

#include "AppFixture.h"
#include "app/gui/guide/ArticleView.h"
#include "app/gui/widgets/FindBar.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

namespace stilla {
namespace {

class GuidePageTest : public test::AppFixture
{
protected:
    GuidePage& guide()
    {
        MainWindow& window = showWindow();
        window.resize(1200, 760);
        window.showPage(MainWindow::PageId::Guide);
        auto* page = static_cast<GuidePage*>(window.page(MainWindow::PageId::Guide));
        QCoreApplication::processEvents();
        return *page;
    }
    void switchLanguage(const QString& code)
    {
        m_window->setLanguage(code);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
};

TEST_F(GuidePageTest, ContentsListEverySectionInOrder)
{
    GuidePage& page = guide();
    auto* contents = page.findChild<QListWidget*>(QStringLiteral("guideContentsList"));
    ASSERT_NE(contents, nullptr);
    ASSERT_EQ(contents->count(), 12);
    EXPECT_EQ(contents->item(0)->data(Qt::UserRole).toString(), QStringLiteral("overview"));
    EXPECT_EQ(contents->item(5)->data(Qt::UserRole).toString(), QStringLiteral("foods"));
    EXPECT_EQ(contents->item(9)->data(Qt::UserRole).toString(), QStringLiteral("takeaway"));
    // Stilla's own section comes after the article and says so, in the contents and the text.
    EXPECT_EQ(contents->item(10)->data(Qt::UserRole).toString(), QStringLiteral("iron-and-rls"));
    EXPECT_EQ(contents->item(10)->text(), QStringLiteral("Iron and RLS (added by Stilla)"));
    EXPECT_EQ(
        contents->item(11)->data(Qt::UserRole).toString(), QStringLiteral("medicines-and-rls"));
    EXPECT_EQ(contents->item(11)->text(),
        QStringLiteral("Medicines that matter in RLS (added by Stilla)"));
    auto* view = page.findChild<QTextBrowser*>();
    ASSERT_NE(view, nullptr);
    const QString text = view->toPlainText();
    // The heading, on a line of its own (the notes beside the article name it too).
    const qsizetype iron = text.indexOf(QStringLiteral("\nIron and RLS\n")) + 1;
    const qsizetype summary = text.indexOf(QStringLiteral("\nSummary\n"));
    ASSERT_GT(summary, 0);
    ASSERT_GT(iron, summary);
    EXPECT_EQ(
        text.indexOf(QStringLiteral("Added by Stilla: this section is not part of the article")),
        iron + QStringLiteral("Iron and RLS\n").size());
}

TEST_F(GuidePageTest, StillasNotesStandBesideTheArticleMarkedAsNotPartOfIt)
{
    GuidePage& page = guide();
    auto* view = page.findChild<QTextBrowser*>();
    ASSERT_NE(view, nullptr);
    const QString text = view->toPlainText();
    // The dose paragraph, word for word, then on a line of its own Stilla's note about the
    // European limit; no link to log a supplement right under the article's 270-350 mg.
    const QString dose = QStringLiteral(
        "For teenagers and adults, daily doses of 270-350 mg are considered safe. Talk to a "
        "doctor about the right dose for you.\n");
    const qsizetype at = text.indexOf(dose);
    ASSERT_GT(at, 0);
    const QString label = QStringLiteral("Stilla's note, not part of the article: ");
    EXPECT_EQ(text.mid(at + dose.size(), label.size()), label);
    EXPECT_TRUE(text.mid(at + dose.size(), 200).contains(QStringLiteral("250 mg")));
    EXPECT_FALSE(text.contains(QStringLiteral("Log a magnesium supplement")));
    EXPECT_EQ(text.count(label), 5);
    // The note is a block set apart from the article's text.
    const QTextBlock note = view->document()->findBlock(int(at + dose.size()));
    EXPECT_TRUE(note.blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    EXPECT_GT(note.blockFormat().leftMargin(), 0);
}

TEST_F(GuidePageTest, JumpingToASectionScrollsThereAndIsRemembered)
{
    GuidePage& page = guide();
    page.showSection(QStringLiteral("potential-risks"));
    EXPECT_EQ(page.currentSectionId(), QStringLiteral("potential-risks"));
    EXPECT_EQ(m_settings->value(Settings::Key::GuideSection).toString(),
        QStringLiteral("potential-risks"));
    auto* contents = page.findChild<QListWidget*>(QStringLiteral("guideContentsList"));
    EXPECT_EQ(
        contents->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("potential-risks"));
}

TEST_F(GuidePageTest, CtrlFFindsHighlightsAndStepsThroughHits)
{
    GuidePage& page = guide();
    auto* bar = page.findChild<FindBar*>(QStringLiteral("findBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isHidden());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_FALSE(bar->isHidden());
    auto* edit = bar->findChild<QLineEdit*>(QStringLiteral("findLineEdit"));
    ASSERT_TRUE(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("calcium"));
    const int total = page.hitCount();
    ASSERT_GE(total, 3);
    EXPECT_EQ(bar->resultText(), QStringLiteral("1 of %1").arg(total));
    auto* view = page.findChild<ArticleView*>(QStringLiteral("articleView"));
    EXPECT_EQ(view->extraSelections().size(), total);
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(page.currentHit(), 2);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(page.currentHit(), total); // wraps around
    EXPECT_EQ(bar->resultText(), QStringLiteral("%1 of %1").arg(total));
    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(view->extraSelections().isEmpty());
}

TEST_F(GuidePageTest, FindIgnoresCaseAndSwedishDiacritics)
{
    m_translators.setLanguage(QStringLiteral("sv"));
    GuidePage& page = guide();
    page.find(QStringLiteral("GRONKAL"));
    EXPECT_EQ(page.hitCount(), 1);
    page.find(QStringLiteral("no such words here"));
    EXPECT_EQ(page.hitCount(), 0);
    auto* bar = page.findChild<FindBar*>(QStringLiteral("findBar"));
    bar->activate();
    QTest::keyClicks(
        bar->findChild<QLineEdit*>(QStringLiteral("findLineEdit")), QStringLiteral("xyzzy"));
    EXPECT_EQ(bar->resultText(), QStringLiteral("Inga träffar"));
}

TEST_F(GuidePageTest, ZoomWithKeysIsRemembered)
{
    GuidePage& page = guide();
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_EQ(page.zoom(), 2);
    EXPECT_EQ(m_settings->value(Settings::Key::GuideZoom).toInt(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(page.zoom(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(page.zoom(), 0);
    for (int i = 0; i < 20; ++i)
        page.setZoom(page.zoom() + 1);
    EXPECT_EQ(page.zoom(), GuidePage::kMaxZoom);
}

TEST_F(GuidePageTest, F8MovesTheDividerOfThePageShown)
{
    GuidePage& page = guide();
    m_window->page(MainWindow::PageId::Foods); // built, hidden: its F8 must not answer
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto* contents = page.findChild<QListWidget*>(QStringLiteral("guideContentsList"));
    auto* splitter = page.findChild<QSplitter*>(QStringLiteral("guideSplitter"));
    ASSERT_TRUE(contents && splitter);
    contents->setFocus();
    const int width = contents->width();
    QTest::keyClick(contents, Qt::Key_F8);
    ASSERT_TRUE(splitter->handle(1)->hasFocus());
    QTest::keyClick(splitter->handle(1), Qt::Key_Right);
    QTest::keyClick(splitter->handle(1), Qt::Key_Return);
    EXPECT_GT(contents->width(), width);
    EXPECT_TRUE(contents->hasFocus());

    m_window->showPage(MainWindow::PageId::Foods);
    auto* foods = m_window->page(MainWindow::PageId::Foods)
                      ->findChild<QSplitter*>(QStringLiteral("foodsSplitter"));
    ASSERT_NE(foods, nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    EXPECT_TRUE(foods->handle(1)->hasFocus());
}

TEST_F(GuidePageTest, SwitchingLanguageKeepsTheSection)
{
    GuidePage& page = guide();
    page.showSection(QStringLiteral("alternatives"));
    switchLanguage(QStringLiteral("sv"));
    EXPECT_EQ(page.currentSectionId(), QStringLiteral("alternatives"));
    auto* contents = page.findChild<QListWidget*>(QStringLiteral("guideContentsList"));
    EXPECT_EQ(contents->item(0)->text(), QStringLiteral("Översikt"));
    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(page.currentSectionId(), QStringLiteral("alternatives"));
    EXPECT_EQ(contents->item(0)->text(), QStringLiteral("Overview"));
}

TEST_F(GuidePageTest, ExportsAPdf)
{
    GuidePage& page = guide();
    const QString path = m_dir.filePath(QStringLiteral("guide.pdf"));
    const Status status = page.exportPdf(path);
    ASSERT_TRUE(status.ok()) << status.errorMessage().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_GT(file.size(), 5000);
}

TEST_F(GuidePageTest, PdfExportToAnUnwritablePlaceSaysWhere)
{
    GuidePage& page = guide();
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/guide.pdf"));
    const Status status = page.exportPdf(path);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(path));
}

TEST_F(GuidePageTest, LinksFromSectionsOpenThePages)
{
    guide();
    auto* view = m_window->findChild<ArticleView*>(QStringLiteral("articleView"));
    emit view->anchorClicked(QUrl(QStringLiteral("stilla:foods")));
    EXPECT_EQ(m_window->currentPage(), MainWindow::PageId::Foods);
    m_window->showPage(MainWindow::PageId::Guide);
    emit view->anchorClicked(QUrl(QStringLiteral("stilla:diary#supplements")));
    EXPECT_EQ(m_window->currentPage(), MainWindow::PageId::Diary);
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("food picker")));
}

} // namespace
} // namespace stilla
